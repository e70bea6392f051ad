package io.github.cchc.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcResultStyle;
import io.github.cchc.model.plan.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The result of one target whatever measured it — dossiers ({@link TargetEvaluation}), the plan's
 * task progress or published figures ({@link MeasureEvaluator}) — in the columns of {@code cchc
 * evaluate --format csv}: the indicators used, numerator and denominator (dossiers, tasks, a count
 * out of a total, a rank out of the units ranked), the rate or value, the verdict, the gap, the
 * remaining budget, what is needed, and the documents the figures come from.
 *
 * <pre>{@code
 * TargetResult r = MeasureEvaluator.evaluate(target, progress, measures, period, asOf);
 * r.indicatorIds();  // "par_index+sipas"
 * r.verdict();       // MET: both improved on 2023
 * r.describe();      // "par_index 86,20 (2023: 84,05) better; sipas 84,10% (2023: 82,52%) better ..."
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = TargetResultBuilder.class)
public abstract class TargetResult {
  TargetResult() {}

  static TargetResultBuilder builder() {
    return new TargetResultBuilder();
  }

  /**
   * Returns the result of an evaluation on dossiers.
   *
   * @param e the evaluation
   * @return the same figures as a result
   */
  public static TargetResult of(TargetEvaluation e) {
    TargetResultBuilder b =
        builder()
            .target(e.target())
            .addIndicators(e.value().indicator().id())
            .verdict(e.verdict())
            .reason(e.reason())
            .numerator(BigDecimal.valueOf(e.value().numerator()))
            .denominator(BigDecimal.valueOf(e.value().denominator()))
            .description(e.describe(Locale.ENGLISH));
    e.value().percent(4).ifPresent(b::rate);
    e.gap().ifPresent(g -> b.gap(g.toBigDecimal(4, RoundingMode.HALF_EVEN)));
    e.remainingBudget().ifPresent(b::remainingBudget);
    e.needed().ifPresent(b::needed);
    return b.build();
  }

  /** Returns the target. */
  @JsonProperty("target")
  public abstract Target target();

  /** Returns the indicators used, in the target's order. */
  @JsonProperty("indicators")
  public abstract List<String> indicators();

  /** Returns the ids of {@link #indicators()} joined by {@code +}: "par_index+sipas". */
  public String indicatorIds() {
    return String.join("+", indicators());
  }

  /** Returns the verdict. */
  @JsonProperty("verdict")
  public abstract Verdict verdict();

  /** Returns why the verdict is what it is, in a short phrase. */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Returns the numerator: dossiers or tasks counted, a published count, or a rank; empty for an
   * index score or a published percentage.
   */
  @JsonProperty("numerator")
  public abstract Optional<BigDecimal> numerator();

  /** Returns the denominator: dossiers or tasks measured on, the total or the units ranked. */
  @JsonProperty("denominator")
  public abstract Optional<BigDecimal> denominator();

  /**
   * Returns the measured rate in percent (4 decimals, half-even, for display) or the published
   * value of a single index; empty for a rank or several indices.
   */
  @JsonProperty("rate")
  public abstract Optional<BigDecimal> rate();

  /**
   * Returns the gap: rate minus threshold in percentage points (positive: above), places to spare
   * for a rank (threshold minus rank), or the change on the base year for a single index (positive:
   * better); 4 decimals.
   */
  @JsonProperty("gap")
  public abstract Optional<BigDecimal> gap();

  /** Returns, while the target holds, how many more adverse items it tolerates. */
  @JsonProperty("remainingBudget")
  public abstract OptionalLong remainingBudget();

  /** Returns, while it does not hold, how many more favourable items would make it hold. */
  @JsonProperty("needed")
  public abstract OptionalLong needed();

  /**
   * Returns the figures compared, as people read them, for a target on indices: "PAR INDEX 86,20
   * điểm (năm 2023: 84,05 điểm); SIPAS 81,90% (năm 2023: 82,52%)"; empty for a rate or a rank.
   */
  @JsonProperty("figures")
  public abstract Optional<String> figures();

  /** Returns the documents the figures were published in. */
  @JsonProperty("sources")
  public abstract List<String> sources();

  /** Returns one line for people. */
  @JsonProperty("description")
  public abstract String description();

  /** Returns {@link #description()}. */
  public String describe() {
    return description();
  }
}
