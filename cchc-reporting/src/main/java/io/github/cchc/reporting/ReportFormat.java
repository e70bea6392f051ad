package io.github.cchc.reporting;

import io.github.cchc.reporting.csv.CsvRenderer;
import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.render.MissingLibraryException;
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
   * A renderer of this format. PDF needs openhtmltopdf ({@code
   * io.github.openhtmltopdf:openhtmltopdf-pdfbox}), DOCX and XLSX need Apache POI ({@code
   * org.apache.poi:poi-ooxml}): optional dependencies of cchc-reporting that the application adds.
   * (Constructing {@code PdfRenderer}, {@code DocxRenderer} or {@code XlsxRenderer} directly
   * without them fails with the JVM's {@code NoClassDefFoundError}.)
   *
   * @return the renderer
   * @throws io.github.cchc.reporting.render.MissingLibraryException if the library the format needs
   *     is not there; the message names the artifact to add
   */
  public ReportRenderer renderer() {
    switch (this) {
      case HTML:
        return HtmlRenderer.page();
      case PDF:
        MissingLibraryException.require(
            "PDF",
            "com.openhtmltopdf.pdfboxout.PdfRendererBuilder",
            "io.github.openhtmltopdf:openhtmltopdf-pdfbox",
            "openhtmltopdf.pdfbox");
        return new PdfRenderer();
      case DOCX:
        MissingLibraryException.require(
            "DOCX",
            "org.apache.poi.xwpf.usermodel.XWPFDocument",
            "org.apache.poi:poi-ooxml",
            "org.apache.poi.ooxml");
        return new DocxRenderer();
      case XLSX:
        MissingLibraryException.require(
            "XLSX",
            "org.apache.poi.xssf.usermodel.XSSFWorkbook",
            "org.apache.poi:poi-ooxml",
            "org.apache.poi.ooxml");
        return new XlsxRenderer();
      case CSV:
        return new CsvRenderer();
      default:
        return new JsonRenderer();
    }
  }
}
