/**
 * Published measures: the figures no dossier export holds, taken from the document that published
 * them — the share of procedures published ({@code procedures_published}, %), the PAR INDEX ({@code
 * par_index}, points), SIPAS ({@code sipas}, %), the PAR INDEX rank ({@code par_index_rank}, out of
 * the units ranked) and any other id a target maps to — one {@link
 * io.github.cchc.indicators.measure.PublishedMeasure} per indicator and period, with its source.
 *
 * <pre>{@code
 * PublishedMeasures m = PublishedMeasures.of(rows);
 * m.find("par_index", "2023").map(PublishedMeasure::value);  // Optional[84.05]
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.indicators.measure;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
