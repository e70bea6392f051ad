package io.github.cchc.reporting.builder;

import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.model.TableBuilder;
import java.util.List;

/** The table of one indicator by unit or by procedure: numerator, denominator, rate, totals. */
final class FiguresTable {
  private FiguresTable() {}

  static Table of(
      String caption, String firstColumn, IndicatorBreakdown indicator, List<UnitFigures> figures) {
    TableBuilder table =
        Table.builder()
            .caption(caption)
            .unitNote("Đơn vị tính: " + indicator.countUnit() + "; tỷ lệ: %")
            .addColumns(
                Column.of("STT"),
                Column.of(firstColumn),
                Column.of(indicator.numeratorLabel(), indicator.countUnit()),
                Column.of(indicator.denominatorLabel(), indicator.countUnit()),
                Column.of("Tỷ lệ", "%"))
            .addGroups(HeaderGroup.of("", 2), HeaderGroup.of(indicator.indicator(), 3));
    long n = 0;
    long d = 0;
    int index = 0;
    int empty = 0;
    for (UnitFigures f : figures) {
      if (f.denominator() == 0) {
        empty++; // no row of zeros; counted in the unit note instead
        continue;
      }
      n += f.numerator();
      d += f.denominator();
      table.addRows(
          Row.of(
              Cell.count(++index),
              Cell.text(f.unit()),
              Cell.count(f.numerator()),
              Cell.count(f.denominator()),
              rate(f.numerator(), f.denominator())));
    }
    if (empty > 0) {
      table.unitNote(
          "Đơn vị tính: "
              + indicator.countUnit()
              + "; tỷ lệ: %; không liệt kê "
              + empty
              + " dòng không có "
              + indicator.countUnit()
              + " thuộc mẫu số");
    }
    table.addTotals(
        Row.of(Cell.empty(), Cell.text("Tổng cộng"), Cell.count(n), Cell.count(d), rate(n, d)));
    return table.build();
  }

  static Cell rate(long numerator, long denominator) {
    return denominator == 0 ? Cell.empty() : Cell.percent(Rates.percent(numerator, denominator), 2);
  }
}
