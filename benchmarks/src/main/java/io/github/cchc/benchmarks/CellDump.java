package io.github.cchc.benchmarks;

import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Table;
import java.math.BigDecimal;

/**
 * The baseline of the rendering benchmarks: every table cell's plain text and value appended to a
 * StringBuilder, the least work any renderer of the same report does.
 */
final class CellDump {
  private CellDump() {}

  static String of(Iterable<Section> sections, int capacity) {
    StringBuilder out = new StringBuilder(capacity);
    for (Section section : sections) {
      for (Block block : section.blocks()) {
        if (block instanceof Table t) {
          for (Row row : t.rows()) {
            for (Cell cell : row.cells()) {
              out.append(cell.text().orElse(""))
                  .append(cell.value().orElse(BigDecimal.ZERO))
                  .append(',');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
