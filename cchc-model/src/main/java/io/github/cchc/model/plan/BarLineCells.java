package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table flattened one cell a line, each cell closed by a line holding "|" alone (two bars in a
 * row close an empty cell), as a provincial portal's copy gives a report's table of chỉ tiêu:
 * "Stt⏎|⏎Chỉ tiêu chủ yếu⏎|⏎TH năm 2023⏎|⏎KH năm 2024⏎|⏎Ước TH 2024⏎|⏎Đánh giá⏎|⏎I⏎|⏎Kinh tế⏎|…"
 * (hue.gov.vn on Báo cáo 571/BC-UBND of 2024). Re-formed as rows of cells joined by " | " for
 * {@link GoalTable}, which reads their goal column ("KH năm 2024") and leaves the results ("TH",
 * "Ước TH"). Cells merged over several rows (a verdict "Đạt" over a group, the number of a group's
 * sub-items) leave the rows that share them short, so rows are told by where they begin, not by
 * their count of cells: at the next row number (1, 2 … or I, II …) or at a sub-item ("- Dịch vụ
 * (%)"), with the empty number cell before it; a short row is filled at its end. A sub-item is told
 * with its group's name before it ("Cơ cấu kinh tế - Nông Lâm Ngư nghiệp (%)"), as the sub-items of
 * a growth and of a structure are read differently.
 */
final class BarLineCells {
  private BarLineCells() {}

  /** The rows re-formed, and the last line of the text the table takes. */
  record Table(String[] rows, int end) {}

  private static final int MAX_CELL = 300;

  private static final int MAX_HEADING = 10;

  /**
   * The most lines a cell wraps over: a narrow column of explanations wraps a cell of 265
   * characters over six ("Số⏎người dân ở độ tuổi trưởng thành, các doanh⏎nghiệp,⏎đơn vị, …",
   * giavien.ninhbinh.gov.vn's Phụ lục of xã Gia Phong's digital transformation chỉ tiêu); prose is
   * told by its length ({@link #MAX_CELL}).
   */
  private static final int MAX_CELL_LINES = 6;

  private static final Pattern NUMBER_HEADING = Pattern.compile("(?:so\\s+)?s?tt\\.?");

  private static final Pattern SUB_ITEM = Pattern.compile("^[-+–]\\s*\\p{L}.*");

  private static final List<String> ROMANS =
      List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

  /** The table whose heading opens at {@code start} in {@code lines}, or {@code null}. */
  static Table from(String[] lines, int start) {
    if (start + 1 >= lines.length
        || !lines[start + 1].strip().equals("|")
        || !NUMBER_HEADING
            .matcher(VietnameseText.fold(lines[start].strip()).replaceAll("\\s+", " "))
            .matches()) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int textLines = 0;
    int end = -1;
    for (int i = start; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.equals("|")) {
        cells.add(current.toString().strip());
        current.setLength(0);
        textLines = 0;
        end = i;
        continue;
      }
      if (l.isEmpty() || ++textLines > MAX_CELL_LINES || current.length() + l.length() > MAX_CELL) {
        break;
      }
      current.append(' ').append(l);
    }
    int width = 0;
    while (width < cells.size()
        && width < MAX_HEADING
        && !(width > 0 && (cells.get(width).equals("1") || cells.get(width).equals("I")))) {
      width++;
    }
    if (width < 3 || width >= cells.size()) {
      return null;
    }
    List<String> rows = new ArrayList<>();
    rows.add(piped(cells.subList(0, width)));
    int arabic = 0;
    int roman = 0;
    String group = "";
    int k = width;
    while (k < cells.size()) {
      int rowStart = k;
      String first = cells.get(k);
      List<String> row = new ArrayList<>();
      if (first.equals(String.valueOf(arabic + 1))) {
        arabic++;
        row.add(first);
        k++;
      } else if (roman < ROMANS.size() && first.equals(ROMANS.get(roman))) {
        roman++;
        row.add(first);
        k++;
      } else if (first.isEmpty() && k + 1 < cells.size() && sub(cells.get(k + 1))) {
        row.add("");
        k++;
      } else if (sub(first)) {
        row.add("");
      } else {
        break;
      }
      int body = k;
      while (k < cells.size() && row.size() < width) {
        String c = cells.get(k);
        if (k > body && startsRow(cells, k, arabic, roman)) {
          break;
        }
        row.add(c);
        k++;
      }
      if (k == rowStart + 1 && row.size() < 2) {
        break;
      }
      // cells of the row past its width (empty cells merged below): the next row's
      while (k < cells.size() && !startsRow(cells, k, arabic, roman) && cells.get(k).isEmpty()) {
        k++;
      }
      while (row.size() < width) {
        row.add("");
      }
      String indicator = row.get(1);
      if (sub(indicator)) {
        if (!group.isEmpty()) {
          row.set(1, group + " " + indicator);
        }
      } else {
        group =
            indicator
                .replaceAll("(?iu)\\(\\s*%\\s*\\)", "")
                .replaceAll("(?iu),?\\s*trong\\s+đó\\s*:?\\s*$", "")
                .replaceAll("[\\s:.;,]+$", "")
                .strip();
      }
      rows.add(piped(row));
    }
    if (rows.size() < 2) {
      return null;
    }
    return new Table(rows.toArray(new String[0]), end);
  }

  /** A row as "| cell | cell |", its outer bars kept so that an empty first cell stays a cell. */
  private static String piped(List<String> row) {
    return "| " + String.join(" | ", row) + " |";
  }

  private static boolean sub(String cell) {
    return SUB_ITEM.matcher(cell).matches();
  }

  /** Whether a row begins at cell {@code k}: the next row number, or a sub-item. */
  private static boolean startsRow(List<String> cells, int k, int arabic, int roman) {
    String c = cells.get(k);
    return c.equals(String.valueOf(arabic + 1))
        || (roman < ROMANS.size() && c.equals(ROMANS.get(roman)))
        || sub(c)
        || (c.isEmpty() && k + 1 < cells.size() && sub(cells.get(k + 1)));
  }
}
