package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Row numbers of a table given as the markers of a numbered list, as a web page copies a table
 * whose number cells are each a list of their own: "1.", "2." … or, every cell's list starting
 * again, "1." on every row (qdnd.vn's "Kết quả thực hiện 12 chỉ tiêu kinh tế - xã hội chủ yếu năm
 * 2019": " 1. " before each of its twelve rows). The class: a cell that is a number and a dot
 * alone, in a table given one cell per line. The markers are told as the numbers of their rows, 1,
 * 2 … in the order they come, when they are all "1." or all go up by one from "1."; otherwise the
 * cells stay as they are (a list of figures "1.", "3." is no row numbering).
 */
final class ListMarkerRowNumbers {
  private ListMarkerRowNumbers() {}

  private static final Pattern MARKER = Pattern.compile("(\\d{1,3})\\.");

  /**
   * The cells with each list marker told as its row's number, or {@code cells} itself when they
   * hold no numbering of rows by list markers.
   *
   * @param cells the stripped texts of the cells of a table given one cell per line
   */
  static List<String> numbered(List<String> cells) {
    List<Integer> at = new ArrayList<>();
    boolean allOne = true;
    boolean ascending = true;
    for (int k = 0; k < cells.size(); k++) {
      var m = MARKER.matcher(cells.get(k));
      if (!m.matches()) {
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      allOne &= n == 1;
      ascending &= n == at.size() + 1;
      at.add(k);
    }
    if (at.size() < 2 || !(allOne || ascending)) {
      return cells;
    }
    List<String> out = new ArrayList<>(cells);
    for (int r = 0; r < at.size(); r++) {
      out.set(at.get(r), String.valueOf(r + 1));
    }
    return out;
  }
}
