package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A document reduced to what the plan parser reads: paragraphs (as {@link String}) and tables (as
 * {@link SourceTable}) in document order.
 */
record SourceDocument(String file, List<Object> blocks) {

  /**
   * Returns the lines of the document as a reader of its header sees them: paragraphs, and the
   * lines of each cell of tables that are not task tables (the header of a Word document is often a
   * table of two columns: issuer and number on the left, quốc hiệu and date on the right).
   */
  List<String> headerLines() {
    List<String> lines = new ArrayList<>();
    for (Object block : blocks) {
      if (block instanceof String s) {
        lines.addAll(List.of(s.split("\\R", -1)));
      } else if (!AppendixReader.isTaskTable((SourceTable) block)) {
        for (List<SourceTable.Cell> row : ((SourceTable) block).rows()) {
          for (SourceTable.Cell c : row) {
            lines.addAll(List.of(c.text().split("\\R")));
            lines.add("");
          }
        }
      }
    }
    return lines;
  }

  /**
   * Returns the text: {@link #headerLines()}, with the rows of task tables as cells separated by
   * {@code " | "} in their place.
   */
  String text() {
    StringBuilder b = new StringBuilder();
    for (Object block : blocks) {
      if (block instanceof SourceTable t && AppendixReader.isTaskTable(t)) {
        for (List<String> row : t.grid()) {
          b.append(String.join(" | ", row).replace('\n', ' ')).append('\n');
        }
      } else {
        for (String line : new SourceDocument(file, List.of(block)).headerLines()) {
          b.append(line).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** Returns the document with {@code f} applied to each paragraph block and each cell's text. */
  SourceDocument map(java.util.function.UnaryOperator<String> f) {
    List<Object> out = new ArrayList<>(blocks.size());
    for (Object block : blocks) {
      if (block instanceof String s) {
        out.add(f.apply(s));
      } else {
        SourceTable t = (SourceTable) block;
        List<List<SourceTable.Cell>> rows = new ArrayList<>();
        for (List<SourceTable.Cell> row : t.rows()) {
          List<SourceTable.Cell> cells = new ArrayList<>();
          for (SourceTable.Cell c : row) {
            cells.add(new SourceTable.Cell(f.apply(c.text()), c.span(), c.merge()));
          }
          rows.add(cells);
        }
        out.add(new SourceTable(t.number(), rows));
      }
    }
    return new SourceDocument(file, List.copyOf(out));
  }
}
