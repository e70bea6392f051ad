/**
 * cchc-indicators: the Vietnamese working-day calendar, dossier readers and tallies, indicators,
 * target evaluation and scorecards.
 *
 * <p>Apache POI ({@code org.apache.poi:poi-ooxml}) is optional: {@code DossierReader} needs it only
 * for {@code .xlsx} and {@code .xls} exports. On the module path add it with {@code --add-modules
 * org.apache.poi.ooxml}, since a {@code requires static} module is not resolved by itself.
 */
module io.github.cchc.indicators {
  exports io.github.cchc.indicators.calendar;
  exports io.github.cchc.indicators.evaluation;
  exports io.github.cchc.indicators.indicator;
  exports io.github.cchc.indicators.io;
  exports io.github.cchc.indicators.measure;
  exports io.github.cchc.indicators.period;
  exports io.github.cchc.indicators.progress;
  exports io.github.cchc.indicators.scorecard;
  exports io.github.cchc.indicators.statistics;
  exports io.github.cchc.indicators.tally;

  // Jackson reads and writes the values through their hidden Immutables implementations.
  opens io.github.cchc.indicators.calendar to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.evaluation to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.indicator to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.io to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.measure to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.period to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.progress to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.scorecard to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.statistics to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.indicators.tally to
      com.fasterxml.jackson.databind;

  requires transitive io.github.cchc.model;
  requires transitive org.threeten.extra;
  requires transitive java.sql;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;
  requires java.xml;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;
  requires static org.apache.poi.ooxml.schemas;
}
