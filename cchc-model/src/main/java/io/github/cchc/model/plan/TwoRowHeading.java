package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A table heading of two rows, as a Word file gives it with merged cells: a cell spanning several
 * columns over the cells that divide it ("Kế hoạch" over "2025 | 2026", "Năm 2025" over "Kế hoạch |
 * Ước thực hiện"), and cells merged down both rows ("STT", "Chỉ tiêu", "Đơn vị tính") that the grid
 * of {@link SourceTable#grid()} repeats in the second row or leaves empty there. Joined, each
 * column is named by the words over it: "Kế hoạch 2025", "Kế hoạch 2026", "Năm 2025 Ước thực hiện".
 */
final class TwoRowHeading {
  private TwoRowHeading() {}

  /**
   * The heading of two rows {@code top} and {@code under} joined, one name a column, or {@code
   * null} when {@code under} is no second row of a heading: its first cell (the row number) is
   * neither empty nor that of {@code top}, it divides no cell of {@code top} (no cell where {@code
   * top} is empty or a spanned cell's), or it has a cell under a cell of {@code top} that spans no
   * other (a row of figures under a heading of one row).
   */
  static List<String> join(List<String> top, List<String> under) {
    if (top.size() != under.size() || top.size() < 3) {
      return null;
    }
    String first = under.get(0).strip();
    if (!first.isEmpty() && !first.equals(top.get(0).strip())) {
      return null;
    }
    List<String> names = new ArrayList<>();
    String over = "";
    boolean divides = false;
    for (int k = 0; k < top.size(); k++) {
      String t = top.get(k).strip();
      String u = under.get(k).strip();
      if (!t.isEmpty()) {
        // a spanned cell: the cell after it in the top row is empty, that under it is not
        boolean spanned =
            k + 1 < top.size() && top.get(k + 1).isBlank() && !under.get(k + 1).isBlank();
        over = spanned ? t : "";
      }
      if (u.isEmpty() || u.equals(t)) {
        // a cell merged down the two rows, or one of the top row alone
        names.add(t);
        continue;
      }
      if (over.isEmpty()) {
        // a cell under a cell that spans nothing: a row of the table, not of its heading
        return null;
      }
      names.add(over + " " + u);
      divides = true;
    }
    return divides ? names : null;
  }
}
