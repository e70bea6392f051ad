package io.github.cchc.model.plan;

import io.github.cchc.model.quantity.Percentage;

/**
 * How a {@link Target} compares a measured value with its threshold, read from the Vietnamese
 * phrasing of the target (DOMAIN.md §6).
 *
 * <table>
 *   <caption>Phrasing and comparison</caption>
 *   <tr><th>phrase</th><th>comparison</th></tr>
 *   <tr><td>trên X%</td><td>{@link #GT}</td></tr>
 *   <tr><td>từ X% trở lên, tối thiểu X%, ít nhất X%, không thấp hơn X%, đạt X%</td><td>{@link #GE}</td></tr>
 *   <tr><td>100% … (all, no exception)</td><td>{@link #EQ}</td></tr>
 *   <tr><td>dưới X%</td><td>{@link #LT}</td></tr>
 *   <tr><td>không quá X%, tối đa X%, không vượt quá X%</td><td>{@link #LE}</td></tr>
 *   <tr><td>tăng / cải thiện hơn so với năm N</td><td>{@link #IMPROVE}</td></tr>
 *   <tr><td>nằm trong nhóm K tỉnh, thành phố</td><td>{@link #RANK_WITHIN}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Comparison.GT.holds(Percentage.parse("98%"), Percentage.of(98)); // false: "trên 98%" needs more
 * Comparison.GE.holds(Percentage.parse("98%"), Percentage.of(98)); // true
 * }</pre>
 */
public enum Comparison {
  /** Greater than the threshold ("trên 98%"). */
  GT(">"),
  /** Greater than or equal to the threshold ("từ 80% trở lên", "tối thiểu 30%"). */
  GE("≥"),
  /** Equal to the threshold; "100% …" means all, without exception. */
  EQ("="),
  /** Less than the threshold ("dưới 2%"). */
  LT("<"),
  /** Less than or equal to the threshold ("không quá 2%", "tối đa 5%"). */
  LE("≤"),
  /**
   * Better than the value of a base year ("tăng so với năm 2023", "cải thiện hơn so với kết quả
   * đánh giá năm 2023"); whether better means higher (a score) or lower (a rank number) depends on
   * what is measured.
   */
  IMPROVE("better than"),
  /** A rank within the first K ("nằm trong nhóm 30 tỉnh, thành phố": rank ≤ 30). */
  RANK_WITHIN("rank ≤");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the mathematical symbol or short phrase: {@code ">"}, {@code "≥"}, {@code "rank ≤"}.
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns whether this comparison is against a fixed threshold ({@link #GT}, {@link #GE}, {@link
   * #EQ}, {@link #LT}, {@link #LE}).
   */
  public boolean isThreshold() {
    return this != IMPROVE && this != RANK_WITHIN;
  }

  /**
   * Tests {@code actual} against {@code threshold} exactly.
   *
   * @param actual the measured value
   * @param threshold the threshold of the target
   * @return whether the comparison holds
   * @throws UnsupportedOperationException for {@link #IMPROVE} and {@link #RANK_WITHIN}, which do
   *     not compare two percentages
   */
  public boolean holds(Percentage actual, Percentage threshold) {
    int c = actual.compareTo(threshold);
    switch (this) {
      case GT:
        return c > 0;
      case GE:
        return c >= 0;
      case EQ:
        return c == 0;
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      default:
        throw new UnsupportedOperationException(name() + " does not compare with a threshold");
    }
  }
}
