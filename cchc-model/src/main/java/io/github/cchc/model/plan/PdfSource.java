package io.github.cchc.model.plan;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a {@code .pdf} document (an export, or a signed scan that carries one), read
 * with Apache PDFBox in reading order, one line per printed line. A PDF without text (a scan
 * without OCR) is rejected, saying so.
 */
final class PdfSource {
  /** The most pages read: a plan with its appendix has a few dozen. */
  static final int MAX_PAGES = 2_000;

  private PdfSource() {}

  static String text(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(4 * PlanReader.MAX_TEXT_LENGTH + 1);
    if (bytes.length > 4 * PlanReader.MAX_TEXT_LENGTH) {
      throw new PlanReadException(
          name, "file", "larger than " + 4 * PlanReader.MAX_TEXT_LENGTH + " bytes", null);
    }
    try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new PlanReadException(
            name, "file", "an encrypted PDF whose text may not be extracted", null);
      }
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new PlanReadException(
            name, "file", pages + " pages, more than the limit of " + MAX_PAGES, null);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      String text = stripper.getText(pdf);
      if (text.isBlank()) {
        throw new PlanReadException(
            name,
            "file",
            "a PDF without a text layer ("
                + pages
                + (pages == 1 ? " page" : " pages")
                + " of images, a scan?): there is no text to read; run OCR on it or use the"
                + " .docx",
            null);
      }
      return paragraphs(text);
    }
  }

  /**
   * Joins the printed lines of a paragraph: a line that does not end a sentence or a list item
   * (".", ";", ":", "!", "?") followed by a line that starts in lower case continues it, as a PDF
   * wraps a paragraph at the margin.
   */
  static String paragraphs(String text) {
    String[] lines = text.split("\\R", -1);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      sb.append(line);
      String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
      boolean joins =
          !line.isEmpty()
              && !next.isEmpty()
              && ".;:!?".indexOf(line.charAt(line.length() - 1)) < 0
              && Character.isLowerCase(next.charAt(0));
      sb.append(joins ? ' ' : '\n');
    }
    return sb.toString();
  }
}
