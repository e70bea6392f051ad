package io.github.cchc.reporting;

import io.github.cchc.reporting.csv.CsvRenderer;
import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.render.ReportRenderer;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.util.Locale;

/**
 * The file formats of a report, by the names the command line uses ({@code html}, {@code pdf},
 * {@code docx}, {@code xlsx}, {@code csv}, {@code json}).
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportFormat.parse("pdf").renderer();
 * }</pre>
 */
public enum ReportFormat {
  /** A standalone HTML page ({@link HtmlRenderer#page()}). */
  HTML,
  /** PDF ({@link PdfRenderer}). */
  PDF,
  /** Word ({@link DocxRenderer}). */
  DOCX,
  /** Excel ({@link XlsxRenderer}). */
  XLSX,
  /** CSV for Excel ({@link CsvRenderer}). */
  CSV,
  /** JSON ({@link JsonRenderer}). */
  JSON;

  /**
   * The format of a name, case-insensitive.
   *
   * @param name "html", "pdf", "docx", "xlsx", "csv" or "json"
   * @return the format
   * @throws IllegalArgumentException for another name
   */
  public static ReportFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown report format '" + name + "': use html, pdf, docx, xlsx, csv or json", e);
    }
  }

  /**
   * A renderer of this format.
   *
   * @return the renderer
   */
  public ReportRenderer renderer() {
    switch (this) {
      case HTML:
        return HtmlRenderer.page();
      case PDF:
        return new PdfRenderer();
      case DOCX:
        return new DocxRenderer();
      case XLSX:
        return new XlsxRenderer();
      case CSV:
        return new CsvRenderer();
      default:
        return new JsonRenderer();
    }
  }
}
