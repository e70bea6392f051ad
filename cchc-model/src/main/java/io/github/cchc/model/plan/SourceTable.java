package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;

/** A table of a source document, as cells with their horizontal span and vertical merge. */
record SourceTable(int number, List<List<SourceTable.Cell>> rows) {

  enum Merge {
    NONE,
    RESTART,
    CONTINUE
  }

  record Cell(String text, int span, Merge merge) {}

  /**
   * Expands spans and vertical merges into a grid of texts: a spanned cell's text stands in the
   * first column it spans (the others are empty), a continued cell takes the text of the cell
   * above.
   */
  List<List<String>> grid() {
    List<List<String>> grid = new ArrayList<>();
    List<String> previous = List.of();
    for (List<Cell> row : rows) {
      List<String> out = new ArrayList<>();
      for (Cell c : row) {
        for (int k = 0; k < Math.max(1, c.span()); k++) {
          int col = out.size();
          if (c.merge() == Merge.CONTINUE && col < previous.size()) {
            out.add(previous.get(col));
          } else {
            out.add(k == 0 ? c.text() : "");
          }
        }
      }
      grid.add(out);
      previous = out;
    }
    return grid;
  }

  /**
   * Returns whether a row is a group row: one cell spanning the whole table width, or a number cell
   * followed by one cell spanning the rest.
   */
  boolean isFullWidth(int row, int width) {
    List<Cell> cells = rows.get(row);
    if (width <= 2) {
      return false;
    }
    return (cells.size() == 1 && cells.get(0).span() >= width)
        || (cells.size() == 2 && cells.get(1).span() >= width - 1);
  }

  /** Returns the text of the cells of a row, joined by a space. */
  String rowText(int row) {
    StringBuilder b = new StringBuilder();
    for (Cell c : rows.get(row)) {
      String t = c.text().strip();
      if (!t.isEmpty()) {
        if (b.length() > 0) {
          b.append(b.toString().matches("[IVXivx]+") ? ". " : " ");
        }
        b.append(t);
      }
    }
    return b.toString();
  }
}
