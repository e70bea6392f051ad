package io.github.cchc.reporting.builder;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact rates for builders: percent values kept to 10 decimals, comparisons by cross product. */
final class Rates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rates() {}

  /**
   * numerator / denominator in percent, to 10 decimals (half even), without trailing zeros;
   * denominator > 0.
   */
  static BigDecimal percent(long numerator, long denominator) {
    BigDecimal rate =
        BigDecimal.valueOf(numerator)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return rate.scale() < 0 ? rate.setScale(0) : rate;
  }

  /** Compares n1/d1 with n2/d2 exactly; both denominators > 0. */
  static int compare(long n1, long d1, long n2, long d2) {
    return BigInteger.valueOf(n1)
        .multiply(BigInteger.valueOf(d2))
        .compareTo(BigInteger.valueOf(n2).multiply(BigInteger.valueOf(d1)));
  }
}
