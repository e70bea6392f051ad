package io.github.cchc.model.plan;

import java.util.List;

/**
 * The cells of a table a web copy lays out one cell per line, a blank line closing each cell ("Mục
 * tiêu/Chỉ tiêu", "Đề ra năm 2023", "Kết quả thực hiện" … each on lines of its own): shared by the
 * readers of such tables ({@link VerdictColumnTable}, {@link PercentColumnPairs}).
 */
final class LineCells {
  /** A cell longer than this is prose: the table ends before it. */
  static final int MAX_CELL = 300;

  private LineCells() {}

  /**
   * Adds the cells from line {@code start} on, each with the last line it takes.
   *
   * @param spacesAreACell a line of spaces only (not empty) is an empty cell of its own, as a table
   *     copied with its empty cells gives it
   * @param keepProse the cell that runs past {@link #MAX_CELL} is added, as it is, before the
   *     reading stops; otherwise it is left out
   */
  static void split(
      String[] lines,
      int start,
      boolean spacesAreACell,
      boolean keepProse,
      List<String> cells,
      List<Integer> ends) {
    StringBuilder current = null;
    for (int i = start; i < lines.length; i++) {
      String raw = lines[i];
      if (raw.isBlank()) {
        if (current != null) {
          cells.add(current.toString().strip());
          ends.add(i - 1);
          current = null;
        }
        if (spacesAreACell && !raw.isEmpty()) {
          cells.add("");
          ends.add(i);
        }
        continue;
      }
      if (current == null) {
        current = new StringBuilder(raw.strip());
      } else {
        current.append(' ').append(raw.strip());
      }
      if (current.length() > MAX_CELL) {
        break;
      }
    }
    if (current != null && (keepProse || current.length() <= MAX_CELL)) {
      cells.add(current.toString().strip());
      ends.add(lines.length - 1);
    }
  }
}
