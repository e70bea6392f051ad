package io.github.cchc.reporting.html;

import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.render.ReportFonts;
import io.github.cchc.reporting.render.VietnameseFormat;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Optional;

/**
 * Column widths of a printed table (the PDF, a printed page) with one column of long texts (a
 * target's wording, a procedure's name), measured with the shipped font's metrics so that the long
 * column gets what the others do not need: a PDF laid out by openhtmltopdf's automatic table layout
 * gives every column its longest line's share and leaves such a column four to seven lines a cell.
 * Numbers never wrap (their column is as wide as the widest), no word is cut, short texts ("Không
 * đạt", "thiếu 0,34 điểm phần trăm") wrap in a few lines; when the columns' minimum widths leave
 * the long column less than a third of the text width at 12 pt, the table's type steps down to 11
 * and then 10 pt.
 *
 * @param percents the width of each column in percent of the table's width, one decimal
 * @param fontSize the type size of the table in points: 12, 11 or 10
 */
record PrintedColumns(List<String> percents, int fontSize) {
  /** Text width of the A4 page: 210 mm less margins of 30 and 15 mm, in points. */
  private static final double TEXT_WIDTH = 165 * 72 / 25.4;

  /** Cell padding (4 pt a side), the border and a point of safety, in points. */
  private static final double PADDING = 10;

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font REGULAR = ReportFonts.awt(ReportFonts.Style.REGULAR);
  private static final Font BOLD = ReportFonts.awt(ReportFonts.Style.BOLD);

  /**
   * The widths of {@code table}'s columns on the printed page, when it has a column of long texts.
   *
   * @param table the table
   * @param longColumn the index of its column of long texts
   * @return the widths, or empty when even the minimum widths at 10 pt do not fit the page (the
   *     automatic layout is left to do what it can)
   */
  static Optional<PrintedColumns> of(Table table, int longColumn) {
    List<Column> columns = table.columns();
    int n = columns.size();
    List<Row> rows = new java.util.ArrayList<>(table.rows());
    rows.addAll(table.totals());
    int bodyRows = table.rows().size();
    // the header row, repeated on every page: its lines count once per page (about 20 rows)
    int headerWeight = Math.max(1, rows.size() / 20);
    PrintedColumns smallest = null;
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
        hard[c] += PADDING;
        used += hard[c];
      }
      if (used > TEXT_WIDTH) {
        continue;
      }
      // The room left goes, a step at a time, where it saves the most lines of the table; what
      // saves none goes to the long column.
      double[] widths = hard.clone();
      int[][] lines = new int[rows.size()][n];
      int[] headerLines = new int[n];
      for (int c = 0; c < n; c++) {
        headerLines[c] = lines(header[c], widths[c] - PADDING, space);
        for (int r = 0; r < rows.size(); r++) {
          lines[r][c] = lines(words[r][c], widths[c] - PADDING, space);
        }
      }
      double step = Math.max(1, (TEXT_WIDTH - used) / 48);
      while (TEXT_WIDTH - used >= step) {
        // the most lines saved per step, looking up to twelve steps ahead (a text of a few words
        // saves a line only once a whole word fits)
        int best = longColumn;
        int bestSteps = 1;
        double bestRate = 0;
        int most = (int) Math.min(12, Math.floor((TEXT_WIDTH - used) / step));
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
            int wider = lines(header[c], widths[c] + k * step - PADDING, space);
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
                  now - Math.max(others, lines(words[r][c], widths[c] + k * step - PADDING, space));
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
        headerLines[best] = lines(header[best], widths[best] - PADDING, space);
        for (int r = 0; r < rows.size(); r++) {
          lines[r][best] = lines(words[r][best], widths[best] - PADDING, space);
        }
      }
      widths[longColumn] += TEXT_WIDTH - used;
      String[] percents = new String[n];
      double given = 0;
      for (int c = 0; c < n; c++) {
        if (c != longColumn) {
          // rounded up to a tenth, so that no number column is narrower than measured
          double p = Math.ceil(widths[c] * 1000 / TEXT_WIDTH) / 10;
          percents[c] = format(p);
          given += p;
        }
      }
      percents[longColumn] = format(Math.floor((100 - given) * 10) / 10);
      smallest = new PrintedColumns(List.of(percents), size);
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

  private static String format(double percent) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", percent);
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
