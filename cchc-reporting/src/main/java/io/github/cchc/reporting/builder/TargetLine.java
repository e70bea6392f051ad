package io.github.cchc.reporting.builder;

import io.github.cchc.indicators.evaluation.Projection;
import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.TargetResult;
import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.model.plan.Comparison;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.plan.TargetUnit;
import io.github.cchc.model.quantity.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One row of the target-achievement report: a target of the plan as its text reads, the indicator
 * measured with its exact numerator and denominator, the threshold, and the result of evaluating
 * the target (verdict, gap, remaining budget) as computed by the target evaluation ({@link
 * io.github.cchc.indicators.evaluation.TargetEvaluator}).
 *
 * <pre>{@code
 * TargetLine line = TargetLine.of(TargetEvaluator.evaluate(target, counts, definition, period, asOf));
 * // or by hand:
 * TargetLine line = TargetLine.builder()
 *     .target("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn")
 *     .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
 *     .numerator(22990).denominator(23510)
 *     .threshold(new BigDecimal("98"))
 *     .verdict(Verdict.NOT_MET)   // io.github.cchc.indicators.evaluation.Verdict
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
   * The line of an evaluated target: its text, the indicator's Vietnamese name, the exact numerator
   * and denominator, the threshold, the verdict, the gap (to 10 decimals) and the remaining budget.
   *
   * @param evaluation the evaluation
   * @return the line
   */
  public static TargetLine of(TargetEvaluation evaluation) {
    return builder()
        .target(evaluation.target().text())
        .indicator(evaluation.value().indicator().vietnamese())
        .numerator(evaluation.value().numerator())
        .denominator(evaluation.value().denominator())
        .threshold(evaluation.target().value())
        .thresholdText(thresholdText(evaluation.target()))
        .comparison(evaluation.target().comparator())
        .unit(evaluation.target().unit())
        .verdict(evaluation.verdict())
        .gap(
            evaluation
                .gap()
                .map(g -> g.toBigDecimal(10, RoundingMode.HALF_EVEN).stripTrailingZeros()))
        .remainingBudget(evaluation.remainingBudget())
        .projection(evaluation.projection().map(p -> projectionText(evaluation, p)))
        .build();
  }

  /**
   * The projection in words: "theo nhịp độ đến ngày 30/06/2024, dự báo hết kỳ 100/100 hồ sơ
   * (100,00%), đạt; trong 50 hồ sơ còn dự kiến, ít nhất 49 (98,00%) phải là hồ sơ giải quyết đúng
   * hạn".
   */
  private static String projectionText(TargetEvaluation e, Projection p) {
    Comparison cmp = e.target().comparator();
    boolean upper = cmp == Comparison.LT || cmp == Comparison.LE;
    String name = e.value().indicator().vietnamese();
    String subject = name.startsWith("Tỷ lệ ") ? name.substring("Tỷ lệ ".length()) : name;
    StringBuilder s =
        new StringBuilder("theo nhịp độ đến ngày ")
            .append(e.asOf().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
            .append(", dự báo hết kỳ ")
            .append(count(p.numerator()))
            .append('/')
            .append(count(p.denominator()))
            .append(" hồ sơ (")
            .append(p.percentage().format(2))
            .append("), ")
            .append(p.verdict() == Verdict.MET ? "đạt" : "không đạt");
    long r = p.remaining();
    if (r > 0) {
      if (p.neededOfRemaining().isEmpty()) {
        s.append("; dù cả ").append(count(r)).append(" hồ sơ còn dự kiến cũng không thể đạt");
      } else {
        long n = p.neededOfRemaining().orElseThrow();
        if (upper ? n == r : n == 0) {
          s.append("; đạt bất kể ").append(count(r)).append(" hồ sơ còn dự kiến thế nào");
        } else {
          s.append("; trong ")
              .append(count(r))
              .append(" hồ sơ còn dự kiến, ")
              .append(upper ? "nhiều nhất " : "ít nhất ")
              .append(count(n))
              .append(" (")
              .append(p.neededShareOfRemaining().orElseThrow().format(2))
              .append(upper ? ") được là " : ") phải là ")
              .append(subject);
        }
      }
    }
    return s.toString();
  }

  private static String count(long n) {
    return io.github.cchc.reporting.render.VietnameseFormat.number(BigDecimal.valueOf(n), 0);
  }

  /**
   * The line of a target measured on the plan's task progress or on published figures: the exact
   * numerator and denominator of a count (tasks done of tasks due, procedures published of
   * procedures to publish) with its rate and gap; for an index or a rank, {@link #valueText()} in
   * place of the rate ("hạng 27/63", "par_index 86,2 (2023: 84,05) ..."); the documents the figures
   * come from.
   *
   * @param result the result
   * @return the line
   */
  public static TargetLine of(TargetResult result) {
    TargetLineBuilder b =
        builder()
            .target(result.target().text())
            .indicator(indicatorName(result))
            .threshold(result.target().value())
            .thresholdText(thresholdText(result.target()))
            .comparison(result.target().comparator())
            .unit(result.target().unit())
            .verdict(result.verdict())
            .remainingBudget(result.remainingBudget())
            .sources(result.sources());
    boolean count =
        result.target().comparator().isThreshold()
            && result.numerator().map(TargetLine::isWhole).orElse(false)
            && result.denominator().map(TargetLine::isWhole).orElse(false);
    if (count) {
      b.numerator(result.numerator().get().longValueExact())
          .denominator(result.denominator().get().longValueExact())
          .gap(result.gap().map(BigDecimal::stripTrailingZeros));
    } else {
      b.numerator(0).denominator(0).measurable(false);
      if (result.target().comparator().isThreshold()) {
        b.gap(result.gap().map(BigDecimal::stripTrailingZeros));
        result
            .rate()
            .ifPresent(
                r ->
                    b.valueText(
                        r.setScale(2, Percentage.DISPLAY_ROUNDING).toPlainString().replace('.', ',')
                            + "%"));
      } else if (result.target().comparator() == Comparison.RANK_WITHIN
          && result.numerator().isPresent()) {
        b.valueText(
            "hạng "
                + result.numerator().get().toPlainString()
                + "/"
                + result.denominator().map(BigDecimal::toPlainString).orElse("?"));
      } else {
        result.figures().ifPresent(b::valueText);
      }
    }
    return b.build();
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static String indicatorName(TargetResult r) {
    switch (r.indicatorIds()) {
      case Target.TASKS_DONE:
        return "Tỷ lệ nhiệm vụ hoàn thành";
      case Target.TASKS_ON_TIME:
        return "Tỷ lệ nhiệm vụ hoàn thành đúng hạn";
      case Target.PROCEDURES_PUBLISHED:
        return "Tỷ lệ TTHC được công khai";
      case Target.PAR_INDEX_RANK:
        return "Xếp hạng Chỉ số CCHC (PAR INDEX)";
      default:
        return "Chỉ số " + r.indicatorIds().toUpperCase(java.util.Locale.ROOT).replace("_", " ");
    }
  }

  /**
   * The line of a target that dossiers cannot measure (a task target such as "100% nhiệm vụ"): its
   * text, {@code why} in place of the indicator, no figures, verdict {@link Verdict#NOT_YET}.
   *
   * @param target the target
   * @param why why it is not measured
   * @return the line
   */
  public static TargetLine notMeasured(Target target, String why) {
    return builder()
        .target(target.text())
        .indicator(why)
        .numerator(0)
        .denominator(0)
        .threshold(target.value())
        .thresholdText(thresholdText(target))
        .comparison(target.comparator())
        .unit(target.unit())
        .verdict(Verdict.NOT_YET)
        .measurable(false)
        .build();
  }

  /**
   * Whether dossiers measure the target; a report leaves the figures of an unmeasurable target
   * blank instead of showing 0 of 0.
   *
   * @return true unless made by {@link #notMeasured(Target, String)}
   */
  @Value.Default
  public boolean measurable() {
    return true;
  }

  /**
   * What stands in place of the rate for a target measured on an index or a rank ("hạng 27/63");
   * empty for a rate.
   *
   * @return the text
   */
  public abstract Optional<String> valueText();

  /**
   * What stands in place of a percentage threshold when the target is not a percentage: "trong nhóm
   * 30" for a rank, the number for points; empty for a percentage.
   *
   * @return the text
   */
  public abstract Optional<String> thresholdText();

  /** The threshold as people read it when the target's unit is not a percentage. */
  static Optional<String> thresholdText(Target target) {
    if (target.value().isEmpty()) {
      return Optional.empty();
    }
    String v = target.value().get().stripTrailingZeros().toPlainString().replace('.', ',');
    if (target.comparator() == Comparison.RANK_WITHIN
        || target.unit().map(u -> u == TargetUnit.RANK).orElse(false)) {
      return Optional.of("trong nhóm " + v);
    }
    if (target.unit().map(u -> u != TargetUnit.PERCENT).orElse(false)) {
      return Optional.of(v);
    }
    return Optional.empty();
  }

  /**
   * The documents the figures were published in; empty for figures computed here.
   *
   * @return the sources
   */
  public abstract List<String> sources();

  /**
   * How the target compares ({@code GE} for "tối thiểu 30%", {@code LE} for "không quá 2%", {@code
   * RANK_WITHIN} for "trong nhóm 30"), if known.
   *
   * @return the comparison
   */
  public abstract Optional<Comparison> comparison();

  /**
   * The unit of the target's threshold (percent or rank), if known.
   *
   * @return the unit
   */
  public abstract Optional<TargetUnit> unit();

  /**
   * The gap in words that cannot be misread, rounded half up to two decimals for display: for an
   * "at least" target "thiếu 0,34 điểm phần trăm" (below it) or "vượt 4,00 điểm phần trăm" (above
   * it); for an "at most" target "vượt mức tối đa 0,34 điểm phần trăm" or "thấp hơn mức tối đa 1,50
   * điểm phần trăm"; "bằng ngưỡng" when equal; a gap that rounds to zero but is not zero is said
   * "dưới 0,01". Empty without a gap or for a rank.
   *
   * @return the gap in words
   */
  public Optional<String> gapText() {
    if (gap().isEmpty()
        || comparison().map(c -> c == Comparison.RANK_WITHIN).orElse(false)
        || unit().map(u -> u == TargetUnit.RANK).orElse(false)) {
      return Optional.empty();
    }
    BigDecimal g = gap().orElseThrow();
    if (g.signum() == 0) {
      return Optional.of("bằng ngưỡng");
    }
    BigDecimal shown = g.abs().setScale(2, Percentage.DISPLAY_ROUNDING);
    String amount =
        (shown.signum() == 0 ? "dưới 0,01" : shown.toPlainString().replace('.', ','))
            + " điểm phần trăm";
    boolean atMost = comparison().map(c -> c == Comparison.LE || c == Comparison.LT).orElse(false);
    if (atMost) {
      return Optional.of(
          g.signum() > 0 ? "vượt mức tối đa " + amount : "thấp hơn mức tối đa " + amount);
    }
    return Optional.of(g.signum() < 0 ? "thiếu " + amount : "vượt " + amount);
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
  public abstract OptionalLong remainingBudget();

  /**
   * The projection to the end of the period from the pace so far, in words, while the period is not
   * over ("theo nhịp độ đến ngày 30/06/2024, dự báo hết kỳ 100/100 hồ sơ (100,00%), đạt; trong 50
   * hồ sơ còn dự kiến, ít nhất 49 (98,00%) phải là hồ sơ giải quyết đúng hạn"); empty once the
   * period is over or when nothing was measured.
   *
   * @return the projection
   */
  public abstract Optional<String> projection();

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
