package io.github.cchc.indicators.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcResultStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of an {@link Indicator} for one group, kept as numerator and denominator (exact), with
 * the {@link Definition} that chose which dossiers count. The rate is undefined when the
 * denominator is zero (no dossier to measure).
 *
 * <pre>{@code
 * IndicatorValue v = IndicatorValue.of("all", Indicator.ON_TIME, Definition.PROVINCIAL, 635593, 643272);
 * v.percent(4);        // Optional[98.8063]
 * v.format();          // "98,81%"
 * v.compareTo(98, 100) > 0;  // true: above 98%
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = IndicatorValueBuilder.class)
public abstract class IndicatorValue {
  IndicatorValue() {}

  /** Returns the group it measures ("all", an agency, a month ...). */
  @JsonProperty("group")
  public abstract String group();

  /** Returns the indicator. */
  @JsonProperty("indicator")
  public abstract Indicator indicator();

  /** Returns the definition used. */
  @JsonProperty("definition")
  public abstract Definition definition();

  /** Returns the numerator: the dossiers that meet the indicator. */
  @JsonProperty("numerator")
  public abstract long numerator();

  /** Returns the denominator: the dossiers it is measured on. */
  @JsonProperty("denominator")
  public abstract long denominator();

  /** Returns whether the rate is defined (the denominator is not zero). Not a JSON property. */
  @JsonIgnore
  public boolean isDefined() {
    return denominator() != 0;
  }

  /**
   * Returns the rate as a percentage rounded half-even to {@code scale} decimals, empty if the
   * denominator is zero. Rounding is for display; compare with {@link #compareTo(long, long)}.
   *
   * @param scale the number of decimals
   * @return the percentage, e.g. 98.8063 for scale 4
   */
  public Optional<BigDecimal> percent(int scale) {
    if (denominator() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator()), scale, RoundingMode.HALF_EVEN));
  }

  /**
   * Compares the exact rate with the fraction {@code p / q}, without rounding.
   *
   * @param p numerator of the fraction (98 for 98% as 98/100)
   * @param q denominator of the fraction, positive
   * @return negative, zero or positive as the rate is below, equal to or above {@code p / q}
   * @throws IllegalStateException if the rate is undefined
   */
  public int compareTo(long p, long q) {
    if (denominator() == 0) {
      throw new IllegalStateException("rate of " + indicator().id() + " is undefined: no dossier");
    }
    return Math.multiplyHigh(numerator(), q) == 0 && Math.multiplyHigh(p, denominator()) == 0
        ? Long.compare(numerator() * q, p * denominator())
        : BigDecimal.valueOf(numerator())
            .multiply(BigDecimal.valueOf(q))
            .compareTo(BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(denominator())));
  }

  /** Returns the percentage as people read it in Vietnamese, "98,81%", or "—" if undefined. */
  public String format() {
    return percent(2).map(p -> p.toPlainString().replace('.', ',') + "%").orElse("—");
  }

  @Value.Check
  void check() {
    if (numerator() < 0 || denominator() < 0 || numerator() > denominator()) {
      throw new IllegalArgumentException(
          "need 0 <= numerator <= denominator: " + numerator() + "/" + denominator());
    }
  }

  /**
   * Returns the value of {@code indicator} for {@code group}.
   *
   * @param group the group
   * @param indicator the indicator
   * @param definition the definition used
   * @param numerator the dossiers that meet it
   * @param denominator the dossiers it is measured on
   * @return the value
   */
  public static IndicatorValue of(
      String group, Indicator indicator, Definition definition, long numerator, long denominator) {
    return builder()
        .group(group)
        .indicator(indicator)
        .definition(definition)
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  static IndicatorValueBuilder builder() {
    return new IndicatorValueBuilder();
  }
}
