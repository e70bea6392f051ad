/**
 * cchc-reporting: reports in the official Vietnamese layout, a data-first report model, its
 * builders and renderers.
 *
 * <p>HTML, JSON, CSV and SVG need nothing more. The DOCX and XLSX renderers need Apache POI ({@code
 * org.apache.poi:poi-ooxml}) and the PDF renderer needs openhtmltopdf ({@code
 * io.github.openhtmltopdf:openhtmltopdf-pdfbox}); on the module path add them with {@code
 * --add-modules}, since a {@code requires static} module is not resolved by itself.
 */
module io.github.cchc.reporting {
  exports io.github.cchc.reporting;
  exports io.github.cchc.reporting.builder;
  exports io.github.cchc.reporting.csv;
  exports io.github.cchc.reporting.docx;
  exports io.github.cchc.reporting.html;
  exports io.github.cchc.reporting.json;
  exports io.github.cchc.reporting.model;
  exports io.github.cchc.reporting.pdf;
  exports io.github.cchc.reporting.render;
  exports io.github.cchc.reporting.svg;
  exports io.github.cchc.reporting.xlsx;

  // Jackson reads and writes the values through their hidden Immutables implementations.
  opens io.github.cchc.reporting to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.builder to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.csv to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.docx to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.html to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.json to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.model to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.pdf to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.render to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.svg to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.reporting.xlsx to
      com.fasterxml.jackson.databind;

  requires transitive io.github.cchc.indicators;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires de.siegmar.fastcsv;
  requires owasp.encoder;
  requires java.desktop;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;
  requires static org.apache.poi.ooxml.schemas;
  requires static org.apache.commons.compress;
  requires static org.apache.pdfbox;
  requires static org.apache.pdfbox.io;
  requires static org.apache.fontbox;
  requires static openhtmltopdf.core;
  requires static openhtmltopdf.pdfbox;
}
