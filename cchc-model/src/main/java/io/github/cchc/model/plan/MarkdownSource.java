package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown copy of a document (a {@code .md} file, as crawlers and RAG pipelines write
 * them, or Markdown text saved as {@code .txt}, {@link MarkdownText}) with commonmark-java and its
 * GFM tables extension. Only this class refers to commonmark.
 *
 * <p>The blocks come in reading order: a paragraph or a heading is one paragraph, a list item one
 * paragraph with its marker ("- ", "+ ", "1. "), a fenced or indented code block its lines as they
 * are; inline markup is removed (emphasis, a link's text kept, its address dropped, escapes such as
 * {@code \-} resolved, raw HTML dropped but for {@code <br>} as a line break), and a pipe table is
 * a {@link SourceTable}, as {@link DocxSource} gives a Word table, so that a two-column header
 * table and a table of chỉ tiêu are read as they are in a {@code .docx}. Text is NFC.
 *
 * <p>A level-one heading that is the page's first block ("# Thái Nguyên", "# Bình Định (tỉnh)" of
 * the encyclopaedia pages of tnt305/tai_lieu_noi_bo) keeps its {@code "# "}: it is the page's
 * headline and title whatever its length, and the header reader knows it by that mark ({@code
 * AtxHeadline}), as it does on the same page read as plain text. A lower heading, or one of level
 * two and more, is a section's and loses its marks.
 */
final class MarkdownSource {
  private MarkdownSource() {}

  /**
   * Emphasis delimiters the parser could not pair, left as text: a crawler writes {@code **} around
   * a space or inside a word ("**ỦY BAN NHÂN⏎DÂN **", "tỉnh ****Đồng Tháp ****năm 2025" of the
   * Markdown copies of tnt305/tai_lieu_noi_bo), never meant as asterisks. Runs of two or more only:
   * a single {@code *} can be a footnote mark.
   */
  private static final Pattern UNPAIRED = Pattern.compile("\\*{2,}");

  /** An HTML line break in a table cell or a paragraph: {@code <br>}, {@code <br/>}. */
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

  /**
   * Reads a Markdown text.
   *
   * @param file the name to report
   * @param text the text, already decoded and NFC ({@link PlanReader#decode})
   */
  static SourceDocument read(String file, String text) {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    Node root = parser.parse(text);
    List<Object> blocks = new ArrayList<>();
    int[] tables = {0};
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      block(n, "", blocks, tables);
    }
    return new SourceDocument(file, List.copyOf(blocks));
  }

  private static void block(Node n, String marker, List<Object> blocks, int[] tables) {
    if (n instanceof Heading h && h.getLevel() == 1 && blocks.isEmpty()) {
      add("# " + inline(n), blocks); // the page's headline, marked as a plain text's is
    } else if (n instanceof Paragraph || n instanceof Heading) {
      add(marker + inline(n), blocks);
    } else if (n instanceof TableBlock t) {
      blocks.add(table(++tables[0], t));
    } else if (n instanceof BulletList list) {
      String m = "+".equals(list.getMarker()) ? "+ " : "- ";
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        item(item, m, blocks, tables);
      }
    } else if (n instanceof OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      int k = start == null ? 1 : start;
      String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        item(item, (k++) + delimiter + " ", blocks, tables);
      }
    } else if (n instanceof FencedCodeBlock c) {
      lines(c.getLiteral(), blocks);
    } else if (n instanceof IndentedCodeBlock c) {
      lines(c.getLiteral(), blocks);
    } else if (n instanceof HtmlBlock || n instanceof ThematicBreak) {
      // raw HTML and rules carry no text of the document
    } else {
      // block quotes, and any other container: their blocks in order
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        block(c, "", blocks, tables);
      }
    }
  }

  /** A list item: its first block with the marker, the others as they are. */
  private static void item(Node item, String marker, List<Object> blocks, int[] tables) {
    String m = marker;
    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
      block(c, m, blocks, tables);
      m = "";
    }
  }

  private static void lines(String literal, List<Object> blocks) {
    for (String line : literal.split("\n")) {
      add(line, blocks);
    }
  }

  private static void add(String text, List<Object> blocks) {
    String s = Fold.nfc(text).strip();
    if (!s.isEmpty()) {
      blocks.add(s);
    }
  }

  /**
   * The text of a block's inline content: a soft line break as a space (the lines of a paragraph
   * are one paragraph), a hard one as a line break, and two classes of soft breaks as line breaks,
   * for the tables a crawler writes without a delimiter row, each cell's lines between lone {@code
   * |} lines ("|⏎**ỦY BAN NHÂN⏎DÂN**⏎**THÀNH PHỐ CẦN THƠ**⏎|⏎Số: 153/KH-UBND⏎|", the header of Kế
   * hoạch 153/KH-UBND of Cần Thơ in tnt305/tai_lieu_noi_bo):
   *
   * <ul>
   *   <li>a line that is a lone {@code |} is a cell's edge: a line break, the {@code |} dropped;
   *   <li>a soft break at the edge of an emphasis ends a line: the crawler closes the bold or
   *       italic of a line at its end ("DÂN**⏎**THÀNH PHỐ CẦN THƠ**" are two lines of a cell,
   *       "**CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM**" one), while a wrap inside a span or in plain
   *       text stays a space;
   *   <li>a line that opens or closes on {@code |} is a table row the crawler wrote without a
   *       delimiter row ("| 1 | Bộ luật mới; … | 14.000 | 70% | 30% |", Nghị quyết of the Quốc hội
   *       on law-making in tnt305/tai_lieu_noi_bo): a line of its own, as in a {@code .txt}.
   * </ul>
   */
  private static String inline(Node n) {
    StringBuilder b = new StringBuilder();
    inline(n, b, true);
    String[] lines = b.toString().split("(?<=[\n\u0001\u0002])|(?=[\n\u0001\u0002])");
    boolean cells = false;
    for (String line : lines) {
      cells |= line.strip().equals("|");
    }
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(String.valueOf(PLAIN))) {
        lines[i] = cells || headerLine(lines, i) ? "\n" : String.valueOf(SOFT);
      }
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.length() > 1 && (line.startsWith("|") || line.endsWith("|"))) {
        broken(lines, i); // a table row without a delimiter row: a line of its own
      } else if (line.equals("|")) {
        lines[i] = "";
        broken(lines, i);
      }
    }
    return String.join("", lines)
        .replace(SOFT, ' ')
        .replaceAll("[ \t]{2,}", " ")
        .replaceAll("[ \t]*\n[\n \t]*", "\n")
        .strip();
  }

  /**
   * A line that opens a line of its own in the header of Nghị định 30/2020 (Phụ lục I): the number
   * ("Số: 153/KH-UBND", "Số:" before the number wrapped to the next line), the place and date ("Cần
   * Thơ, ngày 17 tháng 11 năm 2025", "Hà Nội, ngày⏎24 tháng …", "Hà Nội, ngày ... tháng" of a
   * draft), the national title and the motto. A Markdown copy that writes the header's lines one
   * under the other without a blank line between makes them one paragraph, its lines joined by soft
   * breaks (lazy continuation lines, in CommonMark's words): "Số: 153/KH-UBND Cần Thơ, ngày 17
   * tháng 11 năm 2025" was one line, the number read with the place glued to it. Running text does
   * not wrap onto these: a wrapped "ngày 16 tháng 6 năm 2025" has no place before it, "Hà Nội, ngày
   * càng …" no day after "ngày", and "số 12" in a sentence no colon.
   */
  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "[ \\t]*(?:Số[ \\t]*:"
              + "|\\p{Lu}[\\p{L}.'’ \\t-]{1,40},[ \\t]*ngày(?:[ \\t]*(?:\\d|\\.|…|_)|[ \\t]*$)"
              + "|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
              + "|Độc lập[ \\t]*[-–—][ \\t]*Tự do)");

  /**
   * Whether the plain break {@code lines[i]} opens a {@link #HEADER_LINE} (read over the next
   * lines: "Số: 2853/QĐ-UBND⏎Thành phố Hồ Chí⏎Minh, ngày …" opens a place), the line before it not
   * ending on a name's word ("Thành phố Hồ Chí⏎Minh, ngày 21 tháng 11 năm 2025": a place wrapped
   * inside its name, Quyết định 2853/QĐ-UBND of Hồ Chí Minh City).
   */
  private static boolean headerLine(String[] lines, int i) {
    if (i == 0 || NAME_WORD_END.matcher(lines[i - 1]).find()) {
      return false;
    }
    StringBuilder rest = new StringBuilder(); // the next lines, a place wrapped in them joined
    for (int k = i + 1; k < Math.min(lines.length, i + 6); k++) {
      rest.append(lines[k].length() == 1 && lines[k].charAt(0) < ' ' ? " " : lines[k]);
    }
    return HEADER_LINE.matcher(rest).lookingAt();
  }

  /** A line ending on a word in title case ("Chí"), as a wrapped proper name does. */
  private static final Pattern NAME_WORD_END = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}+\\s*$");

  /** Makes the breaks on either side of {@code lines[i]} line breaks. */
  private static void broken(String[] lines, int i) {
    if (i > 0 && lines[i - 1].equals(String.valueOf(SOFT))) {
      lines[i - 1] = "\n";
    }
    if (i + 1 < lines.length && lines[i + 1].equals(String.valueOf(SOFT))) {
      lines[i + 1] = "\n";
    }
  }

  /** A soft line break that is a space, marked until lone {@code |} lines are found. */
  private static final char SOFT = '\u0001';

  /**
   * A soft line break between plain lines, outside any emphasis, paired or not: in a crawler's cell
   * (a paragraph with lone {@code |} lines) a line of its own ("PHÓ CHỦ TỊCH⏎Nguyễn Mạnh Cường",
   * the signature of Quyết định 2842/QĐ-UBND of Hồ Chí Minh City), elsewhere a space.
   */
  private static final char PLAIN = '\u0002';

  private static void inline(Node n, StringBuilder b, boolean top) {
    boolean open = false; // inside a "**" the parser could not pair
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        java.util.regex.Matcher m = UNPAIRED.matcher(t.getLiteral());
        while (m.find()) {
          open = !open;
        }
        String literal = UNPAIRED.matcher(t.getLiteral()).replaceAll("");
        String text = unpairedStar(literal, c);
        // an italic the parser could not pair spans its wrapped lines as a paired one does
        boolean opens = literal.startsWith("*") && !text.startsWith("*");
        boolean closes = literal.endsWith("*") && !text.endsWith("*");
        if (opens != closes) {
          open = opens;
        }
        b.append(text);
      } else if (c instanceof Code code) {
        b.append(code.getLiteral());
      } else if (c instanceof SoftLineBreak) {
        b.append(
            emphasis(c.getPrevious(), true) || emphasis(c.getNext(), false)
                ? '\n'
                : top && !open ? PLAIN : SOFT);
      } else if (c instanceof HardLineBreak) {
        b.append('\n');
      } else if (c instanceof HtmlInline h) {
        if (BREAK.matcher(h.getLiteral()).matches()) {
          b.append('\n');
        }
      } else if (c instanceof Image) {
        // an image's alt text is no text of the document
      } else {
        inline(c, b, false); // emphasis, strong emphasis, a link: their text
      }
    }
  }

  /**
   * A text without the single {@code *} of an italic the parser could not pair at a line's edge: a
   * {@code *} that opens a line before a letter, or closes one after a space ("*Thành phố Huế,⏎ngày
   * 18 tháng 11 năm 2025 *", the date line of Nghị quyết 34/2025/NQ-HĐND of Huế: the space before
   * the closing {@code *} unpairs both). A {@code *} after a word, a footnote's mark ("Điểm*"), is
   * kept. The lines between the two stars are one line, as in a paired italic: "Thành phố Huế, ngày
   * 18 tháng 11 năm 2025" (and the same line of Nghị quyết 37/2025/NQ-HĐND of Huế), not a place cut
   * from its date.
   */
  private static String unpairedStar(String text, Node n) {
    String s = text;
    if (lineEdge(n.getPrevious()) && s.length() > 1 && s.charAt(0) == '*' && s.charAt(1) > ' ') {
      s = s.substring(1);
    }
    if (lineEdge(n.getNext()) && s.matches("(?s).*\\s\\*")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Whether a sibling stands for a line's edge: none, or a line break. */
  private static boolean lineEdge(Node n) {
    return n == null || n instanceof SoftLineBreak || n instanceof HardLineBreak;
  }

  /**
   * Whether a soft break beside {@code n} is at an emphasis's edge: {@code n} is an emphasis, or a
   * text that ends (before the break) or starts (after it) with delimiters the parser could not
   * pair ("**KT. CHỦ TỊCH **⏎PHÓ CHỦ TỊCH", the signature of Quyết định 2813/QĐ-UBND of Đồng Nai:
   * the space before the closing {@code **} unpairs it, the line still ends there).
   */
  private static boolean emphasis(Node n, boolean before) {
    if (n instanceof Text t) {
      String s = t.getLiteral().strip();
      return before ? s.endsWith("**") : s.startsWith("**");
    }
    return n instanceof Emphasis || n instanceof StrongEmphasis;
  }

  private static SourceTable table(int number, TableBlock t) {
    List<List<SourceTable.Cell>> rows = new ArrayList<>();
    collectRows(t, rows);
    return new SourceTable(number, rows);
  }

  private static void collectRows(Node n, List<List<SourceTable.Cell>> rows) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableRow) {
        List<SourceTable.Cell> cells = new ArrayList<>();
        for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            String text = Fold.nfc(inline(cell)).strip();
            cells.add(new SourceTable.Cell(text, 1, SourceTable.Merge.NONE));
          }
        }
        rows.add(cells);
      } else {
        collectRows(c, rows); // the table's head and body
      }
    }
  }
}
