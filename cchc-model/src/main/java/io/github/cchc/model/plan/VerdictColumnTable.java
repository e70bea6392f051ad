package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of goals set against their results and judged, given one cell per line: the account of a
 * year a plan opens on, "Mục tiêu/Chỉ tiêu | Đề ra năm 2023 | Kết quả thực hiện | Đánh giá", rows
 * "- Tỷ lệ hồ sơ trực tuyến phát sinh của từng DVCTT … | 30% | 75,3% | Vượt" (hethongphapluat's
 * copy of Quảng Bình's Kế hoạch 2656/KH-UBND on digital transformation in 2024, judging the goals
 * of Kế hoạch 2328/KH-UBND). The class: a heading naming the indicator, then the goal set ("Đề ra",
 * "Kế hoạch", "Mục tiêu", "Chỉ tiêu giao"), then what was done ("Kết quả thực hiện", "Thực hiện"),
 * closed by a column of verdicts ("Đánh giá": "Đạt", "Vượt", "Không đạt"). The column of goals is
 * the goal each result is judged against, a goal of the document that set it; the column of results
 * is no goal.
 *
 * <p>Such a table has no numbered rows, and a web copy flattens it irregularly (a group row "a)
 * Chính quyền số" with empty cells, a row of parts "- Tỷ lệ văn bản … tại cơ quan" with no figure
 * and its parts "+ Cấp tỉnh | 97% | 97% | Đạt" under it, an indicator over two cells), so its rows
 * are read by what their cells hold rather than by their place: the cells of words name the
 * indicator, the first figure after them is the goal, the next the result, a verdict ends the row.
 * The table ends at prose (a cell longer than a cell, a heading, or words running over several
 * cells with no figure).
 */
final class VerdictColumnTable {
  private VerdictColumnTable() {}

  /** The longest cell of a table, in characters. */
  private static final int MAX_CELL = LineCells.MAX_CELL;

  /** The most cells of words a row's indicator runs over before the table is taken as ended. */
  private static final int MAX_WORD_CELLS = 4;

  private static final Pattern INDICATOR_HEADING =
      Pattern.compile(
          "(?:(?:ten\\s+)?(?:muc\\s+tieu|chi\\s+tieu|noi\\s+dung)(?:\\s*/\\s*)?)+(?:\\s+chu\\s+yeu)?");

  /** The goal set: "Đề ra năm 2023", "Kế hoạch năm 2023", "Mục tiêu", "Chỉ tiêu giao". */
  private static final Pattern GOAL_HEADING =
      Pattern.compile(
          "^(?:chi\\s+tieu\\s+)?(?:de\\s+ra|ke\\s+hoach|kh|muc\\s+tieu|chi\\s+tieu\\s+giao|giao)\\b");

  /** What was done: "Kết quả thực hiện", "Thực hiện năm 2023", "Ước thực hiện". */
  private static final Pattern RESULT_HEADING =
      Pattern.compile("^(?:ket\\s+qua|(?:uoc\\s+)?thuc\\s+hien|uoc\\s+dat|dat\\s+duoc)\\b");

  /** The column of verdicts: "Đánh giá", "Tự đánh giá", "Đánh giá kết quả". */
  private static final Pattern VERDICT_HEADING =
      Pattern.compile("^(?:tu\\s+)?danh\\s+gia(?:\\s+ket\\s+qua)?$");

  /** A verdict: "Đạt", "Vượt", "Không đạt", "Chưa hoàn thành", "Vượt kế hoạch". */
  private static final Pattern VERDICT =
      Pattern.compile(
          "^(?:khong\\s+|chua\\s+)?(?:dat|vuot|hoan\\s+thanh)"
              + "(?:\\s+(?:ke\\s+hoach|chi\\s+tieu|muc\\s+tieu))?\\.?$");

  /** A figure alone in its cell: "100%", "75,3%", "30", "≥ 95%", "Trên 90%". */
  private static final Pattern FIGURE_CELL =
      Pattern.compile(
          "^(?:[≥≤<>]|tren|duoi|toi\\s+thieu|it\\s+nhat|khoang)?\\s*\\d{1,3}(?:[.,]\\d+)*\\s*%?"
              + "(?:\\s*[-–]\\s*\\d{1,3}(?:[.,]\\d+)*\\s*%?)?$");

  /** A heading of the text after the table: "II. …", "Phần II", "PHẦN II". */
  private static final Pattern HEADING =
      Pattern.compile("^(?:[IVX]{1,5}\\.\\s|phan\\s+[ivx\\d]+\\b|chuong\\s+[ivx\\d]+\\b)");

  /** A part of the row of parts above it: "+ Cấp tỉnh". */
  private static final Pattern PART = Pattern.compile("^\\+\\s*");

  /**
   * Reads a table whose heading opens at line {@code start} (its cells one a line, blank lines
   * between): its goal cells told into {@code out} as "indicator: goal" lines; returns the line
   * after the table, or -1 when no such table opens there.
   *
   * @param lines the lines of the text
   * @param start the line the heading may open on
   * @param out the goal lines told
   */
  static int read(String[] lines, int start, List<String> out) {
    if (!INDICATOR_HEADING.matcher(Fold.fold(lines[start])).matches()) {
      return -1;
    }
    List<String> cells = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    LineCells.split(lines, start, true, true, cells, ends);
    // the heading: indicator, goal, result, verdict, in that order
    if (cells.size() < 5
        || !GOAL_HEADING.matcher(Fold.fold(cells.get(1))).find()
        || !RESULT_HEADING.matcher(Fold.fold(cells.get(2))).find()
        || !VERDICT_HEADING.matcher(Fold.fold(cells.get(3))).matches()) {
      return -1;
    }
    List<String> told = new ArrayList<>();
    List<String> words = new ArrayList<>();
    String parts = "";
    int figures = 0;
    int end = -1;
    for (int k = 4; k < cells.size(); k++) {
      String cell = cells.get(k);
      String f = Fold.fold(cell);
      if (cell.isEmpty()) {
        continue;
      }
      if (cell.length() > MAX_CELL || HEADING.matcher(f).lookingAt()) {
        break;
      }
      if (VERDICT.matcher(f).matches() && figures > 0) {
        words.clear();
        figures = 0;
        end = ends.get(k);
        continue;
      }
      if (FIGURE_CELL.matcher(f).matches()) {
        if (figures == 0) {
          if (words.isEmpty()) {
            break;
          }
          String indicator = String.join(" ", words);
          if (PART.matcher(indicator).lookingAt() && !parts.isEmpty()) {
            indicator = parts + ", " + PART.matcher(indicator).replaceFirst("");
          }
          told.add(indicator.replaceAll("[\\s:.;,]+$", "") + ": " + cell);
        }
        figures++;
        end = ends.get(k);
        continue;
      }
      // a cell of words: the indicator of the next row (after a row ended without its verdict, a
      // new row)
      if (figures > 0) {
        words.clear();
        figures = 0;
      }
      if (words.size() >= MAX_WORD_CELLS) {
        break;
      }
      if (words.isEmpty() && !PART.matcher(cell).lookingAt()) {
        // a row of parts ("- Tỷ lệ văn bản … tại cơ quan") names what its parts are parts of
        parts = cell.replaceAll("^[-–•]\\s*", "").replaceAll("[\\s:.;,]+$", "");
      }
      words.add(cell);
    }
    if (told.isEmpty()) {
      return -1;
    }
    out.addAll(told);
    return end + 1;
  }
}
