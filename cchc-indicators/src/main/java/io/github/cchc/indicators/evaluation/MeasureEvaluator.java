package io.github.cchc.indicators.evaluation;

import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasures;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.progress.PlanProgress;
import io.github.cchc.indicators.progress.TaskCount;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.plan.Comparison;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.quantity.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the targets no dossier export measures: on the plan's task progress ({@code
 * tasks_done}, {@code tasks_on_time}) and on published figures ({@code procedures_published}, the
 * indices and their ranks), exactly.
 *
 * <ul>
 *   <li>A threshold target ({@code >, ≥, =, <, ≤} a percentage) compares the rate: tasks done over
 *       tasks due in the period, a published percentage, or a published count over its {@code
 *       out_of}.
 *   <li>An {@link Comparison#IMPROVE} target compares each index it names in the period with its
 *       base year — higher is better for a score, lower for a rank — and is met only when every one
 *       improved (strictly: "cải thiện hơn").
 *   <li>A {@link Comparison#RANK_WITHIN} target is met when the published rank is at most K.
 * </ul>
 *
 * <p>For a task target the denominator is fixed (the tasks due in the period): {@link
 * TargetResult#needed()} is how many more of the tasks still open must be done (on time) for the
 * target to hold, empty when too few remain open (a task done late never becomes on time); {@link
 * TargetResult#remainingBudget()} is how many of the counted tasks the count is above the least
 * that meets the target.
 *
 * <p>As on dossiers, the verdict is {@link Verdict#NOT_YET} until the period is over and when a
 * figure is missing (not published yet, or no task due); the figures at hand are still shown.
 *
 * <pre>{@code
 * MeasureEvaluator.inputOf(target);  // Optional[TASK_PROGRESS] for "Hoàn thành 100% nhiệm vụ ..."
 * TargetResult r = MeasureEvaluator.evaluate(target, progress, period, asOf);
 * r.numerator() + "/" + r.denominator();  // "6/8"
 * }</pre>
 */
public final class MeasureEvaluator {
  /** What measures a target. */
  public enum Input {
    /** A dossier export: {@link TargetEvaluator}. */
    DOSSIERS,
    /** The task progress file. */
    TASK_PROGRESS,
    /** The published measures file. */
    PUBLISHED_MEASURES
  }

  private MeasureEvaluator() {}

  /**
   * Returns what measures {@code target}, or empty when nothing this library reads can (its subject
   * is not recognised, or its comparison does not fit its indicator).
   *
   * @param target the target
   * @return the input that measures it
   */
  public static Optional<Input> inputOf(Target target) {
    List<String> ids = target.indicators();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    if (TargetEvaluator.whyNotMeasurable(target).isEmpty()) {
      return Optional.of(Input.DOSSIERS);
    }
    boolean percentThreshold =
        target.comparator().isThreshold() && target.threshold().isPresent() && ids.size() == 1;
    String id = ids.get(0);
    if (Target.TASKS_DONE.equals(id) || Target.TASKS_ON_TIME.equals(id)) {
      return percentThreshold ? Optional.of(Input.TASK_PROGRESS) : Optional.empty();
    }
    for (String i : ids) {
      if (isDossierIndicator(i)) {
        return Optional.empty();
      }
    }
    switch (target.comparator()) {
      case IMPROVE:
        return Optional.of(Input.PUBLISHED_MEASURES);
      case RANK_WITHIN:
        return ids.size() == 1 && PublishedMeasure.isRank(id)
            ? Optional.of(Input.PUBLISHED_MEASURES)
            : Optional.empty();
      default:
        return percentThreshold && !PublishedMeasure.isRank(id)
            ? Optional.of(Input.PUBLISHED_MEASURES)
            : Optional.empty();
    }
  }

  private static boolean isDossierIndicator(String id) {
    try {
      Indicator.parse(id);
      return true;
    } catch (CchcParseException e) {
      return false;
    }
  }

  /**
   * Returns why {@code target} cannot be measured by anything this library reads, in Vietnamese, or
   * empty.
   *
   * @param target the target
   * @return the reason, or empty
   */
  public static Optional<String> whyNotMeasurable(Target target) {
    return whyNotMeasurable(target, Locale.forLanguageTag("vi-VN"));
  }

  /**
   * Returns why {@code target} cannot be measured by anything this library reads, or empty: in
   * English for an English locale ("its subject is not a known indicator"), in Vietnamese for every
   * other ("nội dung chỉ tiêu không phải là chỉ số đã biết").
   *
   * @param target the target
   * @param locale the language wanted
   * @return the reason, or empty
   */
  public static Optional<String> whyNotMeasurable(Target target, Locale locale) {
    if (inputOf(target).isPresent()) {
      return Optional.empty();
    }
    boolean en = VietnameseTexts.english(locale);
    if (target.indicators().isEmpty()) {
      return Optional.of(
          en
              ? "its subject is not a known indicator"
              : "nội dung chỉ tiêu không phải là chỉ số đã biết");
    }
    String ids = String.join("+", target.indicators());
    return Optional.of(
        en
            ? "a " + target.comparator() + " target on " + ids + " is not measured"
            : "chỉ tiêu dạng " + target.comparator() + " về " + ids + " chưa đo được");
  }

  /**
   * Evaluates a task target ({@link Input#TASK_PROGRESS}) on the plan's progress.
   *
   * @param target a {@code tasks_done} or {@code tasks_on_time} threshold target
   * @param progress the plan's task progress
   * @param period the period of the target
   * @param asOf the day of the evaluation
   * @return the result
   * @throws IllegalArgumentException if the target is not a task target
   */
  public static TargetResult evaluate(
      Target target, PlanProgress progress, ReportingPeriod period, LocalDate asOf) {
    if (inputOf(target).orElse(null) != Input.TASK_PROGRESS) {
      throw new IllegalArgumentException("not a task target: " + target.text());
    }
    String id = target.indicator().orElseThrow();
    TaskCount c = progress.count(id, period.range(), asOf);
    Comparison cmp = target.comparator();
    Percentage threshold = target.threshold().orElseThrow();
    Ratio t = threshold.toFraction();
    long num = c.numerator();
    long den = c.denominator();
    boolean over = isOver(period, asOf);
    TargetResultBuilder b =
        TargetResult.builder()
            .target(target)
            .addIndicators(id)
            .numerator(BigDecimal.valueOf(num))
            .denominator(BigDecimal.valueOf(den));
    StringBuilder d = new StringBuilder(id).append(' ');
    if (den == 0) {
      b.verdict(Verdict.NOT_YET).reason("no task of the plan due in " + period.label());
      d.append("— (no task due in ").append(period.label()).append(')');
      return b.description(d.toString()).build();
    }
    Percentage actual = Ratio.of(num, den).toPercentage();
    boolean holds = TargetEvaluator.holds(cmp, num, den, t);
    verdict(b, holds, over, period);
    b.rate(actual.toBigDecimal(4, RoundingMode.HALF_EVEN));
    Ratio gap = actual.points().minus(threshold.points());
    b.gap(gap.toBigDecimal(4, RoundingMode.HALF_EVEN));
    boolean upper = cmp == Comparison.LT || cmp == Comparison.LE;
    // the denominator is fixed: the tasks due in the period
    Optional<Long> least = Optional.empty();
    Optional<Long> most = Optional.empty();
    for (long n = 0; n <= den; n++) {
      if (TargetEvaluator.holds(cmp, n, den, t)) {
        least = least.isEmpty() ? Optional.of(n) : least;
        most = Optional.of(n);
      }
    }
    if (holds) {
      b.remainingBudget(upper ? most.get() - num : num - least.get());
    } else if (!upper && least.isPresent() && least.get() - num <= c.open()) {
      // only tasks still open can count: for tasks_on_time, late ones never will
      b.needed(least.get() - num);
    }
    TargetResult partial = b.description("").build();
    d.append(actual.format(2))
        .append(" (")
        .append(num)
        .append('/')
        .append(den)
        .append(": of the tasks due in ")
        .append(period.label())
        .append(Target.TASKS_DONE.equals(id) ? ", those done" : ", those done by their due day")
        .append(") ")
        .append(cmp.symbol())
        .append(' ')
        .append(threshold)
        .append(": ")
        .append(partial.verdict())
        .append(" (")
        .append(partial.reason())
        .append(')');
    partial
        .needed()
        .ifPresent(
            n ->
                d.append(", ")
                    .append(n)
                    .append(" more task")
                    .append(n == 1 ? "" : "s")
                    .append(" to finish"));
    partial
        .remainingBudget()
        .ifPresent(
            n -> d.append(", ").append(n).append(" more may stay undone with the target holding"));
    return b.description(d.toString()).build();
  }

  /**
   * Evaluates a target on published figures ({@link Input#PUBLISHED_MEASURES}).
   *
   * @param target the target
   * @param measures the published figures
   * @param period the period of the target; figures are looked up by its label
   * @param asOf the day of the evaluation
   * @return the result
   * @throws IllegalArgumentException if the target is not measured by published figures
   */
  public static TargetResult evaluate(
      Target target, PublishedMeasures measures, ReportingPeriod period, LocalDate asOf) {
    if (inputOf(target).orElse(null) != Input.PUBLISHED_MEASURES) {
      throw new IllegalArgumentException("not a target on published figures: " + target.text());
    }
    switch (target.comparator()) {
      case IMPROVE:
        return improve(target, measures, period, asOf);
      case RANK_WITHIN:
        return rank(target, measures, period, asOf);
      default:
        return threshold(target, measures, period, asOf);
    }
  }

  private static TargetResult threshold(
      Target target, PublishedMeasures measures, ReportingPeriod period, LocalDate asOf) {
    String id = target.indicator().orElseThrow();
    TargetResultBuilder b = TargetResult.builder().target(target).addIndicators(id);
    Optional<PublishedMeasure> found = measures.find(id, period.label());
    if (found.isEmpty()) {
      String why = "no published " + id + " for " + period.label();
      return b.verdict(Verdict.NOT_YET).reason(why).description(id + " — (" + why + ")").build();
    }
    PublishedMeasure m = found.get();
    Percentage threshold = target.threshold().orElseThrow();
    Percentage actual;
    if (m.outOf().isPresent()) {
      actual = Percentage.ofFraction(Ratio.of(m.value()).multipliedBy(reciprocal(m.outOf().get())));
      b.numerator(m.value()).denominator(m.outOf().get());
    } else {
      actual = Percentage.of(m.value());
    }
    boolean holds = target.comparator().holds(actual, threshold);
    verdict(b, holds, isOver(period, asOf), period);
    b.rate(actual.toBigDecimal(4, RoundingMode.HALF_EVEN));
    b.gap(actual.points().minus(threshold.points()).toBigDecimal(4, RoundingMode.HALF_EVEN));
    b.addSources(m.source());
    TargetResult partial = b.description("").build();
    String d =
        id
            + " "
            + actual.format(2)
            + m.outOf().map(o -> " (" + plain(m.value()) + "/" + plain(o) + ")").orElse("")
            + " "
            + target.comparator().symbol()
            + " "
            + threshold
            + ": "
            + partial.verdict()
            + " ("
            + partial.reason()
            + "); source: "
            + m.source();
    return b.description(d).build();
  }

  private static Ratio reciprocal(BigDecimal v) {
    Ratio r = Ratio.of(v);
    return Ratio.of(r.denominator(), r.numerator());
  }

  private static TargetResult improve(
      Target target, PublishedMeasures measures, ReportingPeriod period, LocalDate asOf) {
    String year = String.valueOf(target.baseYear().orElseThrow());
    List<String> ids = target.indicators();
    TargetResultBuilder b = TargetResult.builder().target(target).addAllIndicators(ids);
    List<String> missing = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<String> figures = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    boolean all = true;
    BigDecimal singleGap = null;
    BigDecimal singleValue = null;
    for (String id : ids) {
      Optional<PublishedMeasure> now = measures.find(id, period.label());
      Optional<PublishedMeasure> base = measures.find(id, year);
      if (now.isEmpty()) {
        missing.add(id + " for " + period.label());
      }
      if (base.isEmpty()) {
        missing.add(id + " for " + year);
      }
      if (now.isEmpty() || base.isEmpty()) {
        continue;
      }
      sources.add(now.get().source());
      sources.add(base.get().source());
      BigDecimal change = now.get().value().subtract(base.get().value());
      boolean rank = PublishedMeasure.isRank(id);
      BigDecimal better = rank ? change.negate() : change;
      boolean improved = better.signum() > 0;
      all &= improved;
      singleGap = better;
      singleValue = now.get().value();
      String note = "";
      if (rank && !now.get().outOf().equals(base.get().outOf())) {
        note =
            " (ranked among "
                + plain(now.get().outOf().get())
                + ", not "
                + plain(base.get().outOf().get())
                + ")";
      }
      String unit = shownUnit(id);
      figures.add(
          id.toUpperCase(java.util.Locale.ROOT).replace('_', ' ')
              + " "
              + shown(now.get().value(), rank)
              + unit
              + " (năm "
              + year
              + ": "
              + shown(base.get().value(), rank)
              + unit
              + ")");
      parts.add(
          id
              + " "
              + plain(now.get().value())
              + " ("
              + year
              + ": "
              + plain(base.get().value())
              + ") "
              + (improved ? "better" : "not better")
              + note);
    }
    b.addAllSources(sources);
    if (!figures.isEmpty()) {
      b.figures(String.join("; ", figures));
    }
    if (!missing.isEmpty()) {
      String why = "no published " + String.join(", ", missing);
      b.verdict(Verdict.NOT_YET).reason(why);
      parts.add("(" + why + ")");
    } else {
      verdict(b, all, isOver(period, asOf), period);
      if (ids.size() == 1) {
        b.rate(singleValue.setScale(Math.max(4, singleValue.scale()), RoundingMode.HALF_EVEN));
        b.gap(singleGap.setScale(Math.max(4, singleGap.scale()), RoundingMode.HALF_EVEN));
      }
    }
    TargetResult partial = b.description("").build();
    String d =
        String.join("; ", parts)
            + ": "
            + partial.verdict()
            + " ("
            + partial.reason()
            + (missing.isEmpty() ? "; met only if every index improved on " + year : "")
            + ")"
            + (sources.isEmpty() ? "" : "; sources: " + String.join("; ", sources));
    return b.description(d).build();
  }

  private static TargetResult rank(
      Target target, PublishedMeasures measures, ReportingPeriod period, LocalDate asOf) {
    String id = target.indicator().orElseThrow();
    BigDecimal k = target.value().orElseThrow();
    TargetResultBuilder b = TargetResult.builder().target(target).addIndicators(id);
    Optional<PublishedMeasure> found = measures.find(id, period.label());
    if (found.isEmpty()) {
      String why = "no published " + id + " for " + period.label();
      return b.verdict(Verdict.NOT_YET).reason(why).description(id + " — (" + why + ")").build();
    }
    PublishedMeasure m = found.get();
    boolean holds = m.value().compareTo(k) <= 0;
    verdict(b, holds, isOver(period, asOf), period);
    b.numerator(m.value()).denominator(m.outOf().orElseThrow());
    BigDecimal spare = k.subtract(m.value());
    b.gap(spare.setScale(4, RoundingMode.UNNECESSARY));
    b.addSources(m.source());
    TargetResult partial = b.description("").build();
    String d =
        id
            + " "
            + plain(m.value())
            + "/"
            + plain(m.outOf().get())
            + " rank ≤ "
            + plain(k)
            + ": "
            + partial.verdict()
            + " ("
            + partial.reason()
            + "), "
            + (spare.signum() >= 0
                ? plain(spare) + " places to spare"
                : plain(spare.negate()) + " places short")
            + "; source: "
            + m.source();
    return b.description(d).build();
  }

  private static void verdict(
      TargetResultBuilder b, boolean holds, boolean over, ReportingPeriod p) {
    if (!over) {
      b.verdict(Verdict.NOT_YET).reason("period " + p.label() + " ends " + p.endInclusive());
    } else {
      b.verdict(holds ? Verdict.MET : Verdict.NOT_MET).reason("period " + p.label() + " over");
    }
  }

  private static boolean isOver(ReportingPeriod period, LocalDate asOf) {
    return period.isOverAt(asOf.plusDays(1).atStartOfDay());
  }

  /**
   * The unit people read after an index: PAR INDEX in points ("86,20 điểm"), SIPAS in percent
   * ("81,90%"), a rank with none.
   */
  private static String shownUnit(String id) {
    if (Target.SIPAS.equals(id)) {
      return "%";
    }
    return PublishedMeasure.isRank(id) ? "" : " điểm";
  }

  /** An index with two decimals (half up, the display rule), a rank as a whole number. */
  private static String shown(BigDecimal v, boolean rank) {
    return rank
        ? plain(v)
        : v.setScale(2, Percentage.DISPLAY_ROUNDING).toPlainString().replace('.', ',');
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
