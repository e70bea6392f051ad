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
 * given, a step at a time, to the column where it saves the most lines of the table, or to all the
 * columns of a header as tall in several of them at once (word wrapping simulated with the measured
 * word widths; the header row counts once for every twenty rows, as it repeats on every page), the
 * rest to the long column. The type is 12 pt when the long texts then take at most three lines on
 * average, else 11, else 10 pt.
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

  /** A text longer than this many characters makes its column the long one. */
  static final int LONG_TEXT = 20;

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font REGULAR = ReportFonts.awt(ReportFonts.Style.REGULAR);
  private static final Font BOLD = ReportFonts.awt(ReportFonts.Style.BOLD);

  /**
   * The column of long texts of {@code table}: the one whose longest text is the longest of all,
   * when that is over 20 characters, more than a column of an equal share of the printed width
   * holds on a line in a table of six or more columns (an agency's name, "Sở Văn hóa, Thể thao và
   * Du lịch", as well as a target's wording): the automatic layout would wrap it.
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
    return longest.length > 0 && longest[widest] > LONG_TEXT ? widest : -1;
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
    // the texts as printed and their words, once for all type sizes
    String[][] headerWords = new String[n][];
    for (int c = 0; c < n; c++) {
      Column column = columns.get(c);
      String label = column.label() + column.unit().map(u -> " (" + u + ")").orElse("");
      headerWords[c] = WORDS.split(label.strip());
    }
    String[][][] cellWords = new String[rows.size()][n][]; // the words of each text cell
    String[][] numbers = new String[rows.size()][n]; // each number as printed
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < n; c++) {
        Cell cell = rows.get(r).cells().get(c);
        if (cell.kind() == CellKind.TEXT) {
          cellWords[r][c] = WORDS.split(VietnameseFormat.cell(cell, columns.get(c)).strip());
        } else if (cell.kind() != CellKind.EMPTY) {
          numbers[r][c] = VietnameseFormat.cell(cell, columns.get(c));
        }
      }
    }
    ColumnWidths smallest = null;
    for (int size = 12; size >= 10; size--) {
      Widths regular = new Widths(REGULAR.deriveFont((float) size));
      Widths bold = new Widths(BOLD.deriveFont((float) size));
      double space = regular.of(" ");
      double[] hard = new double[n]; // narrowest without cutting a word or number
      double[][][] words = new double[rows.size()][n][]; // word widths of each text cell
      double[][] header = new double[n][];
      for (int c = 0; c < n; c++) {
        header[c] = new double[headerWords[c].length];
        for (int i = 0; i < header[c].length; i++) {
          header[c][i] = bold.of(headerWords[c][i]);
          hard[c] = Math.max(hard[c], header[c][i]);
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        Widths font = r >= bodyRows ? bold : regular;
        for (int c = 0; c < n; c++) {
          if (cellWords[r][c] != null) {
            double[] w = new double[cellWords[r][c].length];
            for (int i = 0; i < w.length; i++) {
              w[i] = font.of(cellWords[r][c][i]);
              hard[c] = Math.max(hard[c], w[i]);
            }
            words[r][c] = w;
          } else if (numbers[r][c] != null) {
            hard[c] = Math.max(hard[c], font.of(numbers[r][c]));
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
        Tallest headerTallest = new Tallest(headerLines);
        Tallest[] rowTallest = new Tallest[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
          rowTallest[r] = new Tallest(lines[r]);
        }
        for (int c = 0; c < n; c++) {
          long[] saved = new long[most + 1];
          saved(
              header[c],
              headerLines[c],
              headerTallest,
              c,
              widths[c],
              step,
              padding,
              space,
              headerWeight,
              saved);
          for (int r = 0; r < rows.size(); r++) {
            if (words[r][c] != null) {
              saved(
                  words[r][c],
                  lines[r][c],
                  rowTallest[r],
                  c,
                  widths[c],
                  step,
                  padding,
                  space,
                  1,
                  saved);
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
        // a header as tall in several columns loses a line only when all of them widen: that
        // move competes too, at its cost in steps of every column it widens
        boolean[] tallest = new boolean[n];
        int together = 0;
        for (int c = 0; c < n; c++) {
          tallest[c] = headerLines[c] == headerTallest.without(-1);
          together += tallest[c] ? 1 : 0;
        }
        int jointSteps = 0;
        if (together > 1) {
          int room = (int) Math.floor((textWidth - used) / step) / together;
          for (int k = 1; k <= Math.min(12, room); k++) {
            long saved =
                jointSaved(
                    header,
                    headerLines,
                    words,
                    lines,
                    tallest,
                    widths,
                    k * step,
                    padding,
                    space,
                    headerWeight);
            double rate = (double) saved / (k * together);
            if (rate > bestRate) {
              jointSteps = k;
              bestRate = rate;
            }
          }
        }
        if (jointSteps > 0) {
          for (int c = 0; c < n; c++) {
            if (tallest[c]) {
              widths[c] += jointSteps * step;
              used += jointSteps * step;
              relines(c, header, headerLines, words, lines, widths, padding, space);
            }
          }
        } else {
          widths[best] += bestSteps * step;
          used += bestSteps * step;
          relines(best, header, headerLines, words, lines, widths, padding, space);
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

  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[ \\n]+");

  /**
   * Adds to {@code saved[k]} ({@code k} = 1 … {@code saved.length - 1}) the lines of a row (or of
   * the header, {@code weight} times) that widening column {@code c} by {@code k} steps saves: the
   * row is as tall as its tallest cell, so only a cell taller than every other cell of its row can
   * save lines, and no more than down to the next tallest.
   */
  private static void saved(
      double[] words,
      int now,
      Tallest row,
      int c,
      double width,
      double step,
      double padding,
      double space,
      long weight,
      long[] saved) {
    int others = row.without(c);
    if (now <= others) {
      return; // another cell is as tall: this one saves nothing
    }
    for (int k = 1; k < saved.length; k++) {
      int wider = lines(words, width + k * step - padding, space);
      if (wider <= others) {
        // fewer lines with more room never come back: from here on the row saves down to others
        for (int j = k; j < saved.length; j++) {
          saved[j] += weight * (now - others);
        }
        return;
      }
      saved[k] += weight * (now - wider);
    }
  }

  /** Lines of column {@code c}'s header and cells at its width now. */
  private static void relines(
      int c,
      double[][] header,
      int[] headerLines,
      double[][][] words,
      int[][] lines,
      double[] widths,
      double padding,
      double space) {
    headerLines[c] = lines(header[c], widths[c] - padding, space);
    for (int r = 0; r < lines.length; r++) {
      lines[r][c] = lines(words[r][c], widths[c] - padding, space);
    }
  }

  /**
   * The lines of the table that widening every column of {@code together} by {@code more} points
   * saves: the header's ({@code weight} times) and every row's.
   */
  private static long jointSaved(
      double[][] header,
      int[] headerLines,
      double[][][] words,
      int[][] lines,
      boolean[] together,
      double[] widths,
      double more,
      double padding,
      double space,
      long weight) {
    long saved =
        weight
            * (max(headerLines)
                - tallest(header, headerLines, together, widths, more, padding, space));
    for (int r = 0; r < lines.length; r++) {
      saved += max(lines[r]) - tallest(words[r], lines[r], together, widths, more, padding, space);
    }
    return saved;
  }

  /** The tallest cell of a row, in lines, once the columns of {@code together} are wider. */
  private static int tallest(
      double[][] words,
      int[] lines,
      boolean[] together,
      double[] widths,
      double more,
      double padding,
      double space) {
    int most = 0;
    for (int c = 0; c < lines.length; c++) {
      most =
          Math.max(
              most,
              together[c] && words[c] != null
                  ? lines(words[c], widths[c] + more - padding, space)
                  : lines[c]);
    }
    return most;
  }

  private static int max(int[] values) {
    int most = 0;
    for (int v : values) {
      most = Math.max(most, v);
    }
    return most;
  }

  /** The tallest and the second tallest cell of a row, in lines. */
  private static final class Tallest {
    private final int first;
    private final int firstAt;
    private final int second;

    Tallest(int[] lines) {
      int f = 0;
      int at = -1;
      int s = 0;
      for (int k = 0; k < lines.length; k++) {
        if (lines[k] > f) {
          s = f;
          f = lines[k];
          at = k;
        } else if (lines[k] > s) {
          s = lines[k];
        }
      }
      first = f;
      firstAt = at;
      second = s;
    }

    /** The tallest cell of the row but column {@code c}. */
    int without(int c) {
      return c == firstAt ? second : first;
    }
  }

  /** Text widths in one font, each distinct text measured once. */
  private static final class Widths {
    private final Font font;
    private final java.util.Map<String, Double> measured = new java.util.HashMap<>();

    Widths(Font font) {
      this.font = font;
    }

    double of(String text) {
      Double w = measured.get(text);
      if (w == null) {
        w = width(text, font);
        measured.put(text, w);
      }
      return w;
    }
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

  private static double width(String text, Font font) {
    return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
  }
}
