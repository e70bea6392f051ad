package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The quick path for common dates agrees with the full parser on every input. */
class DateTimesTest {
  /** One for every example, so that its caches of days and minutes are hit and replaced. */
  private static final CommonDates DATES = new CommonDates();

  @Test
  void commonShapesParseAsTheFullParserOrFallBackToIt() {
    qt().forAll(
            integers().between(-1, 35),
            integers().between(-1, 14),
            integers().between(0, 3 * 203 - 1), // a year 1899-2101 and one of three shapes
            integers().between(0, 27 * 63 - 1)) // an hour -1..25 and a minute -1..61
        .checkAssert(
            (day, month, yearAndShape, time) -> {
              int hour = time / 63 - 1;
              int minute = time % 63 - 1;
              int year = 1899 + yearAndShape / 3;
              int shape = yearAndShape % 3;
              String text =
                  shape == 0
                      ? String.format("%02d/%02d/%04d", day, month, year)
                      : shape == 1
                          ? String.format(
                              "%02d/%02d/%04d %02d:%02d", day, month, year, hour, minute)
                          : String.format(
                              "%02d/%02d/%04d %02d:%02d:%02d",
                              day, month, year, hour, minute, minute);
              char[] padded = ("x" + text + "y").toCharArray();
              LocalDateTime fast = DATES.parse(padded, 1, text.length());
              LocalDateTime full;
              try {
                full = DateTimes.parse(text);
              } catch (IllegalArgumentException e) {
                full = null;
              }
              assertThat(fast).isEqualTo(full);
            });
  }

  /**
   * The dates of an export repeat: the parser shares one {@code LocalDateTime} per recent minute.
   * Over a few days and hours many texts meet in one slot of its caches and replace each other;
   * every text still gives its own value, and the same text again the same instance.
   */
  @Test
  void sharedDatesAreTheValuesOfTheirTexts() {
    qt().forAll(lists().of(integers().between(0, 3 * 12 * 28 * 24 * 60 - 1)).ofSizeBetween(1, 3000))
        .checkAssert(
            minutes -> {
              CommonDates dates = new CommonDates();
              for (int m : minutes) {
                int minute = m % 60;
                int hour = m / 60 % 24;
                int day = m / (60 * 24) % 28 + 1;
                int month = m / (60 * 24 * 28) % 12 + 1;
                int year = 2023 + m / (60 * 24 * 28 * 12);
                String text =
                    String.format("%02d/%02d/%04d %02d:%02d", day, month, year, hour, minute);
                LocalDateTime parsed = dates.parse(text.toCharArray(), 0, text.length());
                LocalDateTime expected = LocalDateTime.of(year, month, day, hour, minute);
                assertThat(parsed).as(text).isEqualTo(expected);
              }
              // the last text parsed again gives the instance it gave: its slot still holds it
              int last = minutes.get(minutes.size() - 1);
              String text =
                  String.format(
                      "%02d/%02d/%04d %02d:%02d",
                      last / (60 * 24) % 28 + 1,
                      last / (60 * 24 * 28) % 12 + 1,
                      2023 + last / (60 * 24 * 28 * 12),
                      last / 60 % 24,
                      last % 60);
              LocalDateTime first = dates.parse(text.toCharArray(), 0, text.length());
              assertThat(dates.parse(text.toCharArray(), 0, text.length())).isSameAs(first);
            });
  }

  @Test
  void otherShapesAreLeftToTheFullParser() {
    for (String s :
        new String[] {
          "5/1/2024 08:30", "2024-01-05 08:30", "05/01/2024 8:30", "05-01-2024 08:30"
        }) {
      assertThat(DATES.parse(s.toCharArray(), 0, s.length())).as(s).isNull();
    }
    assertThat(DateTimes.parse("5/1/2024 08:30")).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
  }
}
