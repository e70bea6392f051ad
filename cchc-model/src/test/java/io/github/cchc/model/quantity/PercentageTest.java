package io.github.cchc.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.CchcParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentageTest {

  @Test
  void vietnameseTextWithDecimalComma() {
    assertThat(Percentage.parse("98,5%").toString()).isEqualTo("98,5%");
    assertThat(Percentage.parse("98,81%").format(1, RoundingMode.HALF_UP)).isEqualTo("98,8%");
    assertThat(Percentage.parse("100%")).isEqualTo(Percentage.ONE_HUNDRED);
    assertThat(Percentage.parse(" 98,50 %")).isEqualTo(Percentage.parse("98,5%"));
    assertThat(Percentage.parse("98.5%")).isEqualTo(Percentage.parse("98,5%"));
  }

  @Test
  void roundingOnlyWhenFormattingWithTheNamedMode() {
    Percentage p = Percentage.parse("97,995%");
    assertThat(p.format(1, RoundingMode.HALF_UP)).isEqualTo("98,0%");
    assertThat(p.format(2, RoundingMode.HALF_UP)).isEqualTo("98,00%");
    assertThat(p.format(2, RoundingMode.DOWN)).isEqualTo("97,99%");
    assertThat(p.format(0, RoundingMode.HALF_EVEN)).isEqualTo("98%");
    // 97,995% prints as 98,0% but does not meet "từ 98% trở lên"
    assertThat(p.compareTo(Percentage.of(98))).isNegative();
    assertThat(p.toString()).isEqualTo("97,995%");
  }

  @Test
  void ratioOfCountsFromALamDongReport() {
    // DOMAIN.md §4: Lâm Đồng 635.593 / 643.272 = 98,81%
    Percentage p = Ratio.of(635_593, 643_272).toPercentage();
    assertThat(p.format(2, RoundingMode.HALF_UP)).isEqualTo("98,81%");
    assertThat(p.toString()).endsWith("%").contains("/");
    assertThat(Percentage.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void nonTerminatingValuesAreExact() {
    Percentage twoThirds = Ratio.of(2, 3).toPercentage();
    assertThat(twoThirds.toString()).isEqualTo("200/3%");
    assertThat(twoThirds.format(2, RoundingMode.HALF_UP)).isEqualTo("66,67%");
    assertThat(twoThirds.toFraction()).isEqualTo(Ratio.of(2, 3));
  }

  @Test
  void badTextIsATypedError() {
    assertThatThrownBy(() -> Percentage.parse("98"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("'%'");
    assertThatThrownBy(() -> Percentage.parse("chín mươi%"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(e -> assertThat(((CchcParseException) e).errorIndex()).isZero());
    assertThatThrownBy(() -> Percentage.parse("1/0%")).isInstanceOf(CchcParseException.class);
  }

  @Test
  void jsonIsTheText() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.writeValueAsString(Percentage.parse("98,5%"))).isEqualTo("\"98,5%\"");
    assertThat(json.readValue("\"97,995%\"", Percentage.class))
        .isEqualTo(Percentage.parse("97,995%"));
    assertThat(json.readValue("\"635593/643272\"", Ratio.class))
        .isEqualTo(Ratio.of(635593, 643272));
  }

  @Test
  void parseFormatRoundTripsForAnyDecimal() {
    qt().forAll(longs().between(-1_000_000, 10_000_000), integers().between(0, 6))
        .checkAssert(
            (unscaled, scale) -> {
              Percentage p = Percentage.of(BigDecimal.valueOf(unscaled, scale));
              assertThat(Percentage.parse(p.toString())).isEqualTo(p);
              assertThat(p.toString()).doesNotContain(".");
            });
  }

  @Test
  void parseFormatRoundTripsForAnyRatio() {
    qt().forAll(longs().between(0, 5_000_000), longs().between(1, 5_000_000))
        .checkAssert(
            (n, d) -> {
              Percentage p = Ratio.of(n, d).toPercentage();
              assertThat(Percentage.parse(p.toString())).isEqualTo(p);
            });
  }

  @Test
  void formatWithDigitsMatchesBigDecimalRounding() {
    qt().forAll(longs().between(0, 100_000_000), integers().between(0, 4))
        .checkAssert(
            (unscaled, digits) -> {
              BigDecimal v = BigDecimal.valueOf(unscaled, 6);
              String expected =
                  v.setScale(digits, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
              assertThat(Percentage.of(v).format(digits, RoundingMode.HALF_UP)).isEqualTo(expected);
            });
  }

  @Test
  void comparisonAtTheBoundaryIsExact() {
    // n/d against 98%: exact cross-multiplication, the same as 100*n compared with 98*d
    qt().forAll(longs().between(0, 2_000_000), longs().between(1, 2_000_000))
        .checkAssert(
            (n, d) -> {
              Percentage p = Ratio.of(n, d).toPercentage();
              int expected =
                  BigInteger.valueOf(n)
                      .multiply(BigInteger.valueOf(100))
                      .compareTo(BigInteger.valueOf(98).multiply(BigInteger.valueOf(d)));
              assertThat(Integer.signum(p.compareTo(Percentage.of(98)))).isEqualTo(expected);
            });
  }

  @Test
  void justBelowTheBoundaryNeverMeetsItEvenWhenItPrintsAsIt() {
    // 98% minus 1/10^k: below 98 for every k, though it prints as 98,0% for k >= 2
    qt().forAll(integers().between(1, 30))
        .checkAssert(
            k -> {
              Percentage p =
                  Percentage.of(BigDecimal.valueOf(98).subtract(BigDecimal.ONE.movePointLeft(k)));
              assertThat(p).isLessThan(Percentage.of(98));
              assertThat(p).isNotEqualTo(Percentage.of(98));
              if (k >= 2) {
                assertThat(p.format(1, RoundingMode.HALF_UP)).isEqualTo("98,0%");
              }
            });
  }

  @Test
  void ratioKeepsItsCountsButComparesByValue() {
    assertThat(Ratio.of(2, 4)).isNotEqualTo(Ratio.of(1, 2));
    assertThat(Ratio.of(2, 4)).isEqualByComparingTo(Ratio.of(1, 2));
    assertThat(Ratio.of(2, 4).reduced()).isEqualTo(Ratio.of(1, 2));
    assertThat(Ratio.of(1, -2)).isEqualTo(Ratio.of(-1, 2));
    assertThat(Ratio.parse("635593/643272").numerator()).isEqualTo(BigInteger.valueOf(635593));
    assertThat(Ratio.of(1, 2).plus(Ratio.of(1, 3))).isEqualTo(Ratio.of(5, 6));
    assertThat(Ratio.of(1, 2).minus(Ratio.of(1, 3))).isEqualTo(Ratio.of(1, 6));
    assertThat(Ratio.of(2, 3).multipliedBy(Ratio.of(3, 4))).isEqualTo(Ratio.of(1, 2));
    assertThat(Ratio.of(new BigDecimal("0.985"))).isEqualTo(Ratio.of(985, 1000));
    assertThat(Ratio.of(1, 8).toBigDecimalExact()).isEqualByComparingTo("0.125");
    assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Ratio.parse("1/x")).isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> Ratio.parse("1/0")).isInstanceOf(CchcParseException.class);
  }

  @Test
  void figuresForPeopleRoundHalfUpWhileVerdictsStayExact() {
    // the sample export: digitised results 583.377 / 972.300 and late 22.730 / 972.300
    assertThat(Ratio.of(583_377, 972_300).toPercentage().format(2)).isEqualTo("60,00%");
    assertThat(Ratio.of(22_730, 972_300).toPercentage().format(2)).isEqualTo("2,34%");
    assertThat(Percentage.parse("2,335%").format(2)).isEqualTo("2,34%");
    assertThat(Percentage.parse("2,345%").format(2)).isEqualTo("2,35%");
    Percentage p = Percentage.parse("97,995%");
    assertThat(p.format(2)).isEqualTo("98,00%");
    assertThat(p.compareTo(Percentage.of(98))).isNegative();
    assertThat(Percentage.DISPLAY_ROUNDING).isEqualTo(java.math.RoundingMode.HALF_UP);
  }
}
