package io.github.cchc.indicators.measure;

import io.github.cchc.model.plan.Target;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A published figure, one row of the measures file ({@code indicator,period,value,out_of,source}):
 * which indicator, for which period, its value, what it is out of, and the document that published
 * it (carried into reports).
 *
 * <table>
 *   <caption>What value and out_of mean</caption>
 *   <tr><th>indicator</th><th>value</th><th>out_of</th></tr>
 *   <tr><td>a rank ({@code par_index_rank}, any id ending in {@code _rank})</td><td>the rank, a
 *       whole number from 1</td><td>required: the number of units ranked (63 provinces before
 *       2025, 34 after)</td></tr>
 *   <tr><td>{@code par_index}, other indices</td><td>the score</td><td>optional: the maximum
 *       score (100)</td></tr>
 *   <tr><td>{@code procedures_published}, {@code sipas}, other shares</td><td>without out_of a
 *       percentage (0 to 100); with out_of a count</td><td>optional: the count it is out of (1 650
 *       procedures to publish)</td></tr>
 * </table>
 *
 * <pre>{@code
 * PublishedMeasure rank = PublishedMeasure.builder()
 *     .indicator("par_index_rank").period("2023").value(new BigDecimal("25")).outOf(new BigDecimal("63"))
 *     .source("Quyết định công bố Chỉ số CCHC năm 2023 của Bộ Nội vụ")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PublishedMeasure {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}(?:-(?:Q[1-4]|H[12]|9M|\\d{2}))?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Set<String> SCORES = Set.of(Target.PAR_INDEX, "papi", "pci", "dti", "pgi");

  PublishedMeasure() {}

  /** Returns a new builder. */
  public static PublishedMeasureBuilder builder() {
    return new PublishedMeasureBuilder();
  }

  /** Returns the indicator id ({@code par_index}). */
  public abstract String indicator();

  /** Returns the period label, as {@code --period} writes it ("2024", "2024-Q3"). */
  public abstract String period();

  /** Returns the value: a score, a percentage, a count or a rank (see the class comment). */
  public abstract BigDecimal value();

  /** Returns what the value is out of: units ranked, maximum score or count. */
  public abstract Optional<BigDecimal> outOf();

  /** Returns the document that published the figure. */
  public abstract String source();

  /** Returns whether the indicator is a rank: lower is better. */
  public boolean isRank() {
    return isRank(indicator());
  }

  /**
   * Returns whether {@code indicator} is a rank ({@code par_index_rank}): lower is better.
   *
   * @param indicator an indicator id
   * @return whether it ends in {@link Target#RANK_SUFFIX}
   */
  public static boolean isRank(String indicator) {
    return indicator.endsWith(Target.RANK_SUFFIX);
  }

  /** Returns whether the value is a percentage (a share without out_of). */
  public boolean isPercentage() {
    return !isRank() && outOf().isEmpty() && !isScore();
  }

  /** Returns whether the indicator is an index score in points (par_index, papi, pci, dti, pgi). */
  boolean isScore() {
    return SCORES.contains(indicator());
  }

  @Value.Check
  void check() {
    if (!ID.matcher(indicator()).matches()) {
      throw new IllegalStateException(
          "indicator id expected (lower case letters, digits, _): " + indicator());
    }
    if (!PERIOD.matcher(period()).matches()) {
      throw new IllegalStateException(
          "period expected as 2024, 2024-Q3, 2024-H1, 2024-9M or 2024-07: " + period());
    }
    if (source().isBlank()) {
      throw new IllegalStateException("source expected: the document that published the figure");
    }
    if (value().signum() < 0) {
      throw new IllegalStateException("negative value: " + value().toPlainString());
    }
    if (outOf().isPresent() && outOf().get().signum() <= 0) {
      throw new IllegalStateException("out_of must be positive: " + outOf().get().toPlainString());
    }
    if (isRank()) {
      if (value().signum() <= 0 || value().stripTrailingZeros().scale() > 0) {
        throw new IllegalStateException(
            "a rank is a whole number from 1: " + value().toPlainString());
      }
      if (outOf().isEmpty()) {
        throw new IllegalStateException("a rank needs out_of, the number of units ranked");
      }
    }
    if (outOf().isPresent() && value().compareTo(outOf().get()) > 0) {
      throw new IllegalStateException(
          "value "
              + value().toPlainString()
              + " is more than out_of "
              + outOf().get().toPlainString());
    }
    if (isPercentage() && value().compareTo(HUNDRED) > 0) {
      throw new IllegalStateException(
          "a percentage is at most 100 (give out_of for a count): " + value().toPlainString());
    }
  }
}
