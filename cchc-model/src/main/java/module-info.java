/**
 * cchc-model: the vocabulary of CCHC (documents, legal references, plans, targets, units, dossiers)
 * as immutable values, with Vietnamese parsing and formatting.
 *
 * <p>Apache POI ({@code org.apache.poi:poi-ooxml}, {@code poi-scratchpad}), PDFBox and jsoup are
 * optional: {@code PlanReader} needs them only for {@code .docx}, {@code .doc}, {@code .pdf} and
 * {@code .html} files. On the module path add them with {@code --add-modules org.apache.poi.ooxml}
 * (and so on), since a {@code requires static} module is not resolved by itself.
 */
module io.github.cchc.model {
  exports io.github.cchc.model;
  exports io.github.cchc.model.document;
  exports io.github.cchc.model.dossier;
  exports io.github.cchc.model.jackson;
  exports io.github.cchc.model.plan;
  exports io.github.cchc.model.quantity;
  exports io.github.cchc.model.text;
  exports io.github.cchc.model.unit;

  // Jackson reads and writes the values through their hidden Immutables implementations.
  opens io.github.cchc.model to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.document to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.dossier to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.jackson to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.plan to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.quantity to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.text to
      com.fasterxml.jackson.databind;
  opens io.github.cchc.model.unit to
      com.fasterxml.jackson.databind;

  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires java.xml;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;
  requires static org.apache.poi.ooxml.schemas;
  requires static org.apache.poi.scratchpad;
  requires static org.apache.pdfbox;
  requires static org.apache.pdfbox.io;
  requires static org.commonmark;
  requires static org.commonmark.ext.gfm.tables;
  requires static org.jsoup;

  provides com.fasterxml.jackson.databind.Module with
      io.github.cchc.model.jackson.CchcModule;
}
