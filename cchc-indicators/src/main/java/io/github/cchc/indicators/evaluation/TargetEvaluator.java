package io.github.cchc.indicators.evaluation;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.plan.Comparison;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.quantity.Ratio;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Evaluates targets of a plan against indicator values, exactly.
 *
 * <p>Only percentage-threshold targets ({@code >, ≥, =, <, ≤} a percentage) whose indicator is one
 * this library computes are measurable from dossiers; {@link #whyNotMeasurable(Target)} says why
 * another is not (rank and relative targets, procedures rather than dossiers, an unrecognised
 * subject).
 *
 * <p>The budget assumes the worst from now on: for a "&gt; 98% on time" target, each further
 * dossier is late; the projection assumes the pace so far: counts scale with the days of the
 * period.
 *
 * <pre>{@code
 * Target t = plan.targets().get(0);  // "Trên 98% hồ sơ ... đúng hạn"
 * TargetEvaluation e = TargetEvaluator.evaluate(t, counts, Definition.PROVINCIAL,
 *     ReportingCalendar.calendar().year(2024), LocalDate.of(2024, 9, 30));
 * e.describe();
 * }</pre>
 */
public final class TargetEvaluator {
  /** The default language of texts for people. */
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private TargetEvaluator() {}

  /**
   * Returns why {@code target} cannot be measured from dossiers, in Vietnamese ("nội dung chỉ tiêu
   * không phải là chỉ số tính từ dữ liệu hồ sơ"), or empty if it can.
   *
   * @param target the target
   * @return the reason, or empty
   */
  public static Optional<String> whyNotMeasurable(Target target) {
    return whyNotMeasurable(target, VIETNAMESE);
  }

  /**
   * Returns why {@code target} cannot be measured from dossiers, or empty if it can: in English for
   * an English locale ("its subject is not an indicator computed from dossiers"), in Vietnamese for
   * every other.
   *
   * @param target the target
   * @param locale the language wanted
   * @return the reason, or empty
   */
  public static Optional<String> whyNotMeasurable(Target target, Locale locale) {
    boolean en = VietnameseTexts.english(locale);
    if (target.indicator().isEmpty()) {
      return Optional.of(
          en
              ? "its subject is not an indicator computed from dossiers"
              : "nội dung chỉ tiêu không phải là chỉ số tính từ dữ liệu hồ sơ");
    }
    try {
      Indicator.parse(target.indicator().get());
    } catch (CchcParseException e) {
      return Optional.of(
          (en ? "unknown indicator " : "chỉ số không rõ: ") + target.indicator().get());
    }
    if (!target.comparator().isThreshold() || target.threshold().isEmpty()) {
      return Optional.of(
          en
              ? "a " + target.comparator() + " target is not a percentage threshold"
              : "chỉ tiêu dạng " + target.comparator() + " không phải là ngưỡng tỷ lệ phần trăm");
    }
    return Optional.empty();
  }

  /**
   * Evaluates {@code target} on the counts of one group.
   *
   * @param target a measurable target
   * @param counts the counts of the group, over {@code period}
   * @param definition which dossiers count
   * @param period the period of the target
   * @param asOf the day of the evaluation
   * @return the evaluation
   * @throws IllegalArgumentException if the target is not measurable
   */
  public static TargetEvaluation evaluate(
      Target target, Counts counts, Definition definition, ReportingPeriod period, LocalDate asOf) {
    Indicator indicator = indicatorOf(target);
    return evaluate(target, Indicators.compute("all", counts, indicator, definition), period, asOf);
  }

  /**
   * Evaluates {@code target} against {@code value}.
   *
   * @param target a measurable target whose indicator is the value's
   * @param value the measured value over {@code period}
   * @param period the period of the target
   * @param asOf the day of the evaluation
   * @return the evaluation
   * @throws IllegalArgumentException if the target is not measurable or is about another indicator
   */
  public static TargetEvaluation evaluate(
      Target target, IndicatorValue value, ReportingPeriod period, LocalDate asOf) {
    Indicator indicator = indicatorOf(target);
    if (indicator != value.indicator()) {
      throw new IllegalArgumentException(
          "target is about " + indicator.id() + ", value is " + value.indicator().id());
    }
    Comparison cmp = target.comparator();
    Ratio t = target.threshold().orElseThrow().toFraction();
    long num = value.numerator();
    long den = value.denominator();
    boolean over = period.isOverAt(asOf.plusDays(1).atStartOfDay());
    TargetEvaluationBuilder b =
        TargetEvaluation.builder().target(target).value(value).period(period.label()).asOf(asOf);
    boolean holds = den != 0 && holds(cmp, num, den, t);
    if (den == 0) {
      b.verdict(Verdict.NOT_YET).reason("no dossier to measure yet");
    } else if (!over) {
      b.verdict(Verdict.NOT_YET)
          .reason("period " + period.label() + " ends " + period.endInclusive());
    } else {
      b.verdict(holds ? Verdict.MET : Verdict.NOT_MET).reason("period " + period.label() + " over");
    }
    if (den != 0) {
      if (holds) {
        b.remainingBudget(budget(cmp, num, den, t));
      } else {
        needed(cmp, num, den, t).ifPresent(b::needed);
      }
    }
    if (!over && den != 0) {
      long total = ChronoUnit.DAYS.between(period.start(), period.range().getEnd());
      long elapsed = ChronoUnit.DAYS.between(period.start(), asOf) + 1;
      if (elapsed > 0 && elapsed < total) {
        long pn = Math.multiplyExact(num, total) / elapsed;
        long pd = Math.multiplyExact(den, total) / elapsed;
        pn = Math.min(pn, pd);
        long remaining = pd - den;
        b.projection(
            Projection.of(
                pn,
                pd,
                Ratio.of(pn, pd).toPercentage(),
                holds(cmp, pn, pd, t) ? Verdict.MET : Verdict.NOT_MET,
                remaining,
                remaining > 0
                    ? neededOfRemaining(cmp, num, pd, remaining, t)
                    : OptionalLong.empty()));
      }
    }
    return b.build();
  }

  private static Indicator indicatorOf(Target target) {
    Optional<String> why = whyNotMeasurable(target);
    if (why.isPresent()) {
      throw new IllegalArgumentException("target not measurable: " + why.get());
    }
    return Indicator.parse(target.indicator().orElseThrow());
  }

  /** num/den compared with the fraction t, exactly. */
  static boolean holds(Comparison cmp, long num, long den, Ratio t) {
    Percentage actual = Ratio.of(num, den).toPercentage();
    return cmp.holds(actual, t.toPercentage());
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  /**
   * The largest k such that the target still holds after k more adverse dossiers: for GT/GE/EQ an
   * adverse dossier adds to the denominator only; for LT/LE it adds to both.
   */
  static long budget(Comparison cmp, long num, long den, Ratio t) {
    BigInteger p = t.numerator();
    BigInteger q = t.denominator();
    switch (cmp) {
      case GT:
      case GE:
        {
          // num/(den+k) >= p/q  <=>  k <= num*q/p - den (strict for GT)
          if (p.signum() == 0) {
            return cmp == Comparison.GE ? Long.MAX_VALUE : (num > 0 ? Long.MAX_VALUE : 0);
          }
          BigInteger x = big(num).multiply(q).subtract(big(den).multiply(p));
          BigInteger[] qr = x.divideAndRemainder(p);
          BigInteger k = qr[0];
          if (cmp == Comparison.GT && qr[1].signum() == 0) {
            k = k.subtract(BigInteger.ONE);
          }
          return k.max(BigInteger.ZERO).longValueExact();
        }
      case LT:
      case LE:
        {
          // (num+k)/(den+k) <= p/q  <=>  k (q-p) <= p*den - q*num (strict for LT)
          BigInteger room = t.numerator().multiply(big(den)).subtract(q.multiply(big(num)));
          BigInteger step = q.subtract(p);
          if (step.signum() <= 0) {
            return Long.MAX_VALUE;
          }
          BigInteger[] qr = room.divideAndRemainder(step);
          BigInteger k = qr[0];
          if (cmp == Comparison.LT && qr[1].signum() == 0) {
            k = k.subtract(BigInteger.ONE);
          }
          return k.max(BigInteger.ZERO).longValueExact();
        }
      default:
        return 0; // EQ: any adverse dossier breaks it
    }
  }

  /**
   * With {@code remaining} more dossiers to come and {@code total} in the end: for a lower bound
   * the fewest of them in the numerator that make {@code (num + x) / total} hold, for an upper
   * bound the most; empty if no x from 0 to {@code remaining} makes it hold.
   */
  static OptionalLong neededOfRemaining(
      Comparison cmp, long num, long total, long remaining, Ratio t) {
    BigInteger p = t.numerator();
    BigInteger q = t.denominator();
    // x compared with (p * total - q * num) / q
    BigInteger[] qr = p.multiply(big(total)).subtract(q.multiply(big(num))).divideAndRemainder(q);
    BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    boolean exact = qr[1].signum() == 0;
    BigInteger x;
    switch (cmp) {
      case GT:
        x = floor.add(BigInteger.ONE);
        break;
      case GE:
      case EQ:
        x = exact ? floor : floor.add(BigInteger.ONE);
        break;
      case LT:
        x = exact ? floor.subtract(BigInteger.ONE) : floor;
        break;
      case LE:
        x = floor;
        break;
      default:
        return OptionalLong.empty();
    }
    boolean upper = cmp == Comparison.LT || cmp == Comparison.LE;
    if (upper) {
      return x.signum() < 0
          ? OptionalLong.empty()
          : OptionalLong.of(x.min(big(remaining)).longValueExact());
    }
    x = x.max(BigInteger.ZERO);
    return x.compareTo(big(remaining)) > 0
        ? OptionalLong.empty()
        : OptionalLong.of(x.longValueExact());
  }

  /**
   * The smallest k of favourable dossiers (no adverse one) that makes the target hold, if any: for
   * GT/GE/EQ a favourable dossier adds to both; for LT/LE to the denominator only.
   */
  static OptionalLong needed(Comparison cmp, long num, long den, Ratio t) {
    BigInteger p = t.numerator();
    BigInteger q = t.denominator();
    switch (cmp) {
      case GT:
      case GE:
        {
          // (num+k)/(den+k) >= p/q  <=>  k (q-p) >= p*den - q*num
          BigInteger need = p.multiply(big(den)).subtract(q.multiply(big(num)));
          BigInteger step = q.subtract(p);
          if (step.signum() <= 0) {
            return OptionalLong.empty();
          }
          BigInteger[] qr = need.divideAndRemainder(step);
          BigInteger k = qr[0];
          if (qr[1].signum() > 0 || cmp == Comparison.GT) {
            k = k.add(BigInteger.ONE);
          }
          return OptionalLong.of(k.max(BigInteger.ZERO).longValueExact());
        }
      case LT:
      case LE:
        {
          // num/(den+k) <= p/q  <=>  k >= num*q/p - den
          if (p.signum() == 0) {
            return OptionalLong.empty();
          }
          BigInteger need = big(num).multiply(q).subtract(big(den).multiply(p));
          BigInteger[] qr = need.divideAndRemainder(p);
          BigInteger k = qr[0];
          if (qr[1].signum() > 0 || cmp == Comparison.LT) {
            k = k.add(BigInteger.ONE);
          }
          return OptionalLong.of(k.max(BigInteger.ZERO).longValueExact());
        }
      default:
        return OptionalLong.empty();
    }
  }
}
