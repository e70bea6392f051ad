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
      } else if (!gapWithin(lines, k)) {
        break;
      }
    }
    return end;
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
