package io.github.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cchc.model.CchcParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PartialDateTest {
  static Gen<PartialDate> partialDates() {
    return VietnameseDatesTest.dates()
        .zip(
            integers().between(0, 2),
            (d, blanks) ->
                blanks == 0
                    ? PartialDate.of(d)
                    : blanks == 1
                        ? PartialDate.ofYearMonth(d.getYear(), d.getMonthValue())
                        : PartialDate.ofYear(d.getYear()));
  }

  @Test
  void aDraftDateHasABlankDay() {
    PartialDate draft = PartialDate.parse("ngày tháng 02 năm 2024");
    assertThat(draft.isComplete()).isFalse();
    assertThat(draft.year()).isEqualTo(2024);
    assertThat(draft.month()).hasValue(2);
    assertThat(draft.day()).isEmpty();
    assertThat(draft.toLocalDate()).isEmpty();
    assertThat(draft).hasToString("2024-02");
    assertThat(draft.format()).isEqualTo("ngày tháng 02 năm 2024");
  }

  @Test
  void aSignedDateIsComplete() {
    PartialDate date = PartialDate.parse("ngày 22 tháng 02 năm 2024");
    assertThat(date.toLocalDate()).contains(LocalDate.of(2024, 2, 22));
    assertThat(date).isEqualTo(PartialDate.parse("2024-02-22")).hasToString("2024-02-22");
  }

  @Test
  void rejectsAnImpossibleDay() {
    assertThatThrownBy(() -> PartialDate.parse("ngày 30 tháng 02 năm 2024"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("day 30");
    assertThatThrownBy(() -> PartialDate.parse("2024-13")).isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> PartialDate.ofYearMonth(2024, 13))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ordersBlanksFirst() {
    assertThat(PartialDate.parse("2024-02")).isLessThan(PartialDate.parse("2024-02-01"));
    assertThat(PartialDate.parse("2024")).isLessThan(PartialDate.parse("2024-01"));
  }

  @Test
  void parseOfFormatAndOfToStringIsIdentity() {
    qt().forAll(partialDates())
        .check(
            d ->
                PartialDate.parse(d.format()).equals(d)
                    && PartialDate.parse(d.toString()).equals(d));
  }

  @Test
  void arbitraryStringsOnlyEverThrowCchcParseException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
        .check(
            s -> {
              try {
                PartialDate.parse(s);
                PartialDate.parse("ngày " + s);
                DateLine.parse(s);
                return true;
              } catch (CchcParseException e) {
                return true;
              }
            });
  }

  @Test
  void dateLineReadsPlaceAndDate() {
    DateLine line = DateLine.parse("Bình Phước, ngày 22 tháng 02 năm 2024");
    assertThat(line.place()).isEqualTo("Bình Phước");
    assertThat(line.date().toLocalDate()).contains(LocalDate.of(2024, 2, 22));
    assertThat(line.format()).isEqualTo("Bình Phước, ngày 22 tháng 02 năm 2024");
    DateLine draft = DateLine.parse("Kiên Giang, ngày tháng 02 năm 2024");
    assertThat(draft.date()).hasToString("2024-02");
    assertThat(DateLine.of("Bình Phước", LocalDate.of(2024, 2, 5)).format())
        .isEqualTo("Bình Phước, ngày 05 tháng 02 năm 2024");
    assertThatThrownBy(() -> DateLine.parse("Bình Phước, ngày 32 tháng 02 năm 2024"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(e -> assertThat(((CchcParseException) e).errorIndex()).isEqualTo(17));
  }
}
