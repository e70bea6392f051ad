/**
 * Indicators computed from a {@link io.github.cchc.indicators.tally.Tally}, with numerator and
 * denominator kept: on-time, early and late rates, fully-online and online-submission rates, the
 * online-payment rate and the digitisation rates.
 *
 * <p>Which dossiers count differs between a province's reports and the national real-time index of
 * Quyết định 766/QĐ-TTg, so the {@link io.github.cchc.indicators.indicator.Definition} is an
 * explicit choice — {@link io.github.cchc.indicators.indicator.Definition#PROVINCIAL} by default —
 * and every {@link io.github.cchc.indicators.indicator.IndicatorValue} says which one it used.
 *
 * <pre>{@code
 * List<IndicatorValue> values = Indicators.compute(tally, Definition.PROVINCIAL);
 * IndicatorValue v = Indicators.total(tally, Indicator.ON_TIME, Definition.PROVINCIAL);
 * v.numerator();   // 635593
 * v.denominator(); // 643272
 * v.percent(2);    // Optional[98.81]
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.indicators.indicator;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
