package io.github.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cchc.model.CchcParseException;
import java.text.ParsePosition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class VietnameseDatesTest {
  static Gen<LocalDate> dates() {
    return integers().between(0, 200 * 366).map(d -> LocalDate.of(1945, 1, 1).plusDays(d));
  }

  @Test
  void parsesEveryFormInTheSeeds() {
    assertThat(VietnameseDates.parse("29/12/2023")).isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(VietnameseDates.parse("ngày 15/7/2021")).isEqualTo(LocalDate.of(2021, 7, 15));
    assertThat(VietnameseDates.parse("ngày 17 tháng 01 năm 2020"))
        .isEqualTo(LocalDate.of(2020, 1, 17));
    assertThat(VietnameseDates.parse("ngày 11 tháng 3 năm 2020"))
        .isEqualTo(LocalDate.of(2020, 3, 11));
    assertThat(VietnameseDates.parse("Ngày 29/12/2023")).isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(VietnameseDates.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void formatsWithTheOfficialLeadingZeros() {
    assertThat(VietnameseDates.format(LocalDate.of(2024, 2, 5))).isEqualTo("05/02/2024");
    assertThat(VietnameseDates.format(LocalDate.of(2021, 7, 15))).isEqualTo("15/7/2021");
    assertThat(VietnameseDates.format(LocalDate.of(2020, 6, 3))).isEqualTo("03/6/2020");
    assertThat(VietnameseDates.format(LocalDate.of(2023, 12, 29))).isEqualTo("29/12/2023");
    assertThat(VietnameseDates.formatLong(LocalDate.of(2024, 2, 22)))
        .isEqualTo("ngày 22 tháng 02 năm 2024");
    assertThat(VietnameseDates.formatLong(LocalDate.of(2024, 7, 5)))
        .isEqualTo("ngày 05 tháng 7 năm 2024");
  }

  @Test
  void rejectsImpossibleDatesWithOffsetAndReason() {
    assertThatThrownBy(() -> VietnameseDates.parse("ngày 32/13/2023"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(
            e -> {
              CchcParseException p = (CchcParseException) e;
              assertThat(p.errorIndex()).isEqualTo(8);
              assertThat(p.reason()).contains("month 13");
            });
    assertThatThrownBy(() -> VietnameseDates.parse("30/02/2024"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("index 0");
    assertThatThrownBy(() -> VietnameseDates.parse("ngày tháng 02 năm 2024"))
        .isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> VietnameseDates.parse("01/01/2024 20:57"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("after the date");
  }

  @Test
  void parsePositionReadsOneDateInRunningText() {
    String text = "Kế hoạch 64/KH-UBND ngày 22/3/2022 của Ủy ban nhân dân tỉnh";
    ParsePosition pos = new ParsePosition(text.indexOf("ngày"));
    assertThat(VietnameseDates.parse(text, pos)).isEqualTo(LocalDate.of(2022, 3, 22));
    assertThat(text.substring(pos.getIndex())).isEqualTo(" của Ủy ban nhân dân tỉnh");
    ParsePosition none = new ParsePosition(0);
    assertThat(VietnameseDates.parse(text, none)).isNull();
    assertThat(none.getIndex()).isZero();
    assertThat(none.getErrorIndex()).isZero();
  }

  @Test
  void parseOfFormatIsIdentity() {
    qt().forAll(dates())
        .check(
            d ->
                VietnameseDates.parse(VietnameseDates.format(d)).equals(d)
                    && VietnameseDates.parse(VietnameseDates.formatLong(d)).equals(d));
  }

  @Test
  void arbitraryStringsOnlyEverThrowCchcParseException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
        .check(
            s -> {
              try {
                VietnameseDates.parse(s);
                return true;
              } catch (CchcParseException e) {
                return e.errorIndex() >= 0;
              }
            });
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30))
        .check(
            s -> {
              String t = "ngày " + s;
              ParsePosition p = new ParsePosition(0);
              LocalDate d = VietnameseDates.parse(t, p);
              return d != null || p.getIndex() == 0;
            });
  }
}
