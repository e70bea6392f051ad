/**
 * Exact quantities of CCHC targets and indicators: {@link io.github.cchc.model.quantity.Ratio} (a
 * numerator over a denominator, such as 635.593 hồ sơ đúng hạn / 643.272 hồ sơ) and {@link
 * io.github.cchc.model.quantity.Percentage} ("98,5%").
 *
 * <p>Both are exact: arithmetic uses {@link java.math.BigInteger} and {@link java.math.BigDecimal},
 * never {@code double}, and comparisons are exact. Rounding happens only when formatting, with a
 * named {@link java.math.RoundingMode}:
 *
 * <pre>{@code
 * Percentage p = Percentage.parse("97,995%");
 * p.format(1, RoundingMode.HALF_UP);            // "98,0%"
 * p.compareTo(Percentage.of(98)) < 0;           // true: 97,995% does not meet "từ 98% trở lên"
 * }</pre>
 */
@NullMarked
package io.github.cchc.model.quantity;

import org.jspecify.annotations.NullMarked;
