package io.github.cchc.model.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a {@code .pdf} document (an export, or a signed scan that carries one), read
 * with Apache PDFBox in reading order, one line per printed line, NFC-normalised (a mark set as its
 * own glyph after its letter joins it). A PDF without text (a scan without OCR) is rejected, saying
 * so.
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
      PDFTextStripper stripper = new LineHeightStripper();
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
      return Fold.nfc(paragraphs(Fold.nfc(text)));
    }
  }

  /**
   * The tallest a glyph is taken to be, in em: a Latin capital rises about 0.66 to 0.73 em (Times
   * 0.662, Arial 0.716, DejaVu 0.729), and a text line is set at least 1 em below the one above it,
   * so a glyph this tall never reaches the baseline of the next line.
   */
  static final float MAX_GLYPH_HEIGHT_EM = 0.75f;

  /**
   * A text stripper whose glyph heights do not come from the font's bounding box alone.
   *
   * <p>PDFBox takes a glyph's height to be half of its font's bounding box, lowered to the font
   * descriptor's CapHeight or (Ascent − Descent) / 2. LibreOffice writes CapHeight as the top of
   * the bounding box and Ascent and Descent as 0, so neither lowers it; and a Vietnamese letter the
   * document's font lacks ("ự", "ệ") is set in a fallback font — DejaVu Math TeX Gyre has a box of
   * 4,266 units — whose glyphs come out four times as tall as the line. Sorting by position takes
   * glyphs whose heights overlap for one line, so those letters and the next line's letters were
   * merged into the wrong line ("Thựệc hiện", "thực hi n", "trênđ a bàn"). Capping the height at
   * {@link #MAX_GLYPH_HEIGHT_EM} keeps each glyph on its own baseline; {@code pdftotext} reads such
   * files cleanly for the same reason (it groups by baseline).
   */
  static final class LineHeightStripper extends PDFTextStripper {
    @Override
    protected float computeFontHeight(PDFont font) throws IOException {
      float height = super.computeFontHeight(font);
      if (font instanceof PDType3Font) {
        return height; // in the Type 3 font's own glyph space
      }
      return Math.min(height, MAX_GLYPH_HEIGHT_EM);
    }
  }

  /**
   * Joins the printed lines of a paragraph: a line that does not end a sentence or a list item
   * (".", ";", ":", "!", "?") followed by a line that starts in lower case continues it, as a PDF
   * wraps a paragraph at the margin; a document number cut at its hyphen ("số 19-⏎NQ/TW") is joined
   * without a space.
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
      sb.append(
          joins
              ? " "
              : SYMBOL_CUT.matcher(line).find() && SYMBOL_REST.matcher(next).lookingAt()
                  ? ""
                  : "\n");
    }
    return sb.toString();
  }

  /** A line ending in the number of a symbol and its hyphen: "Nghị quyết số 19-". */
  private static final Pattern SYMBOL_CUT = Pattern.compile("(?:^|\\s)\\d{1,5}[a-zA-Z]?-$");

  /** A line starting with the rest of a symbol: "NQ/TW", "CTr/TU", "KH-UBND". */
  private static final Pattern SYMBOL_REST =
      Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]{0,7}[/-]\\p{Lu}");
}
