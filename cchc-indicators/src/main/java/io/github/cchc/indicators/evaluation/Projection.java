package io.github.cchc.indicators.evaluation;

import io.github.cchc.model.quantity.Percentage;
import org.immutables.value.Value;

/**
 * Where the counts end at the end of the period if the pace so far continues: numerator and
 * denominator scaled by the days of the period over the days elapsed (rounded down), the rate they
 * give and the verdict it would be.
 *
 * <pre>{@code
 * Projection p = evaluation.projection().orElseThrow();
 * p.denominator();  // 1204: dossiers expected by 31/12
 * p.verdict();      // MET at this pace
 * }</pre>
 */
@Value.Immutable
public abstract class Projection {
  Projection() {}

  /** Returns the projected numerator. */
  public abstract long numerator();

  /** Returns the projected denominator. */
  public abstract long denominator();

  /** Returns the projected rate. */
  public abstract Percentage percentage();

  /** Returns the verdict the projected rate would give at the end of the period. */
  public abstract Verdict verdict();

  static Projection of(long numerator, long denominator, Percentage p, Verdict v) {
    return new ProjectionBuilder()
        .numerator(numerator)
        .denominator(denominator)
        .percentage(p)
        .verdict(v)
        .build();
  }
}
