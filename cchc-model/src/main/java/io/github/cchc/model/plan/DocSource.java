package io.github.cchc.model.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;

/**
 * An old Word {@code .doc} document (Word 97-2003), read with Apache POI HWPF: one line per
 * paragraph, tables as {@link SourceTable}s, fields and control marks removed, runs in a TCVN3 font
 * put in Unicode ({@link io.github.cchc.model.text.Tcvn3}), runs in a VNI font likewise ({@link
 * io.github.cchc.model.text.Vni}), the two columns of a header or a signature block typed with a
 * tab stop or a run of spaces between them given one after the other ({@link SideBySide}),
 * NFC-normalised (text typed as letters and combining marks becomes one code point a letter).
 */
final class DocSource {
  private DocSource() {}

  /**
   * Control characters left in a paragraph's text once fields and cell marks are handled: the
   * anchors of drawn objects (U+0008, the short rule Word draws under the issuing body and under
   * the title, Chỉ thị 09/2009/CT-UBND of Bình Dương; U+0001, a picture) and other C0 controls but
   * the tab and the line break. Left in, an anchor stood alone on a line between the header's lines
   * or at the end of the title ("Về việc đẩy mạnh …⏎", a title that matched no copy of it).
   */
  private static final java.util.regex.Pattern ANCHORS =
      java.util.regex.Pattern.compile("[\\x00-\\x08\\x0e-\\x1f]");

  /**
   * Reads the document: its paragraphs between tables as text, each table of the first level as a
   * {@link SourceTable} ({@link DocTable}), as {@link DocxSource} reads a {@code .docx}, so that a
   * table of chỉ tiêu of either is read by the same code ({@link GoalTable}).
   */
  static SourceDocument read(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(4 * PlanReader.MAX_TEXT_LENGTH + 1);
    if (bytes.length > 4 * PlanReader.MAX_TEXT_LENGTH) {
      throw new PlanReadException(
          name, "file", "larger than " + 4 * PlanReader.MAX_TEXT_LENGTH + " bytes", null);
    }
    try (HWPFDocument doc = open(name, bytes)) {
      Range range = doc.getRange();
      List<Object> blocks = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      int tables = 0;
      // the paragraph after the last table looked at: the paragraphs before it are its cells
      int tableEnd = 0;
      for (int i = 0; i < range.numParagraphs(); i++) {
        Paragraph paragraph = range.getParagraph(i);
        if (i >= tableEnd && paragraph.isInTable() && paragraph.getTableLevel() == 1) {
          SourceTable read = null;
          try {
            Table table = range.getTable(paragraph);
            tableEnd = i + table.numParagraphs();
            read = DocTable.table(tables + 1, table, DocSource::cellText);
          } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // a table POI cannot take apart: its cells one a line, as any paragraph
            tableEnd = i + 1;
          }
          if (read != null) {
            tables++;
            flush(sb, blocks);
            blocks.add(read);
            i = tableEnd - 1;
            continue;
          }
        }
        String p = WordExtractor.stripFields(unicode(paragraph));
        // cell marks (U+0007), page and line breaks (U+000C, U+000B) and carriage returns
        p = p.replace('\u0007', '\n').replace('\u000b', '\n').replace('\u000c', '\n');
        p = p.replace("\r", "");
        p = ANCHORS.matcher(p).replaceAll("");
        sb.append(p).append('\n');
      }
      flush(sb, blocks);
      return new SourceDocument(name, List.copyOf(blocks));
    }
  }

  /**
   * The paragraphs read since the last table as one block of text, the two columns of a header or a
   * signature block typed side by side given one after the other ({@link SideBySide}), NFC.
   */
  private static void flush(StringBuilder sb, List<Object> blocks) {
    if (sb.length() > 0) {
      blocks.add(Fold.nfc(SideBySide.columns(SideBySide.typed(sb.toString()))));
      sb.setLength(0);
    }
  }

  /**
   * Opens the document; one saved with a password to open it is said as such, not as POI's "use
   * Biff8EncryptionKey.setCurrentUserPassword() to set password before opening", which speaks to a
   * programmer (a .doc of the district system of hpbaotho/04-quanly-vanban-quanhuyen, DS.doc).
   */
  private static HWPFDocument open(String name, byte[] bytes) throws IOException {
    try {
      return new HWPFDocument(new java.io.ByteArrayInputStream(bytes));
    } catch (org.apache.poi.EncryptedDocumentException e) {
      throw new PlanReadException(
          name,
          "file",
          "a password-protected Word document: it cannot be opened without its password; save an"
              + " unprotected copy",
          e);
    }
  }

  /** The text of a table cell: its paragraphs in Unicode, one a line, NFC. */
  private static String cellText(TableCell cell) {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < cell.numParagraphs(); k++) {
      String s = WordExtractor.stripFields(unicode(cell.getParagraph(k)));
      s = ANCHORS.matcher(s.replace('\u0007', ' ').replace('\r', ' ')).replaceAll("").strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return Fold.nfc(String.join("\n", lines));
  }

  /**
   * The text of a paragraph with its runs in a legacy font put in Unicode ({@link LegacyFonts}).
   */
  private static String unicode(Paragraph paragraph) {
    LegacyFonts.Runs runs = new LegacyFonts.Runs();
    for (int k = 0; k < paragraph.numCharacterRuns(); k++) {
      CharacterRun run = paragraph.getCharacterRun(k);
      runs.add(run.text(), run.getFontName());
    }
    return runs.text();
  }
}
