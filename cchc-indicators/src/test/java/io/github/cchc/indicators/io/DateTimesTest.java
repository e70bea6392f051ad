package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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
