package io.github.cchc.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cchc.reporting.model.Cell;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {
  @Test
  void numbersUseThousandsDotAndDecimalComma() {
    assertThat(VietnameseFormat.number(new BigDecimal("1234567.5"), 1)).isEqualTo("1.234.567,5");
    assertThat(VietnameseFormat.number(new BigDecimal("635593"), 0)).isEqualTo("635.593");
    assertThat(VietnameseFormat.number(new BigDecimal("-1024000"), 0)).isEqualTo("-1.024.000");
    assertThat(VietnameseFormat.number(new BigDecimal("0.5"), 0)).isEqualTo("1");
    assertThat(VietnameseFormat.number(new BigDecimal("999.995"), 2)).isEqualTo("1.000,00");
  }

  @Test
  void percentagesRoundOnlyForDisplay() {
    assertThat(VietnameseFormat.percent(new BigDecimal("98.81"), 2)).isEqualTo("98,81%");
    // 97,995% shows as 98,00% (and still fails "trên 98%": the model keeps the exact value).
    assertThat(VietnameseFormat.percent(new BigDecimal("97.995"), 2)).isEqualTo("98,00%");
    assertThat(VietnameseFormat.cell(Cell.percent(new BigDecimal("77.44"), 1))).isEqualTo("77,4%");
    assertThat(VietnameseFormat.cell(Cell.count(12345))).isEqualTo("12.345");
    assertThat(VietnameseFormat.cell(Cell.empty())).isEmpty();
  }

  @Test
  void wholeNumbersAgreeWithTheJdkVietnameseLocale() {
    NumberFormat jdk = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .checkAssert(
            n ->
                assertThat(VietnameseFormat.number(BigDecimal.valueOf(n), 0))
                    .isEqualTo(jdk.format(n)));
  }

  @Test
  void theDateLineHasLeadingZerosForShortDaysAndForJanuaryAndFebruary() {
    assertThat(VietnameseFormat.dateLine("Bình Phước", LocalDate.of(2024, 2, 22)))
        .isEqualTo("Bình Phước, ngày 22 tháng 02 năm 2024");
    assertThat(VietnameseFormat.dateLine("Kiên Giang", LocalDate.of(2024, 7, 5)))
        .isEqualTo("Kiên Giang, ngày 05 tháng 7 năm 2024");
    assertThat(VietnameseFormat.dateLine("Tiền Giang", LocalDate.of(2020, 12, 8)))
        .isEqualTo("Tiền Giang, ngày 08 tháng 12 năm 2020");
  }
}
