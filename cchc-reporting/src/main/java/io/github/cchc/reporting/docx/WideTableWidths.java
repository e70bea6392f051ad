package io.github.cchc.reporting.docx;

import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.render.ReportFonts;
import io.github.cchc.reporting.render.VietnameseFormat;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The widths of a table of ten columns or more (the statistical form Biểu II.06a has 13) on the
 * portrait text width, measured with the report's font as the PDF sets such a table: numbers and
 * header words never cut, text columns (the agency) share what is left, the type size stepping down
 * from 10 to 8 pt until the narrowest widths fit, cell margins of 2 pt a side ({@link
 * #CELL_MARGIN_TWIPS}). Without it such a table took its estimated widths at 10 pt, 12,181 twips on
 * a text width of 9,354, and ran past the right margin.
 */
final class WideTableWidths {
  /** Left and right margin of a cell of a wide table: 2 pt, as the PDF's wide tables. */
  static final int CELL_MARGIN_TWIPS = 40;

  /** The fewest columns of a wide table. */
  static final int COLUMNS = 10;

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  /** What a cell adds to its text: both margins, the border and 3 pt of safety, in points. */
  private static final double PADDING = 2 * CELL_MARGIN_TWIPS / 20.0 + 3;

  private WideTableWidths() {}

  /**
   * The layout of {@code table} on {@code textWidth} twips, or empty if it has fewer than {@link
   * #COLUMNS} columns or does not fit even at 8 pt.
   */
  static Optional<DocxRenderer.TableLayout> of(Table table, int textWidth) {
    List<Column> columns = table.columns();
    int n = columns.size();
    if (n < COLUMNS) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>(table.rows());
    rows.addAll(table.totals());
    double available = textWidth / 20.0;
    // first the largest size at which the longest text (an agency's name) takes at most two
    // lines, then the largest at which nothing is cut
    for (boolean roomy : new boolean[] {true, false}) {
      for (int size = 10; size >= 8; size--) {
        Optional<DocxRenderer.TableLayout> layout =
            layout(columns, rows, size, available, textWidth, roomy);
        if (layout.isPresent()) {
          return layout;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DocxRenderer.TableLayout> layout(
      List<Column> columns,
      List<Row> rows,
      int size,
      double available,
      int textWidth,
      boolean roomy) {
    int n = columns.size();
    Font regular = ReportFonts.awt(ReportFonts.Style.REGULAR).deriveFont((float) size);
    Font bold = ReportFonts.awt(ReportFonts.Style.BOLD).deriveFont((float) size);
    double[] least = new double[n]; // the longest word or number
    double[] wish = new double[n]; // a text column's longest text on one line
    boolean[] text = new boolean[n];
    for (int c = 0; c < n; c++) {
      for (String word : DocxRenderer.label(columns.get(c)).split(" ")) {
        least[c] = Math.max(least[c], width(word, bold));
      }
    }
    for (Row row : rows) {
      for (int c = 0; c < n; c++) {
        Cell cell = row.cells().get(c);
        String value = VietnameseFormat.cell(cell, columns.get(c));
        if (cell.kind() == CellKind.TEXT) {
          text[c] = true;
          for (String word : value.split(" ")) {
            least[c] = Math.max(least[c], width(word, regular));
          }
          wish[c] = Math.max(wish[c], width(value, regular));
        } else {
          least[c] = Math.max(least[c], width(value, regular));
        }
      }
    }
    double sum = 0;
    double textWish = 0;
    for (int c = 0; c < n; c++) {
      least[c] += PADDING;
      wish[c] += PADDING;
      if (roomy && text[c]) {
        least[c] = Math.max(least[c], wish[c] / 2);
      }
      sum += least[c];
      textWish += text[c] ? Math.max(wish[c] - least[c], 0) : 0;
    }
    if (sum > available) {
      return Optional.empty();
    }
    // numbers keep their width; what is left goes to the text columns by what they lack, or to
    // every column alike in a table of numbers only
    double spare = available - sum;
    int[] widths = new int[n];
    int used = 0;
    int last = -1;
    for (int c = 0; c < n; c++) {
      double extra =
          textWish > 0
              ? (text[c] ? spare * Math.max(wish[c] - least[c], 0) / textWish : 0)
              : spare / n;
      widths[c] = (int) Math.floor((least[c] + extra) * 20);
      used += widths[c];
      if (text[c] || textWish == 0) {
        last = c;
      }
    }
    if (last < 0) {
      last = n - 1;
    }
    widths[last] += textWidth - used; // rounding: the table takes the text width exactly
    return Optional.of(new DocxRenderer.TableLayout(widths, size));
  }

  private static double width(String s, Font font) {
    return s.isEmpty() ? 0 : font.getStringBounds(s, CONTEXT).getWidth();
  }
}
