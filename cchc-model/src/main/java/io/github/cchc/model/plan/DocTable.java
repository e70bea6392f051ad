package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A table of an old Word {@code .doc} (POI HWPF) as the {@link SourceTable} a {@code .docx}'s table
 * is ({@link DocxSource}), so that both are read by the same code: one column for each left edge of
 * a cell in any row, a cell spanning the columns whose left edges it covers (a "Kế hoạch" over
 * "2025 | 2026", which Word 97 stores as one wider cell), a cell merged down from the row above
 * ("STT", "Chỉ tiêu" over a heading of two rows) told as continuing it.
 */
final class DocTable {
  private DocTable() {}

  static SourceTable table(int number, Table table, Function<TableCell, String> text) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        edges.add(row.getCell(c).getLeftEdge());
      }
    }
    List<Integer> columns = new ArrayList<>(edges);
    List<List<SourceTable.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<SourceTable.Cell> cells = new ArrayList<>();
      int at = 0; // the grid column the next cell stands in
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int col = columns.indexOf(cell.getLeftEdge());
        for (; at < col; at++) {
          cells.add(new SourceTable.Cell("", 1, SourceTable.Merge.NONE)); // a gap in the row
        }
        int right = cell.getLeftEdge() + cell.getWidth();
        int span = Math.max(1, edges.subSet(cell.getLeftEdge(), right).size());
        SourceTable.Merge merge = SourceTable.Merge.NONE;
        if (cell.isVerticallyMerged()) {
          merge =
              cell.isFirstVerticallyMerged() || r == 0
                  ? SourceTable.Merge.RESTART
                  : SourceTable.Merge.CONTINUE;
        }
        cells.add(
            new SourceTable.Cell(
                merge == SourceTable.Merge.CONTINUE ? "" : text.apply(cell), span, merge));
        at += span;
      }
      rows.add(cells);
    }
    return new SourceTable(number, rows);
  }
}
