package io.github.cchc.reporting.render;

import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Optional;

/**
 * Column widths of a printed table (PDF, DOCX, a printed page) with one column of long texts (a
 * target's wording, a procedure's name), measured with the shipped font's metrics (Times New
 * Roman's), so that the long column gets what the others do not need: an automatic table layout
 * gives every column its longest line's share and leaves such a column four to nine lines a cell.
 * Numbers never wrap (their column is as wide as the widest) and no word is cut; the room left is
 * given, a step at a time, to the column where it saves the most lines of the table (word wrapping
 * simulated with the measured word widths; the header row counts once for every twenty rows, as it
 * repeats on every page), the rest to the long column. The type is 12 pt when the long texts then
 * take at most three lines on average, else 11, else 10 pt.
 *
 * <pre>{@code
 * int wide = ColumnWidths.longColumn(table);            // -1: no column of long texts
 * ColumnWidths w = ColumnWidths.of(table, wide, 467.7, 10).orElseThrow();
 * w.points();                                           // one width per column, in points
 * }</pre>
 *
 * @param points the width of each column in points; they add up to the text width asked for
 * @param fontSize the type size of the table in points: 12, 11 or 10
 */
public record ColumnWidths(List<Double> points, int fontSize) {
  /**
   * The widths and type size, as computed by {@link #of}.
   *
   * @param points the widths in points
   * @param fontSize the type size
   */
  public ColumnWidths {
    points = List.copyOf(points);
  }

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font REGULAR = ReportFonts.awt(ReportFonts.Style.REGULAR);
  private static final Font BOLD = ReportFonts.awt(ReportFonts.Style.BOLD);

  /**
   * The column of long texts of {@code table}: the one whose longest text is the longest of all,
   * when that is over 40 characters.
   *
   * @param table the table
   * @return the column's index, or -1 when the table has no column of long texts
   */
  public static int longColumn(Table table) {
    int[] longest = new int[table.columns().size()];
    for (Row row : table.rows()) {
      for (int c = 0; c < longest.length; c++) {
        Cell cell = row.cells().get(c);
        if (cell.kind() == CellKind.TEXT) {
          longest[c] = Math.max(longest[c], cell.text().orElse("").length());
        }
      }
    }
    int widest = 0;
    for (int c = 1; c < longest.length; c++) {
      if (longest[c] > longest[widest]) {
        widest = c;
      }
    }
    return longest.length > 0 && longest[widest] > 40 ? widest : -1;
  }

  /**
   * The widths of {@code table}'s columns on a printed page.
   *
   * @param table the table
   * @param longColumn the index of its column of long texts ({@link #longColumn(Table)})
   * @param textWidth the width the table takes, in points (165 mm on the official A4 page: 467.7)
   * @param padding what a cell adds to its text's width (its margins and border), in points
   * @return the widths, or empty when even the narrowest widths at 10 pt do not fit
   * @throws IllegalArgumentException if {@code longColumn} is not a column of the table
   */
  public static Optional<ColumnWidths> of(
      Table table, int longColumn, double textWidth, double padding) {
    if (longColumn < 0 || longColumn >= table.columns().size()) {
      throw new IllegalArgumentException(
          "no column " + longColumn + " in a table of " + table.columns().size());
    }
    List<Column> columns = table.columns();
    int n = columns.size();
    List<Row> rows = new java.util.ArrayList<>(table.rows());
    rows.addAll(table.totals());
    int bodyRows = table.rows().size();
    // the header row, repeated on every page: its lines count once per page (about 20 rows)
    int headerWeight = Math.max(1, rows.size() / 20);
    ColumnWidths smallest = null;
    for (int size = 12; size >= 10; size--) {
      Font regular = REGULAR.deriveFont((float) size);
      Font bold = BOLD.deriveFont((float) size);
      double space = width(" ", regular);
      double[] hard = new double[n]; // narrowest without cutting a word or number
      double[][][] words = new double[rows.size()][n][]; // word widths of each text cell
      double[][] header = new double[n][];
      for (int c = 0; c < n; c++) {
        Column column = columns.get(c);
        String label = column.label() + column.unit().map(u -> " (" + u + ")").orElse("");
        String[] split = label.strip().split("[ \\n]+");
        header[c] = new double[split.length];
        for (int i = 0; i < split.length; i++) {
          header[c][i] = width(split[i], bold);
          hard[c] = Math.max(hard[c], header[c][i]);
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        Font font = r >= bodyRows ? bold : regular;
        for (int c = 0; c < n; c++) {
          Cell cell = rows.get(r).cells().get(c);
          String value = VietnameseFormat.cell(cell, columns.get(c));
          if (cell.kind() == CellKind.TEXT) {
            String[] split = value.strip().split("[ \\n]+");
            double[] w = new double[split.length];
            for (int i = 0; i < split.length; i++) {
              w[i] = width(split[i], font);
              hard[c] = Math.max(hard[c], w[i]);
            }
            words[r][c] = w;
          } else if (cell.kind() != CellKind.EMPTY) {
            hard[c] = Math.max(hard[c], width(value, font));
          }
        }
      }
      double used = 0;
      for (int c = 0; c < n; c++) {
        hard[c] += padding;
        used += hard[c];
      }
      if (used > textWidth) {
        continue;
      }
      // The room left goes, a step at a time, where it saves the most lines of the table; what
      // saves none goes to the long column.
      double[] widths = hard.clone();
      int[][] lines = new int[rows.size()][n];
      int[] headerLines = new int[n];
      for (int c = 0; c < n; c++) {
        headerLines[c] = lines(header[c], widths[c] - padding, space);
        for (int r = 0; r < rows.size(); r++) {
          lines[r][c] = lines(words[r][c], widths[c] - padding, space);
        }
      }
      double step = Math.max(1, (textWidth - used) / 48);
      while (textWidth - used >= step) {
        // the most lines saved per step, looking up to twelve steps ahead (a text of a few words
        // saves a line only once a whole word fits)
        int best = longColumn;
        int bestSteps = 1;
        double bestRate = 0;
        int most = (int) Math.min(12, Math.floor((textWidth - used) / step));
        int headerNow = 0;
        for (int k = 0; k < n; k++) {
          headerNow = Math.max(headerNow, headerLines[k]);
        }
        for (int c = 0; c < n; c++) {
          long[] saved = new long[most + 1];
          int headerOthers = 0;
          for (int k = 0; k < n; k++) {
            headerOthers = k == c ? headerOthers : Math.max(headerOthers, headerLines[k]);
          }
          for (int k = 1; k <= most; k++) {
            int wider = lines(header[c], widths[c] + k * step - padding, space);
            saved[k] += (long) headerWeight * (headerNow - Math.max(headerOthers, wider));
          }
          for (int r = 0; r < rows.size(); r++) {
            if (words[r][c] == null) {
              continue;
            }
            int now = 0;
            int others = 0;
            for (int k = 0; k < n; k++) {
              now = Math.max(now, lines[r][k]);
              others = k == c ? others : Math.max(others, lines[r][k]);
            }
            for (int k = 1; k <= most; k++) {
              saved[k] +=
                  now - Math.max(others, lines(words[r][c], widths[c] + k * step - padding, space));
            }
          }
          for (int k = 1; k <= most; k++) {
            double rate = (double) saved[k] / k;
            if (rate > bestRate) {
              best = c;
              bestSteps = k;
              bestRate = rate;
            }
          }
        }
        widths[best] += bestSteps * step;
        used += bestSteps * step;
        headerLines[best] = lines(header[best], widths[best] - padding, space);
        for (int r = 0; r < rows.size(); r++) {
          lines[r][best] = lines(words[r][best], widths[best] - padding, space);
        }
      }
      widths[longColumn] += textWidth - used;
      List<Double> points = new java.util.ArrayList<>(n);
      for (double w : widths) {
        points.add(w);
      }
      smallest = new ColumnWidths(points, size);
      // the largest type at which the long texts take at most three lines on average
      long longLines = 0;
      int counted = 0;
      for (int r = 0; r < rows.size(); r++) {
        if (words[r][longColumn] != null) {
          longLines += lines[r][longColumn];
          counted++;
        }
      }
      if (counted == 0 || longLines <= 3L * counted) {
        return Optional.of(smallest);
      }
    }
    return Optional.ofNullable(smallest);
  }

  /** Lines a text of these word widths takes in a line of {@code room} points, 1 if none. */
  private static int lines(double[] words, double room, double space) {
    if (words == null || words.length == 0) {
      return 1;
    }
    int lines = 1;
    double line = 0;
    for (double w : words) {
      if (line == 0) {
        line = w;
      } else if (line + space + w <= room) {
        line += space + w;
      } else {
        lines++;
        line = w;
      }
    }
    return lines;
  }

  private static double longestWord(String text, Font font) {
    double longest = 0;
    for (String word : text.split("[ \\n]+")) {
      longest = Math.max(longest, width(word, font));
    }
    return longest;
  }

  private static double width(String text, Font font) {
    return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
  }
}
