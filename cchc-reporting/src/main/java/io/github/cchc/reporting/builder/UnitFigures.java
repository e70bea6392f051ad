package io.github.cchc.reporting.builder;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * The figures of one unit on one indicator: the unit's name, the numerator and the denominator (for
 * the on-time rate: dossiers settled on time or early, and dossiers settled).
 *
 * <pre>{@code
 * UnitFigures justice = UnitFigures.of("Sở Tư pháp", 985, 1000); // 98,50%
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = UnitFiguresBuilder.class)
public abstract class UnitFigures {
  UnitFigures() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static UnitFiguresBuilder builder() {
    return new UnitFiguresBuilder();
  }

  /**
   * The figures of a unit.
   *
   * @param unit the unit's name, normalised to NFC
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, at least the numerator
   * @return the figures
   */
  public static UnitFigures of(String unit, long numerator, long denominator) {
    return builder().unit(unit).numerator(numerator).denominator(denominator).build();
  }

  /**
   * The unit's name.
   *
   * @return the name, in NFC
   */
  public abstract String unit();

  /**
   * The numerator.
   *
   * @return the numerator
   */
  public abstract long numerator();

  /**
   * The denominator; 0 when the unit had nothing to measure.
   *
   * @return the denominator
   */
  public abstract long denominator();

  @Value.Check
  UnitFigures check() {
    if (numerator() < 0 || denominator() < numerator()) {
      throw new IllegalArgumentException(
          "figures of '"
              + unit()
              + "': need 0 <= numerator <= denominator, got "
              + numerator()
              + "/"
              + denominator());
    }
    return Normalizer.isNormalized(unit(), Normalizer.Form.NFC)
        ? this
        : of(Normalizer.normalize(unit(), Normalizer.Form.NFC), numerator(), denominator());
  }
}
