package io.github.cchc.reporting.builder;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the target-achievement report: a target of the plan as its text reads, the indicator
 * measured with its exact numerator and denominator, the threshold, and the result of evaluating
 * the target (verdict, gap, remaining budget) as computed by the target evaluation.
 *
 * <pre>{@code
 * TargetLine line = TargetLine.builder()
 *     .target("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn")
 *     .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
 *     .numerator(22990).denominator(23510)
 *     .threshold(new BigDecimal("98"))
 *     .verdict(Verdict.NOT_MET)
 *     .gap(new BigDecimal("-0.2118"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TargetLine {
  TargetLine() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static TargetLineBuilder builder() {
    return new TargetLineBuilder();
  }

  /**
   * The target as the plan states it.
   *
   * @return the target's text
   */
  public abstract String target();

  /**
   * The indicator measured.
   *
   * @return the indicator's name
   */
  public abstract String indicator();

  /**
   * The numerator.
   *
   * @return the numerator
   */
  public abstract long numerator();

  /**
   * The denominator; 0 when nothing was measured.
   *
   * @return the denominator
   */
  public abstract long denominator();

  /**
   * The threshold of the target in percent (98 for "trên 98%"), if it has one.
   *
   * @return the threshold
   */
  public abstract Optional<BigDecimal> threshold();

  /**
   * The verdict.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * The exact gap to the threshold in percentage points (negative when short), if measurable.
   *
   * @return the gap
   */
  public abstract Optional<BigDecimal> gap();

  /**
   * The remaining budget: how many more items may still fail in the period with the target kept
   * ("at most 12 more late dossiers keep 98%"), if the evaluation gives one.
   *
   * @return the remaining budget
   */
  public abstract Optional<Long> remainingBudget();

  @Value.Check
  void check() {
    if (numerator() < 0 || denominator() < numerator()) {
      throw new IllegalArgumentException(
          "target '"
              + target()
              + "': need 0 <= numerator <= denominator, got "
              + numerator()
              + "/"
              + denominator());
    }
  }
}
