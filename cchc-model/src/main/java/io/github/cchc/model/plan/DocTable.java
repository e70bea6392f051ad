package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The grid of a table of an old Word {@code .doc} (POI HWPF), as {@link SourceTable#grid()} gives
 * that of a {@code .docx}: one column for each left edge of a cell in any row, a cell spanning
 * several columns (a "Kế hoạch" over "2025 | 2026", which Word 97 stores as one wider cell) in the
 * first of them and the others empty, a cell merged down from the row above ("STT", "Chỉ tiêu" over
 * a heading of two rows) with the text of the cell it continues.
 */
final class DocTable {
  private DocTable() {}

  static List<List<String>> grid(Table table, Function<TableCell, String> text) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        edges.add(row.getCell(c).getLeftEdge());
      }
    }
    List<Integer> columns = new ArrayList<>(edges);
    List<List<String>> grid = new ArrayList<>();
    List<String> previous = null;
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<String> out = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        out.add("");
      }
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int col = columns.indexOf(cell.getLeftEdge());
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && previous != null) {
          out.set(col, previous.get(col));
        } else {
          out.set(col, text.apply(cell));
        }
      }
      grid.add(out);
      previous = out;
    }
    return grid;
  }
}
