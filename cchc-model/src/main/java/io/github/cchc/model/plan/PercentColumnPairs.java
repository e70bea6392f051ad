package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of goals with no numbered rows, given one cell per line: a column of names (of provinces,
 * of sectors) beside a column of figures whose heading gives the unit in percent, the pair of
 * columns perhaps repeated side by side to fit the page, "Tỉnh, thành phố | Tăng trưởng GRDP 2026 -
 * 2030 (%) | Tỉnh, thành phố | Tăng trưởng GRDP 2026 - 2030 (%)", rows "Hà Nội | 10,5 – 11,0 | Hưng
 * Yên | 10,0 – 11,0" (thuvienphapluat's news page on the provinces' growth goals of the draft
 * documents of the XIVth Congress). The cells are bare figures or ranges, their unit the heading's
 * ("(%)", "%/năm"); a cell may give its own ("Từ 10% trở lên").
 *
 * <p>Such a table is a table of goals when its figure column's heading says so ("Mục tiêu tăng
 * trưởng (%)", "Chỉ tiêu … (%)", "Dự kiến … (%)") or the line that announces it does ("Dự kiến tốc
 * độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành", "Chỉ tiêu phấn đấu …"); a heading or an
 * announcement of results ("Kết quả", "Thực hiện", "Ước đạt", "Ước tính") makes it none, as a table
 * of figures with no word of a goal is. Each row is told "name: figure%", read as a goal cell is.
 */
final class PercentColumnPairs {
  private PercentColumnPairs() {}

  /** The longest cell of a table, in characters. */
  private static final int MAX_CELL = LineCells.MAX_CELL;

  /** The longest cell naming a row. */
  private static final int MAX_NAME = 80;

  /** The most pairs of columns side by side. */
  private static final int MAX_PAIRS = 4;

  /** The fewest rows of a table. */
  private static final int MIN_ROWS = 3;

  /** A heading giving its unit in percent: "… (%)", "… (%/năm)", "… %/năm". */
  private static final Pattern PERCENT_HEADING =
      Pattern.compile("\\(\\s*%\\s*(?:/\\s*nam\\s*)?\\)|%\\s*/\\s*nam\\b");

  /** Words of a goal, in a heading or the line announcing the table. */
  private static final Pattern GOAL_WORDS =
      Pattern.compile(
          "\\b(?:ke\\s+hoach|muc\\s+tieu|phan\\s+dau|chi\\s+tieu|du\\s+kien|dinh\\s+huong)\\b");

  /** Words of a result: the table gives what was done. */
  private static final Pattern RESULT_WORDS =
      Pattern.compile(
          "\\b(?:thuc\\s+hien|uoc(?:\\s+tinh|\\s+dat)?|ket\\s+qua|dat\\s+duoc|so\\s+lieu"
              + "|so\\s+sanh|cung\\s+ky)\\b");

  /** A figure or a range alone in its cell: "10", "10,5 – 11,0", "9,5%". */
  private static final Pattern FIGURE_CELL =
      Pattern.compile("\\d{1,3}(?:[.,]\\d+)?\\s*%?(?:\\s*[-–]\\s*\\d{1,3}(?:[.,]\\d+)?\\s*%?)?");

  /** A short cell of words around a figure in percent: "Từ 10% trở lên", "Trên 8%". */
  private static final Pattern WORDED_CELL =
      Pattern.compile("[\\p{L}\\s]{0,20}\\d{1,3}(?:[.,]\\d+)?\\s*%[\\p{L}\\s]{0,20}");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /**
   * Reads a table whose heading opens at line {@code start} (its cells one a line, blank lines
   * between): its rows told into {@code out} as "name: figure%" lines; returns the line after the
   * table, or -1 when no such table opens there.
   *
   * @param lines the lines of the text
   * @param start the line the heading may open on
   * @param out the goal lines told
   */
  static int read(String[] lines, int start, List<String> out) {
    String name = lines[start].strip();
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || DIGIT.matcher(name).find()
        || start + 2 >= lines.length
        || !lines[start + 1].isEmpty()) {
      return -1;
    }
    int second = start + 1;
    while (second < lines.length && lines[second].isBlank()) {
      second++;
    }
    if (second >= lines.length || lines[second].indexOf('%') < 0) {
      return -1;
    }
    List<String> cells = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    LineCells.split(lines, start, false, false, cells, ends);
    if (cells.size() < 2 + 2 * MIN_ROWS) {
      return -1;
    }
    String head = Fold.fold(cells.get(1));
    if (!PERCENT_HEADING.matcher(head).find() || RESULT_WORDS.matcher(head).find()) {
      return -1;
    }
    if (!GOAL_WORDS.matcher(head).find() && !announced(lines, start)) {
      return -1;
    }
    // the pair of headings, repeated side by side
    int pairs = 1;
    while (pairs < MAX_PAIRS
        && 2 * pairs + 1 < cells.size()
        && cells.get(2 * pairs).equals(cells.get(0))
        && cells.get(2 * pairs + 1).equals(cells.get(1))) {
      pairs++;
    }
    List<String> told = new ArrayList<>();
    int end = -1;
    for (int k = 2 * pairs; k + 1 < cells.size(); k += 2) {
      String row = cells.get(k);
      String figure = cells.get(k + 1);
      if (row.isEmpty()
          || row.length() > MAX_NAME
          || DIGIT.matcher(row).find()
          || !(FIGURE_CELL.matcher(figure).matches() || WORDED_CELL.matcher(figure).matches())) {
        break;
      }
      told.add(
          row.replaceAll("[\\s:.;,]+$", "")
              + ": "
              + (figure.indexOf('%') >= 0 ? figure : figure + "%"));
      end = ends.get(k + 1);
    }
    if (told.size() < MIN_ROWS) {
      return -1;
    }
    out.addAll(told);
    return end + 1;
  }

  /** Whether the paragraph just before the table announces goals, and no results. */
  private static boolean announced(String[] lines, int start) {
    int i = start - 1;
    while (i >= 0 && lines[i].isBlank()) {
      i--;
    }
    if (i < 0 || lines[i].length() > MAX_CELL) {
      return false;
    }
    String f = Fold.fold(lines[i]);
    return GOAL_WORDS.matcher(f).find() && !RESULT_WORDS.matcher(f).find();
  }
}
