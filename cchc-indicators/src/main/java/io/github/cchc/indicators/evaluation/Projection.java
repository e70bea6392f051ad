package io.github.cchc.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcResultStyle;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.quantity.Ratio;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where the counts end at the end of the period if the pace so far continues: numerator and
 * denominator scaled by the days of the period over the days elapsed (rounded down), the rate they
 * give and the verdict it would be; and what the dossiers still expected must do for the target to
 * hold at the end.
 *
 * <pre>{@code
 * Projection p = evaluation.projection().orElseThrow();
 * p.denominator();  // 1204: dossiers expected by 31/12
 * p.verdict();      // MET at this pace
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = ProjectionBuilder.class)
@JsonIgnoreProperties(
    value = {"neededShareOfRemaining"},
    allowGetters = true)
public abstract class Projection {
  Projection() {}

  /** Returns the projected numerator. */
  @JsonProperty("numerator")
  public abstract long numerator();

  /** Returns the projected denominator. */
  @JsonProperty("denominator")
  public abstract long denominator();

  /** Returns the projected rate. */
  @JsonProperty("percentage")
  public abstract Percentage percentage();

  /** Returns the verdict the projected rate would give at the end of the period. */
  @JsonProperty("verdict")
  public abstract Verdict verdict();

  /**
   * Returns how many more dossiers the denominator is expected to get by the end of the period: the
   * projected denominator less the current one.
   */
  @JsonProperty("remaining")
  public abstract long remaining();

  /**
   * Returns what the {@link #remaining()} dossiers must do for the target to hold at the end, with
   * the projected denominator: for a lower bound ({@code >, ≥, =}) the fewest of them that must
   * count in the numerator ("at least 27 650 of the 27 700 still expected on time"), for an upper
   * bound ({@code <, ≤}) the most of them that may ("at most 550 late"). Empty when no outcome of
   * the remaining dossiers can make the target hold, or none are expected.
   */
  @JsonProperty("neededOfRemaining")
  public abstract OptionalLong neededOfRemaining();

  /** Returns {@link #neededOfRemaining()} as a share of {@link #remaining()}. */
  @JsonProperty("neededShareOfRemaining")
  public Optional<Percentage> neededShareOfRemaining() {
    OptionalLong n = neededOfRemaining();
    return n.isPresent()
        ? Optional.of(Ratio.of(n.getAsLong(), remaining()).toPercentage())
        : Optional.empty();
  }

  static Projection of(
      long numerator,
      long denominator,
      Percentage p,
      Verdict v,
      long remaining,
      OptionalLong neededOfRemaining) {
    return new ProjectionBuilder()
        .numerator(numerator)
        .denominator(denominator)
        .percentage(p)
        .verdict(v)
        .remaining(remaining)
        .neededOfRemaining(neededOfRemaining)
        .build();
  }
}
