package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two columns an administrative document prints side by side (Nghị định 30/2020/NĐ-CP, Phụ lục
 * I), put one after the other: the header (issuing body, "Số:" line | national title, motto, date
 * line) and the signature block (recipients, "Nơi nhận:" | the signer's title and name).
 *
 * <p>A Word file sets them in a table, which {@link DocxSource} reads cell by cell; but a {@code
 * .doc} typed with tab stops gives each printed line as "ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM", and the text layer of a PDF gives the two columns' words on one line ("TỈNH CAO BẰNG
 * Độc lập – Tự do – Hạnh phúc"), so that the issuing body and the motto, or a recipient and the
 * signer's name, read as one line. The sources mark the gap between the columns with a tab ({@link
 * PdfSource} where the gap is wide, a line starting far right with a tab before it); this class
 * gives a run of such lines as the left column's lines, a blank line, the right column's lines and
 * a blank line, as the cells of a Word table are read.
 */
final class SideBySide {
  private SideBySide() {}

  /** The most lines without a gap between two lines with one, in the same run. */
  static final int BRIDGE = 3;

  /**
   * Returns the text with each run of lines printed as two columns given column after column.
   *
   * @param text lines, a tab between the columns of a line printed as two
   * @return the text, every tab that separated columns gone
   */
  static String columns(String text) {
    text = headsOfTheRightColumn(text);
    if (text.indexOf('\t') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < lines.length) {
      if (!gap(lines[i])) {
        out.append(i + 1 < lines.length ? lines[i] + "\n" : lines[i]);
        i++;
        continue;
      }
      int end = runEnd(lines, i);
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      for (int k = i; k <= end; k++) {
        String line = lines[k];
        int tab = line.indexOf('\t');
        if (gap(line)) {
          add(left, line.substring(0, tab));
          add(right, line.substring(tab + 1).replace('\t', ' '));
        } else {
          add(left, line.replace('\t', ' '));
        }
      }
      left.forEach(l -> out.append(l).append('\n'));
      out.append('\n');
      right.forEach(r -> out.append(r).append('\n'));
      out.append('\n');
      i = end + 1;
    }
    return out.toString();
  }

  /**
   * Returns the text with a tab before the national title or the motto where other text precedes it
   * on its line. They head the right column of every header (Nghị định 30/2020/NĐ-CP, Phụ lục I:
   * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"; a Party document's "ĐẢNG
   * CỘNG SẢN VIỆT NAM"), so what stands before them on a line is the left column's, however narrow
   * the gap the layout left: "NGÂN HÀNG NHÀ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in the text
   * layer of Thông tư 01/2006/TT-NHNN, whose columns stand two spaces apart.
   */
  static String headsOfTheRightColumn(String text) {
    return RIGHT_HEAD.matcher(text).replaceAll("$1\t");
  }

  /** Text, then the national title in capitals or the motto ending a line without a tab. */
  private static final Pattern RIGHT_HEAD =
      Pattern.compile(
          "(?m)^([^\\t\\n]*?\\S)[ \\u00a0]+(?=(?:CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM"
              + "|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM"
              + "|Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc)[ \\u00a0]*$)");

  /**
   * Returns the lines of a Word document with the gaps typed with spaces between two columns marked
   * as tab stops are, each line stripped. Word users set the right column of a header or a
   * signature block apart with a run of spaces as often as with a tab stop ("bé tµi chÝnh⎵⎵⎵…⎵⎵céng
   * hoµ x· héi chñ nghÜa ViÖt nam", Quyết định 144/2002/QĐ-BTC; "§¶ng bé c¬ quan UBND⎵⎵⎵…⎵⎵®¶ng
   * céng s¶n viÖt nam", the Lệ Thuỷ self-assessment of 2011), and push a line of the right column
   * alone (the date line under the motto) to the right with spaces. So:
   *
   * <ul>
   *   <li>a run of {@link #TYPED_GAP} spaces or more between two words is a gap between columns,
   *       except after the label of a blank field ("Số:", "ngày", "tháng", "năm") or before the
   *       rest of a number ("/KH-UBND", "…"), which are typed blanks of a draft;
   *   <li>a line indented by {@link #TYPED_RIGHT} spaces or more, after a line with a gap among the
   *       {@link #BRIDGE} lines before it, is a line of the right column alone.
   * </ul>
   *
   * @param text lines as Word gives them, spaces and tabs kept
   * @return the lines stripped, a tab where a typed gap parts the columns
   */
  static String typed(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int sinceGap = Integer.MAX_VALUE;
    for (int i = 0; i < lines.length; i++) {
      String line = TYPED_GAP_RUN.matcher(lines[i]).replaceAll("\t");
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      String stripped = line.strip();
      if (indent >= TYPED_RIGHT && !stripped.isEmpty() && sinceGap <= BRIDGE) {
        stripped = "\t" + stripped;
      }
      if (gap(stripped)) {
        sinceGap = 0;
      } else if (!stripped.isEmpty()) {
        sinceGap = sinceGap == Integer.MAX_VALUE ? sinceGap : sinceGap + 1;
      }
      out.append(stripped);
      if (i + 1 < lines.length) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The fewest spaces typed between two columns of a line. */
  static final int TYPED_GAP = 4;

  /** The fewest spaces before a line of the right column typed alone. */
  static final int TYPED_RIGHT = 20;

  /**
   * A run of {@link #TYPED_GAP} spaces or more (tabs after them too) after a word that is not the
   * label of a blank field and before a word that is not the rest of a number.
   */
  private static final Pattern TYPED_GAP_RUN =
      Pattern.compile(
          "(?<=\\S)(?<!(?:[Ss]ố|[Ss]è|[Ss]oá|[Ss]ố:|[Ss]è:|[Ss]oá:|ngày|ngµy|ngaøy|tháng|th¸ng|thaùng|năm|n¨m|naêm))"
              + "[ \\u00a0]{"
              + TYPED_GAP
              + ",}\t*(?=[^\\s/.…,;])");

  /**
   * The last line of the run starting at {@code start}: over further lines with a gap, lines
   * without one between them (at most {@link #BRIDGE} in a row), items of a list that goes on in
   * the left column (the recipients under "Nơi nhận:" beside the signature) and the lines an item
   * wraps onto (in lower case); a blank line ends it.
   */
  private static int runEnd(String[] lines, int start) {
    int end = start;
    for (int k = start + 1; k < lines.length && !lines[k].isBlank(); k++) {
      if (gap(lines[k])) {
        end = k;
      } else if (LIST_ITEM.matcher(lines[k]).lookingAt()
          || end == k - 1 && Character.isLowerCase(lines[k].strip().charAt(0))) {
        // a list item, or the rest of the line above wrapped onto this one ("– Huyện ủy, …,
        // UBND các huyện,⏎thành phố;", Nghị quyết 33/2022/NQ-HĐND of Cao Bằng)
        end = k;
      } else if (end == k - 1 && besideTheNationalTitle(lines[end]) && capitals(lines[k])) {
        // the issuing body's next line in capitals under its first line printed beside the
        // national title, with nothing beside it ("NGÂN HÀNG NHÀ NƯỚC⇥CỘNG HOÀ …⏎VIỆT NAM", Thông
        // tư 01/2006/TT-NHNN): the left column's
        end = k;
      } else if (!gapWithin(lines, k)) {
        break;
      }
    }
    return end;
  }

  /** A line of both columns whose right one is the national title: "BỘ TÀI CHÍNH⇥CỘNG HÒA …". */
  private static boolean besideTheNationalTitle(String line) {
    int tab = line.indexOf('\t');
    return tab > 0
        && gap(line)
        && NATIONAL_TITLE.matcher(line.substring(tab + 1).strip()).matches();
  }

  /** The national title, or a Party document's. */
  private static final Pattern NATIONAL_TITLE =
      Pattern.compile(
          "CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
              + "|ĐẢNG CỘNG SẢN VIỆT NAM");

  /** A line in capitals: letters, none of them small ("VIỆT NAM", "TỈNH CAO BẰNG"). */
  private static boolean capitals(String line) {
    boolean letter = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** True when a line with a gap follows within {@link #BRIDGE} lines from {@code k}. */
  private static boolean gapWithin(String[] lines, int k) {
    for (int j = k; j < Math.min(lines.length, k + BRIDGE + 1) && !lines[j].isBlank(); j++) {
      if (gap(lines[j])) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<String> column, String part) {
    String p = part.strip();
    if (!p.isEmpty()) {
      column.add(p);
    }
  }

  /**
   * True when a line is printed as two columns: text after a tab, and before it either nothing (a
   * line of the right column alone) or text that is not only the label of a numbered item ("1.⇥",
   * "a)⇥", "Điều 3.⇥", "-⇥": a tab after a label is an indent, not a column).
   */
  static boolean gap(String line) {
    int tab = line.indexOf('\t');
    if (tab < 0 || line.substring(tab + 1).isBlank()) {
      return false;
    }
    String before = line.substring(0, tab).strip();
    return before.isEmpty() && tab == 0 || !before.isEmpty() && !LABEL.matcher(before).matches();
  }

  /** The label of a numbered item alone: "1.", "2)", "a)", "IV.", "Điều 3.", "-", "+". */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:[-–+•*]|\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLivxl]{1,5}|\\p{L})[.)]"
              + "|(?:Điều|Chương|Mục|Phần) [\\dIVXLC]{1,6}[.:]?)");

  /** A list item: "- Sở Nội vụ;", "– Chính phủ;", "+ …", "• …". */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-–+•]\\s");
}
