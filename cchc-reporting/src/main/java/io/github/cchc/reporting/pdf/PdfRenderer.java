package io.github.cchc.reporting.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportFonts;
import io.github.cchc.reporting.render.ReportRenderer;
import io.github.cchc.reporting.render.Reproducible;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
    List<TrueTypeFont> fonts = new ArrayList<>(4);
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      font(builder, doc, fonts, ReportFonts.Style.REGULAR, 400, FontStyle.NORMAL);
      font(builder, doc, fonts, ReportFonts.Style.BOLD, 700, FontStyle.NORMAL);
      font(builder, doc, fonts, ReportFonts.Style.ITALIC, 400, FontStyle.ITALIC);
      font(builder, doc, fonts, ReportFonts.Style.BOLD_ITALIC, 700, FontStyle.ITALIC);
      builder.withW3cDocument(parse(HTML.render(report)), null);
      builder.withProducer("cchc-sdk");
      builder.toStream(out);
      // the document id and creation date from the report, not the clock: same bytes every run
      Instant time = Reproducible.timeOf(report);
      Calendar created =
          Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"), Locale.ROOT);
      created.setTimeInMillis(time.toEpochMilli());
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        PDDocument pdf = renderer.createPDFKeepOpen();
        pdf.setDocumentId(time.toEpochMilli());
        pdf.getDocumentInformation().setCreationDate(created);
        pdf.save(out);
      }
    } finally {
      for (TrueTypeFont ttf : fonts) {
        ttf.close();
      }
    }
  }

  /**
   * Parses the page (well-formed XML) with a parser factory made once: openhtmltopdf's own {@code
   * withHtmlContent} looks up a SAX parser and an XSLT transformer factory on the class path and
   * copies the SAX events into a DOM through an identity transform for every document. No DTD or
   * external entity is read (the page has neither).
   */
  private static org.w3c.dom.Document parse(String page) throws IOException {
    javax.xml.parsers.DocumentBuilder parser;
    synchronized (XML) { // a factory is not safe for threads; the parser it makes is ours alone
      try {
        parser = XML.newDocumentBuilder();
      } catch (javax.xml.parsers.ParserConfigurationException e) {
        throw new IllegalStateException("the JDK's XML parser is unavailable", e);
      }
    }
    try {
      return parser.parse(new org.xml.sax.InputSource(new java.io.StringReader(page)));
    } catch (org.xml.sax.SAXException e) {
      throw new IOException("the report's page is not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static final javax.xml.parsers.DocumentBuilderFactory XML = xmlFactory();

  private static javax.xml.parsers.DocumentBuilderFactory xmlFactory() {
    javax.xml.parsers.DocumentBuilderFactory f =
        javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
    return f;
  }

  /**
   * Registers a style of the shipped font under its family and under Times New Roman (asked for
   * first by the style sheet; Liberation Serif has its metrics), loaded once per document.
   *
   * <p>Glyph substitution (GSUB) is switched off: PDFBox would otherwise run the font's Latin
   * substitutions (ligatures) on every text run, compiling a regular expression each time, which
   * was most of the renderer's time. The text is NFC and every Vietnamese letter has a precomposed
   * glyph in the font, so no substitution is needed; the font file itself is not changed.
   */
  private static void font(
      PdfRendererBuilder builder,
      PDDocument doc,
      List<TrueTypeFont> fonts,
      ReportFonts.Style style,
      int weight,
      FontStyle fs)
      throws IOException {
    PDFont font;
    try (InputStream in = ReportFonts.open(style)) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      fonts.add(ttf);
      ttf.setEnableGsub(false);
      font = PDType0Font.load(doc, ttf, true);
    }
    PDFontSupplier supplier = new PDFontSupplier(font);
    builder.useFont(supplier, ReportFonts.FAMILY, weight, fs, true);
    builder.useFont(supplier, "Times New Roman", weight, fs, true);
  }
}
