package io.github.cchc.model.plan;

import io.github.cchc.model.text.Tcvn3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a {@code .pdf} document (an export, or a signed scan that carries one), read
 * with Apache PDFBox in reading order, one line per printed line, NFC-normalised (a mark set as its
 * own glyph after its letter joins it): the two columns of a header or a signature block printed
 * side by side given one after the other ({@link SideBySide}), page numbers left out between pages,
 * the number and day a signing tool stamps in fields read on their line ({@link PdfFields}). A PDF
 * without text (a scan without OCR), or whose first pages have none, is rejected, saying so.
 *
 * <p>A file is read from disk, not held in memory: signed PDFs people really have are 10 to 40 MB
 * of images of seals, signatures and scanned appendix tables around a text of a few pages, so the
 * file's size says little of the work. PDFBox reads the file through a buffered random-access
 * reader, a few pages of it in memory at a time, with the streams it decodes cached in a temporary
 * file, and the text stripper never decodes images. What bounds memory and time is then the text:
 * at most {@link #MAX_PAGES} pages and {@link #MAX_STRIPPED_LENGTH} characters stripped (the text
 * read is held to {@link PlanReader#MAX_TEXT_LENGTH} after), and a file of at most {@link
 * #MAX_FILE_SIZE} bytes, far above any real document, against a file that is a disk image or a
 * video. A PDF given as a stream is bounded as before, at {@link #MAX_STREAM_SIZE} bytes in memory.
 */
final class PdfSource {
  /** The most pages read: a plan with its appendix has a few dozen. */
  static final int MAX_PAGES = 2_000;

  /** The largest PDF file read, in bytes (1 GiB): signed plans with scans run to some 40 MB. */
  static final long MAX_FILE_SIZE = 1L << 30;

  /** The largest PDF read from a stream, which is held in memory: 4 × the text limit. */
  static final int MAX_STREAM_SIZE = 4 * PlanReader.MAX_TEXT_LENGTH;

  /**
   * The most characters the stripper writes before the text is refused: the text limit and a
   * quarter more for the tabs and line breaks of the layout, so that a PDF of pages of text stops
   * being read there, not after its whole text is in memory.
   */
  static final int MAX_STRIPPED_LENGTH = PlanReader.MAX_TEXT_LENGTH / 4 * 5;

  private PdfSource() {}

  /**
   * Opens the PDF; one that opens only with a password (a user password set when it was published)
   * is said as such, not as PDFBox's "Cannot decrypt PDF, the password is incorrect", which reads
   * as if the user had given a wrong one.
   */
  private static PDDocument open(String name, byte[] bytes) throws IOException {
    try {
      return Loader.loadPDF(new RandomAccessReadBuffer(bytes));
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw passworded(name, e);
    }
  }

  /** Opens the PDF file from disk, its streams cached in a temporary file rather than in memory. */
  private static PDDocument open(String name, Path file) throws IOException {
    try {
      return Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw passworded(name, e);
    }
  }

  private static PlanReadException passworded(String name, IOException e) {
    return new PlanReadException(
        name,
        "file",
        "a password-protected PDF: it cannot be opened without its password; save an unprotected"
            + " copy",
        e);
  }

  /**
   * The text of a PDF file, read from disk whatever its size up to {@link #MAX_FILE_SIZE}.
   *
   * @param name the name to report
   * @param file the file
   */
  static String text(String name, Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_SIZE) {
      throw new PlanReadException(
          name,
          "file",
          size + " bytes, larger than the limit of " + MAX_FILE_SIZE + " bytes for a PDF",
          null);
    }
    try (PDDocument pdf = open(name, file)) {
      return text(name, pdf);
    }
  }

  /** The text of a PDF given as a stream, held in memory up to {@link #MAX_STREAM_SIZE} bytes. */
  static String text(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_STREAM_SIZE + 1);
    if (bytes.length > MAX_STREAM_SIZE) {
      throw new PlanReadException(name, "file", "larger than " + MAX_STREAM_SIZE + " bytes", null);
    }
    try (PDDocument pdf = open(name, bytes)) {
      return text(name, pdf);
    }
  }

  private static String text(String name, PDDocument pdf) throws IOException {
    if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
      throw new PlanReadException(
          name, "file", "an encrypted PDF whose text may not be extracted", null);
    }
    int pages = pdf.getNumberOfPages();
    if (pages > MAX_PAGES) {
      throw new PlanReadException(
          name, "file", pages + " pages, more than the limit of " + MAX_PAGES, null);
    }
    String text = strip(name, pdf, false);
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
    int scanned = leadingPagesWithoutText(text);
    if (scanned > 0) {
      throw new PlanReadException(
          name,
          "file",
          "a PDF whose first "
              + (scanned == 1 ? "page" : scanned + " pages")
              + " of "
              + pages
              + " have no text layer (images, a scan?): the header and the body on them cannot"
              + " be read, only the pages after them; run OCR on it or use the .docx",
          null);
    }
    if (PdfFields.stamp(pdf) > 0) {
      text = strip(name, pdf, true); // with the number and date stamped at signing
    }
    return Fold.nfc(paragraphs(SideBySide.columns(pages(symbols(Fold.nfc(text))))));
  }

  /**
   * How many pages at the start have no text, when later ones do: a decision signed on paper and
   * scanned, printed to PDF with its appendix typed (Quyết định 1629/QĐ-UBND of Lai Châu: pages 1
   * and 2 images, the appendix's table text). Read as it was, the appendix's heading was taken for
   * the document's header (issuing body "DANH MỤC THỦ TỤC HÀNH CHÍNH …"), so such a file is refused
   * as a scan is, naming the pages.
   */
  static int leadingPagesWithoutText(String stripped) {
    String[] pages = stripped.split(String.valueOf(PAGE), -1);
    int blank = 0;
    for (int i = 1; i < pages.length && pages[i].isBlank(); i++) {
      blank++;
    }
    return blank;
  }

  /** Marks the start of a page in the stripped text. */
  static final char PAGE = '\f';

  private static String strip(String name, PDDocument pdf, boolean stamped) throws IOException {
    LineHeightStripper stripper = new LineHeightStripper();
    stripper.dropCoveredSpaces = stamped;
    stripper.setSortByPosition(true);
    stripper.setLineSeparator("\n");
    stripper.setPageStart(String.valueOf(PAGE));
    stripper.setPageEnd("\n");
    StringBuilder text = new StringBuilder();
    stripper.writeText(
        pdf,
        new java.io.Writer() {
          @Override
          public void write(char[] chars, int off, int len) {
            if (text.length() + len > MAX_STRIPPED_LENGTH) {
              throw new PlanReadException(
                  name,
                  "file",
                  "a PDF whose text is longer than the limit of "
                      + PlanReader.MAX_TEXT_LENGTH
                      + " characters for a plan",
                  null);
            }
            text.append(chars, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    return text.toString();
  }

  /**
   * Joins the pages, without the page number printed above or below the text of a page ("2", "- 2
   * -", "Trang 2"): it stood between the two halves of a paragraph that runs on from one page to
   * the next ("còn chưa⏎3⏎⏎cao, nghiệp vụ …", Kế hoạch 3070/KH-UBND of Bỉm Sơn), which then read as
   * two paragraphs. The last line of a page and the first of the next are put on adjacent lines, so
   * that {@link #paragraphs} joins them as it joins the lines of a page.
   */
  static String pages(String text) {
    if (text.indexOf(PAGE) < 0) {
      return text;
    }
    List<String> out = new ArrayList<>();
    for (String page : text.split(String.valueOf(PAGE), -1)) {
      List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
      trimBlank(lines);
      if (!lines.isEmpty() && PAGE_NUMBER.matcher(lines.get(0)).matches()) {
        lines.remove(0);
        trimBlank(lines);
      }
      if (!lines.isEmpty() && PAGE_NUMBER.matcher(lines.get(lines.size() - 1)).matches()) {
        lines.remove(lines.size() - 1);
        trimBlank(lines);
      }
      if (!lines.isEmpty()) {
        out.add(String.join("\n", lines));
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static void trimBlank(List<String> lines) {
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
  }

  /** A page number alone on its line: "2", "- 2 -", "– 12 –", "Trang 2", "Trang 2/6". */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "\\s*(?:[-–]\\s*\\d{1,4}\\s*[-–]|\\d{1,4}|[Tt]rang \\d{1,4}(?:/\\d{1,4})?)\\s*");

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
    /** Where the last glyph written on the current line ends, or -1 at the start of a line. */
    private float lineEnd = -1;

    /** Whether spaces printed under other glyphs are left out ({@link #writePage}). */
    boolean dropCoveredSpaces;

    /**
     * Writes the page without the spaces printed under other glyphs of the same line, when fields
     * were stamped ({@link PdfFields}): the exported document left spaces where the signing tool
     * stamps the number and the day ("Số:␣␣␣␣␣/KH-UBND"), and the stamp sets spaces of its own over
     * the words between its values ("09␣␣␣␣9" over "tháng"); read in the order of their positions,
     * they came between the letters ("Số: 3 0 7 0 .", "0 9 t h á n g 9").
     */
    @Override
    protected void writePage() throws IOException {
      if (dropCoveredSpaces) {
        for (List<TextPosition> article : charactersByArticle) {
          CoveredSpaces.drop(article);
        }
      }
      super.writePage();
    }

    @Override
    protected float computeFontHeight(PDFont font) throws IOException {
      float height = super.computeFontHeight(font);
      if (font instanceof PDType3Font) {
        return height; // in the Type 3 font's own glyph space
      }
      return Math.min(height, MAX_GLYPH_HEIGHT_EM);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      lineEnd = -1;
      super.startPage(page);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      lineEnd = -1;
      super.writeLineSeparator();
    }

    /**
     * Writes a word, with a tab where the columns of a header or a signature block printed side by
     * side part ({@link SideBySide}): before a glyph more than {@link #COLUMN_GAP} of the page's
     * width after the glyph before it on the line (spaces do not close the gap: Word sets the gap
     * with them or with a tab stop), and before the first glyph of a line that starts beyond {@link
     * #RIGHT_COLUMN} of the width (centred text never starts past the middle).
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (positions.isEmpty()) {
        super.writeString(text, positions);
        return;
      }
      PDRectangle box = getCurrentPage().getMediaBox();
      float width = getCurrentPage().getRotation() % 180 == 0 ? box.getWidth() : box.getHeight();
      StringBuilder out = new StringBuilder(text.length() + 1);
      boolean perGlyph = text.length() == positions.size();
      for (int i = 0; i < (perGlyph ? positions.size() : 1); i++) {
        TextPosition p = positions.get(i);
        String glyph = tcvn3(perGlyph ? text.substring(i, i + 1) : text, p.getFont());
        if (glyph.isBlank()) {
          out.append(glyph);
          continue;
        }
        float x = p.getXDirAdj();
        boolean gap = lineEnd < 0 ? x > RIGHT_COLUMN * width : x - lineEnd > COLUMN_GAP * width;
        if (gap) {
          int keep = out.length();
          while (keep > 0 && out.charAt(keep - 1) == ' ') {
            keep--;
          }
          out.setLength(keep);
          out.append('\t');
        }
        out.append(glyph);
        lineEnd = perGlyph ? x + p.getWidthDirAdj() : lastEnd(positions);
      }
      super.writeString(out.toString(), positions);
    }

    /**
     * The text of a glyph set in a TCVN3 font, in Unicode ({@link #tcvn3Face}); other glyphs as
     * they are. A TCVN3 font keeps Vietnamese letters at the codes of Latin-1 characters, so the
     * text layer gives those ("Th«ng t−", "céng hoµ"); the font's name says which encoding it is,
     * and whether it is a capital face, whose small letters print as capitals ("céng hßa x· héi chñ
     * nghÜa viÖt nam" set in {@code .VnTimeH} is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Nghị định
     * 109/2004/NĐ-CP as published by the Ministry of Planning and Investment). Some exports name
     * the glyphs at 0xAD (ư) and 0xB7 (ã) "minus" and "periodcentered", which come out as U+2212
     * and U+2219 ("Thñ t−íng", "b¶o l∙nh", Thông tư 01/2006/TT-NHNN): they are put back first. A
     * glyph that already is a letter only Unicode writes is kept.
     */
    static String tcvn3(String glyph, PDFont font) {
      int face = tcvn3Face(font == null ? null : font.getName());
      if (face == 0 || Tcvn3.hasUnicodeVietnamese(glyph)) {
        return glyph;
      }
      String bytes = glyph.replace('\u2212', '\u00ad').replace('\u2219', '\u00b7');
      return face == CAPITAL_FACE ? Tcvn3.toUnicodeCapitals(bytes) : Tcvn3.toUnicode(bytes);
    }

    private static float lastEnd(List<TextPosition> positions) {
      TextPosition last = positions.get(positions.size() - 1);
      return last.getXDirAdj() + last.getWidthDirAdj();
    }
  }

  /** {@link #tcvn3Face}: a TCVN3 font of small and capital letters. */
  static final int TCVN3_FACE = 1;

  /** {@link #tcvn3Face}: a TCVN3 capital face, whose small letters print as capitals. */
  static final int CAPITAL_FACE = 2;

  /**
   * Which TCVN3 face a PDF font is, by its name: 0 for none, {@link #TCVN3_FACE} for {@code
   * .VnTime} and the like, {@link #CAPITAL_FACE} for {@code .VnTimeH} and the like. A PDF names an
   * embedded font with a subset tag and its style ("BADEPR+.VnTimeH,Bold", "FBHPFO+VnTimeHBold",
   * "GDNPNI+VnTime", "FBHPLC+VnTimeBoldItalic"); the face is the name without them, starting with
   * "Vn" (the dot is often dropped), a capital face ending in "H".
   */
  static int tcvn3Face(String fontName) {
    if (fontName == null) {
      return 0;
    }
    String name = fontName;
    int plus = name.indexOf('+');
    if (plus == 6) {
      name = name.substring(7);
    }
    int comma = name.indexOf(',');
    if (comma >= 0) {
      name = name.substring(0, comma);
    }
    name = STYLE.matcher(name.startsWith(".") ? name.substring(1) : name).replaceFirst("");
    if (!name.startsWith("Vn") || name.length() < 3) {
      return 0;
    }
    return name.endsWith("H") ? CAPITAL_FACE : TCVN3_FACE;
  }

  /** The style a PDF appends to a font's name: "Bold", "Italic", "BoldItalic", "-Bold" … */
  private static final Pattern STYLE =
      Pattern.compile("[-,]?(?:Bold|Italic|Oblique|Regular|BoldItalic|BoldOblique)+$");

  /** A gap this share of the page's width or wider parts two columns: about 3 em at 12 points. */
  static final float COLUMN_GAP = 0.06f;

  /** A line that starts beyond this share of the page's width is in the right column alone. */
  static final float RIGHT_COLUMN = 0.55f;

  /**
   * Joins the printed lines of a paragraph: a line that does not end a sentence or a list item
   * (".", ";", ":", "!", "?") nor is wholly in capitals ({@link #inCapitals}) followed by a line
   * that starts in lower case continues it, as a PDF wraps a paragraph at the margin; a document
   * number cut at its hyphen ("số 19-⏎NQ/TW") is joined without a space.
   */
  static String paragraphs(String text) {
    String[] lines = text.split("\\R", -1);
    StringBuilder sb = new StringBuilder(text.length());
    boolean recipients = false;
    String item = "";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      sb.append(line);
      String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
      recipients = !line.isEmpty() && (recipients || RECIPIENTS.matcher(line).lookingAt());
      item = LIST_ITEM.matcher(line).lookingAt() ? line : line.isEmpty() ? "" : item + " " + line;
      boolean joins =
          !line.isEmpty()
              && !next.isEmpty()
              && ".;:!?".indexOf(line.charAt(line.length() - 1)) < 0
              && (Character.isLowerCase(next.charAt(0))
                  || recipients && wrappedRecipient(item, next))
              && !inCapitals(line);
      sb.append(
          joins
              ? " "
              : SYMBOL_CUT.matcher(line).find() && SYMBOL_REST.matcher(next).lookingAt()
                  ? ""
                  : "\n");
    }
    return sb.toString();
  }

  /**
   * Whether {@code next} goes on with the recipient {@code item} of a "Nơi nhận:" list, though it
   * starts with a capital: the item has not ended (no ";" or "." at its end) and the line is no
   * item, no signature line in capitals. A PDF wraps a recipient at the narrow left column ("- Thủ
   * tướng và các Phó Thủ tướng⏎Chính phủ (để b/c);", Thông tư 01/2006/TT-NHNN), and the rest read
   * as a line of its own ended the list there.
   */
  private static boolean wrappedRecipient(String item, String next) {
    return !item.isEmpty()
        && !LIST_ITEM.matcher(next).lookingAt()
        && !inCapitals(next)
        && !RECIPIENTS.matcher(next).lookingAt();
  }

  /** The label of the recipients' list: "Nơi nhận:". */
  private static final Pattern RECIPIENTS = Pattern.compile("(?i)n[ơo]i nh[ậa]n\\s*:");

  /** An item of a list: "- Sở Nội vụ;", "– Chính phủ;", "+ …". */
  private static final Pattern LIST_ITEM = Pattern.compile("[-–+•]\\s?\\S");

  /**
   * A line wholly in capitals, two letters at least: a heading or the title of a signature, not the
   * first half of a wrapped sentence, even when the line under it starts in small letters ("KT.
   * THỐNG ĐỐC⏎phó Thống đốc", the signature of Thông tư 01/2006/TT-NHNN, read as one line "KT.
   * THỐNG ĐỐC phó Thống đốc" and no signature; "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH⏎về việc …", a
   * type line over its title).
   */
  static boolean inCapitals(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  /**
   * Returns the text without the spaces the stripper put before the slashes of a document's number
   * and symbol, and before a comma ({@link #SPACED_COMMA}): a font whose glyphs are drawn narrower
   * than their advance (the TCVN3 fonts of mpi.gov.vn's PDFs) leaves gaps the stripper reads as
   * spaces, "SỐ 115 /2004 /QĐ-TTG" in the heading of Quyết định 115/2004/QĐ-TTg, where no number
   * was read. Only a space after a digit and before a slash that a year or a capital follows.
   */
  static String symbols(String text) {
    return SPACED_COMMA.matcher(SPACED_SLASH.matcher(text).replaceAll("")).replaceAll("");
  }

  /**
   * A space the stripper put between a word and its comma, from the same gap: "VỀ VIỆC SỬA ĐỔI , BỔ
   * SUNG" in the same heading, where Vietnamese, as print, sets no space before a comma. Only one
   * or two spaces after a letter, before a comma a space follows: a column's run of spaces before a
   * comma ("ngày 29/5/2025 ,") is not a word's gap.
   */
  private static final Pattern SPACED_COMMA = Pattern.compile("(?<=\\p{L}) {1,2}(?=, )");

  /** Spaces after a digit, before "/2004" or "/QĐ". */
  private static final Pattern SPACED_SLASH =
      Pattern.compile("(?<=\\d) +(?=/(?:\\d{4}\\b|\\p{Lu}))");

  /** A line ending in the number of a symbol and its hyphen: "Nghị quyết số 19-". */
  private static final Pattern SYMBOL_CUT = Pattern.compile("(?:^|\\s)\\d{1,5}[a-zA-Z]?-$");

  /** A line starting with the rest of a symbol: "NQ/TW", "CTr/TU", "KH-UBND". */
  private static final Pattern SYMBOL_REST =
      Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]{0,7}[/-]\\p{Lu}");
}
