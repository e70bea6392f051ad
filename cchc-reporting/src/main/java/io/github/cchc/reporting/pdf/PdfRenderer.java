package io.github.cchc.reporting.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportFonts;
import io.github.cchc.reporting.render.ReportRenderer;
import io.github.cchc.reporting.render.Reproducible;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a {@link Report} as PDF in the official layout (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4,
 * margins 20 mm top and bottom, 30 mm left, 15 mm right, Liberation Serif (Times New Roman's
 * metrics) embedded, page numbers from page 2.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("bao-cao.pdf"))) {
 *   new PdfRenderer().render(report, out);
 * }
 * }</pre>
 *
 * <p>The layout is the one of {@link HtmlRenderer#page()}, with charts as PNG pictures.
 */
public final class PdfRenderer implements ReportRenderer {
  private static final HtmlRenderer HTML = HtmlRenderer.page().withPngCharts();

  /** A PDF renderer. */
  public PdfRenderer() {}

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    font(builder, ReportFonts.Style.REGULAR, 400, FontStyle.NORMAL);
    font(builder, ReportFonts.Style.BOLD, 700, FontStyle.NORMAL);
    font(builder, ReportFonts.Style.ITALIC, 400, FontStyle.ITALIC);
    font(builder, ReportFonts.Style.BOLD_ITALIC, 700, FontStyle.ITALIC);
    builder.withHtmlContent(HTML.render(report), null);
    builder.withProducer("cchc-sdk");
    builder.toStream(out);
    // the document id and creation date from the report, not the clock: same bytes every run
    Instant time = Reproducible.timeOf(report);
    Calendar created = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"), Locale.ROOT);
    created.setTimeInMillis(time.toEpochMilli());
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      PDDocument doc = renderer.createPDFKeepOpen();
      doc.setDocumentId(time.toEpochMilli());
      doc.getDocumentInformation().setCreationDate(created);
      doc.save(out);
    }
  }

  private static void font(
      PdfRendererBuilder builder, ReportFonts.Style style, int weight, FontStyle fs) {
    builder.useFont(() -> ReportFonts.open(style), ReportFonts.FAMILY, weight, fs, true);
    // Times New Roman, asked for first by the style sheet, resolves to the same metric-compatible
    // font.
    builder.useFont(() -> ReportFonts.open(style), "Times New Roman", weight, fs, true);
  }
}
