package io.github.cchc.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.model.CchcResultStyle;
import io.github.cchc.model.plan.Comparison;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.quantity.Ratio;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The evaluation of one target: the indicator value it was measured on (numerator, denominator and
 * definition), the verdict, the exact gap to the threshold, the remaining budget or what is needed
 * to recover, and a projection to the end of the period.
 *
 * <pre>{@code
 * TargetEvaluation e = TargetEvaluator.evaluate(target, value, period, asOf);
 * e.verdict();          // NOT_MET
 * e.gap();              // Optional[-23]: percentage points below the threshold
 * e.needed();           // OptionalLong[147]: more on-time dossiers, with no late one, to reach > 98%
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = TargetEvaluationBuilder.class)
@JsonIgnoreProperties(
    value = {"actual", "gap"},
    allowGetters = true)
public abstract class TargetEvaluation {
  TargetEvaluation() {}

  /** Returns the target. */
  @JsonProperty("target")
  public abstract Target target();

  /** Returns the indicator value it was measured on. */
  @JsonProperty("value")
  public abstract IndicatorValue value();

  /** Returns the label of the period measured ("2024"). */
  @JsonProperty("period")
  public abstract String period();

  /** Returns the day it was evaluated on. */
  @JsonProperty("asOf")
  public abstract LocalDate asOf();

  /** Returns the verdict. */
  @JsonProperty("verdict")
  public abstract Verdict verdict();

  /** Returns why the verdict is what it is, in a short phrase. */
  @JsonProperty("reason")
  public abstract String reason();

  /** Returns the measured rate, empty when there is no dossier. */
  @JsonProperty("actual")
  public Optional<Percentage> actual() {
    return value().isDefined()
        ? Optional.of(Ratio.of(value().numerator(), value().denominator()).toPercentage())
        : Optional.empty();
  }

  /**
   * Returns the measured rate minus the threshold, in percentage points, exact (positive: above the
   * threshold); empty when there is no dossier.
   */
  @JsonProperty("gap")
  public Optional<Ratio> gap() {
    return actual().map(a -> a.points().minus(target().threshold().orElseThrow().points()));
  }

  /**
   * Returns, while the target holds, how many more adverse dossiers it tolerates from the current
   * counts (for an on-time target: late dossiers; for a "late ≤ X%" target: late ones too); empty
   * when it does not hold now.
   */
  @JsonProperty("remainingBudget")
  public abstract OptionalLong remainingBudget();

  /**
   * Returns, while the target does not hold, how many more favourable dossiers (and no adverse one)
   * would make it hold; empty when it holds or when no number of dossiers can (a "100%" target
   * after one failure).
   */
  @JsonProperty("needed")
  public abstract OptionalLong needed();

  /** Returns the projection to the end of the period, while the period is not over. */
  @JsonProperty("projection")
  public abstract Optional<Projection> projection();

  /**
   * Returns one line for people, in Vietnamese: "on_time 75,00% (3/4, provincial) &gt; 98%: không
   * đạt (kỳ 2024 đã kết thúc), chênh lệch -23,00 điểm phần trăm, cần thêm 47 hồ sơ đúng hạn".
   *
   * @return the line, as {@link #describe(Locale)} gives it for Vietnamese
   */
  public String describe() {
    return VietnameseTexts.describe(this);
  }

  /**
   * Returns one line for people in the language of {@code locale}: English for an English locale
   * ("on_time 75,00% (3/4, provincial) &gt; 98%: NOT_MET (period 2024 over), gap -23,00 points, 147
   * more on-time dossiers needed"), Vietnamese ({@link #describe()}) for every other.
   *
   * @param locale the language wanted
   * @return the line
   */
  public String describe(Locale locale) {
    if (!VietnameseTexts.english(locale)) {
      return VietnameseTexts.describe(this);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(value().indicator().id()).append(' ');
    sb.append(actual().map(a -> a.format(2)).orElse("—"));
    sb.append(" (").append(value().numerator()).append('/').append(value().denominator());
    sb.append(", ").append(value().definition().id()).append(") ");
    sb.append(target().comparator().symbol()).append(' ');
    sb.append(target().threshold().orElseThrow()).append(": ").append(verdict());
    sb.append(" (").append(reason()).append(')');
    gap()
        .ifPresent(
            g ->
                sb.append(", gap ")
                    .append(g.signum() >= 0 ? "+" : "")
                    .append(
                        g.toBigDecimal(2, Percentage.DISPLAY_ROUNDING)
                            .toPlainString()
                            .replace('.', ','))
                    .append(" points"));
    boolean upper =
        target().comparator() == Comparison.LT || target().comparator() == Comparison.LE;
    String in = words(value().indicator(), true);
    String out = words(value().indicator(), false);
    remainingBudget()
        .ifPresent(
            b ->
                sb.append(", at most ")
                    .append(b)
                    .append(" more ")
                    .append(upper ? in : out)
                    .append(" keep it"));
    needed()
        .ifPresent(
            n ->
                sb.append(", ")
                    .append(n)
                    .append(" more ")
                    .append(upper ? out : in)
                    .append(" needed"));
    projection()
        .ifPresent(
            p ->
                sb.append(", projected ")
                    .append(p.percentage().format(2))
                    .append(" (")
                    .append(p.numerator())
                    .append('/')
                    .append(p.denominator())
                    .append(") ")
                    .append(p.verdict()));
    projection().filter(p -> p.remaining() > 0).ifPresent(p -> sb.append(rest(p, upper, in)));
    return sb.toString();
  }

  /** What the dossiers still expected must do, for {@link #describe(Locale)}. */
  private static String rest(Projection p, boolean upper, String in) {
    long r = p.remaining();
    if (p.neededOfRemaining().isEmpty()) {
      return "; even the " + r + " still expected cannot make it at this pace";
    }
    long n = p.neededOfRemaining().getAsLong();
    if (upper ? n == r : n == 0) {
      return "; it holds whatever the " + r + " still expected are";
    }
    return "; of the "
        + r
        + " still expected, "
        + (upper ? "at most " : "at least ")
        + n
        + " ("
        + p.neededShareOfRemaining().orElseThrow().format(2)
        + ") "
        + (upper ? "may be " : "must be ")
        + in;
  }

  /** What a dossier in ({@code true}) or out of the numerator of {@code i} is called. */
  private static String words(Indicator i, boolean inNumerator) {
    switch (i) {
      case ON_TIME:
        return inNumerator ? "on-time dossiers" : "late dossiers";
      case EARLY:
        return inNumerator ? "early dossiers" : "dossiers not early";
      case LATE:
        return inNumerator ? "late dossiers" : "on-time dossiers";
      case FULLY_ONLINE:
        return inNumerator ? "fully online dossiers" : "dossiers not fully online";
      case ONLINE_SUBMISSION:
        return inNumerator ? "online dossiers" : "dossiers not submitted online";
      case ONLINE_PAYMENT:
        return inNumerator ? "dossiers paid online" : "dossiers not paid online";
      case RESULT_DIGITISED:
        return inNumerator ? "digitised results" : "results not digitised";
      default:
        return inNumerator ? "digitised dossiers" : "dossiers not digitised";
    }
  }

  static TargetEvaluationBuilder builder() {
    return new TargetEvaluationBuilder();
  }
}
