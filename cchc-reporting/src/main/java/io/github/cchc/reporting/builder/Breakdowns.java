package io.github.cchc.reporting.builder;

import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.model.TableBuilder;
import io.github.cchc.reporting.render.VietnameseFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The indicators of a period side by side: one row per unit (or procedure), one rate column per
 * indicator, for the body of a report and its appendix; and the best and the worst unit of each
 * indicator in words. A unit with no dossier under any indicator gets no row of zeros: it is
 * counted in a note instead.
 */
final class Breakdowns {
  private Breakdowns() {}

  /**
   * A table of rates, one column per indicator ("Tỷ lệ (%)" under the indicator's name); a cell is
   * empty where the unit has no dossier under that indicator; a line of the whole province last.
   * Preceded by a note when units without any dossier were left out.
   */
  static List<Block> overview(
      String caption,
      String firstColumn,
      List<IndicatorBreakdown> indicators,
      Function<IndicatorBreakdown, List<UnitFigures>> side) {
    Map<String, UnitFigures[]> units = new LinkedHashMap<>();
    int k = indicators.size();
    for (int i = 0; i < k; i++) {
      for (UnitFigures f : side.apply(indicators.get(i))) {
        units.computeIfAbsent(f.unit(), u -> new UnitFigures[k])[i] = f;
      }
    }
    TableBuilder table =
        Table.builder()
            .caption(caption)
            .unitNote("Đơn vị tính: %")
            .addColumns(Column.of("STT"), Column.of(firstColumn));
    for (IndicatorBreakdown b : indicators) {
      table.addColumns(Column.of(shortName(b.indicator())));
    }
    table.addGroups(HeaderGroup.of("", 2), HeaderGroup.of("Tỷ lệ", k));
    long[] n = new long[k];
    long[] d = new long[k];
    int index = 0;
    int empty = 0;
    for (Map.Entry<String, UnitFigures[]> e : units.entrySet()) {
      boolean any = false;
      for (UnitFigures f : e.getValue()) {
        any |= f != null && f.denominator() > 0;
      }
      if (!any) {
        empty++;
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.count(++index));
      cells.add(Cell.text(e.getKey()));
      for (int i = 0; i < k; i++) {
        UnitFigures f = e.getValue()[i];
        if (f == null || f.denominator() == 0) {
          cells.add(Cell.empty());
        } else {
          n[i] += f.numerator();
          d[i] += f.denominator();
          cells.add(Cell.decimal(Rates.percent(f.numerator(), f.denominator()), 2));
        }
      }
      table.addRows(Row.of(cells));
    }
    List<Cell> total = new ArrayList<>(List.of(Cell.empty(), Cell.text("Toàn tỉnh")));
    for (int i = 0; i < k; i++) {
      total.add(d[i] == 0 ? Cell.empty() : Cell.decimal(Rates.percent(n[i], d[i]), 2));
    }
    table.addTotals(Row.of(total));
    List<Block> blocks = new ArrayList<>();
    if (empty > 0) {
      blocks.add(
          Paragraph.of(
              "Không liệt kê "
                  + empty
                  + " "
                  + firstColumn.toLowerCase(java.util.Locale.ROOT)
                  + " không có hồ sơ thuộc mẫu số của chỉ số nào trong kỳ."));
    }
    blocks.add(table.build());
    return blocks;
  }

  /**
   * One sentence per indicator naming the best and the worst unit with their rates (half up, two
   * decimals), by the indicator's direction; units without dossiers are not compared.
   */
  static List<Block> extremes(List<IndicatorBreakdown> indicators) {
    List<Block> out = new ArrayList<>();
    for (IndicatorBreakdown b : indicators) {
      UnitFigures best = null;
      UnitFigures worst = null;
      int counted = 0;
      for (UnitFigures f : b.byUnit()) {
        if (f.denominator() == 0) {
          continue;
        }
        counted++;
        if (best == null || better(b, f, best) > 0) {
          best = f;
        }
        if (worst == null || better(b, f, worst) < 0) {
          worst = f;
        }
      }
      if (counted < 2) {
        continue;
      }
      out.add(
          Paragraph.of(
              "- "
                  + b.indicator()
                  + ": tốt nhất là "
                  + best.unit()
                  + " ("
                  + rate(best)
                  + "), kém nhất là "
                  + worst.unit()
                  + " ("
                  + rate(worst)
                  + ")"
                  + (b.lowerIsBetter() ? " (tỷ lệ càng thấp càng tốt)." : ".")));
    }
    return out;
  }

  /**
   * One sentence per indicator naming the worst unit with its rate and the province's rate, for tồn
   * tại, hạn chế; units without dossiers are not compared.
   */
  static List<Block> worst(List<IndicatorBreakdown> indicators) {
    List<Block> out = new ArrayList<>();
    for (IndicatorBreakdown b : indicators) {
      UnitFigures worst = null;
      long n = 0;
      long d = 0;
      int counted = 0;
      for (UnitFigures f : b.byUnit()) {
        if (f.denominator() == 0) {
          continue;
        }
        counted++;
        n += f.numerator();
        d += f.denominator();
        if (worst == null || better(b, f, worst) < 0) {
          worst = f;
        }
      }
      if (counted < 2) {
        continue;
      }
      out.add(
          Paragraph.of(
              "- "
                  + b.indicator()
                  + ": kém nhất là "
                  + worst.unit()
                  + " ("
                  + rate(worst)
                  + "; toàn tỉnh: "
                  + VietnameseFormat.percent(Rates.percent(n, d), 2)
                  + ")"
                  + (b.lowerIsBetter() ? " — tỷ lệ càng thấp càng tốt." : ".")));
    }
    return out;
  }

  /** Positive when {@code a} is better than {@code b} under the indicator's direction. */
  private static int better(IndicatorBreakdown indicator, UnitFigures a, UnitFigures b) {
    int c = Rates.compare(a.numerator(), a.denominator(), b.numerator(), b.denominator());
    return indicator.lowerIsBetter() ? -c : c;
  }

  private static String rate(UnitFigures f) {
    return VietnameseFormat.percent(Rates.percent(f.numerator(), f.denominator()), 2);
  }

  /** "Tỷ lệ hồ sơ giải quyết đúng hạn" → "Hồ sơ giải quyết đúng hạn", under the group "Tỷ lệ". */
  static String shortName(String indicator) {
    for (String prefix : new String[] {"Tỷ lệ "}) {
      if (indicator.startsWith(prefix) && indicator.length() > prefix.length()) {
        String rest = indicator.substring(prefix.length());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return indicator;
  }
}
