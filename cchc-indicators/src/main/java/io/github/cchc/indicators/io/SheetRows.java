package io.github.cchc.indicators.io;

import io.github.cchc.model.dossier.Dossier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a workbook's sheets ({@code .xlsx}, {@code .xls}), as the cell texts a streaming
 * parser gives, turned into dossiers with the reader's mapping and the accounting of its {@link
 * DossierReader.Run}.
 *
 * <p>In each sheet the header row is the first row whose cells name every required column: the rows
 * above it (an export's title block: the agency's name, "Từ ngày 01/01/2024 đến ngày 31/03/2024")
 * are not data and are not counted. A sheet without such a row among its first {@link
 * #MAX_TITLE_ROWS} rows (a cover or a summary sheet) is not read; a workbook without any is refused
 * with the columns its best candidate row lacks. Below the header every row that is not blank is
 * read: accepted, or rejected with its sheet and row number.
 */
final class SheetRows {
  /** How many rows above the header a sheet may have. */
  static final int MAX_TITLE_ROWS = 100;

  private final DossierReader reader;
  private final DossierReader.Run run;
  private final Consumer<? super Dossier> sink;
  private final int maxRowLength;
  private final RowConverter converter;

  private @Nullable String sheet;
  private int @Nullable [] columns;
  private @Nullable String[] headers = new String[0];
  private boolean anyHeader;
  private int bestFound = -1;
  private List<String> bestMissing = List.of();
  private @Nullable String bestWhere;
  private final Function<DossierField, @Nullable String> columnName =
      f -> {
        int[] c = columns;
        return c == null || c[f.ordinal()] < 0 ? null : headers[c[f.ordinal()]];
      };

  SheetRows(
      DossierReader reader,
      DossierReader.Run run,
      Consumer<? super Dossier> sink,
      int maxRowLength) {
    this.reader = reader;
    this.run = run;
    this.sink = sink;
    this.maxRowLength = maxRowLength;
    this.converter = run.converter;
  }

  /** Starts a sheet: its header is still to be found. */
  void startSheet(String name) {
    sheet = name;
    run.sheet = name;
    columns = null;
  }

  /**
   * Takes one row of the current sheet.
   *
   * @param row the row number Excel shows (1-based)
   * @param cells the cell texts by column (0 = A), null where a cell is missing
   * @param width how many entries of {@code cells} hold this row
   * @param overlong whether the parser dropped characters of the row (it passed the row limit)
   * @return false when the sheet has no header row among its first rows: stop reading it
   */
  boolean row(long row, @Nullable String[] cells, int width, boolean overlong) {
    int[] c = columns;
    if (c == null) {
      if (row > MAX_TITLE_ROWS) {
        return false;
      }
      if (!overlong && length(cells, width) <= maxRowLength) {
        header(row, cells, width);
      }
      return true;
    }
    if (overlong || length(cells, width) > maxRowLength) {
      run.reject(
          new RejectedRow(
              run.name, sheet, row, null, "row longer than " + maxRowLength + " characters"));
      return true;
    }
    if (isBlank(cells, width)) {
      return true;
    }
    converter.begin();
    for (DossierField f : DossierField.ALL) {
      int col = c[f.ordinal()];
      if (col >= 0 && col < width) {
        String v = cells[col];
        if (v != null) {
          converter.field(f, v);
        }
      }
    }
    try {
      run.finish(row, columnName, sink);
    } catch (DossierReadException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CsvRowHandler.SinkException(e); // the consumer's: carried through the parser
    }
    return true;
  }

  /** Makes {@code cells} the header if it names every required column. */
  private void header(long row, @Nullable String[] cells, int width) {
    int[] found = new int[DossierField.ALL.size()];
    Arrays.fill(found, -1);
    int required = 0;
    for (int i = 0; i < width; i++) {
      String cell = cells[i];
      DossierField f = cell == null ? null : reader.fieldOf(cell);
      if (f != null && found[f.ordinal()] < 0) {
        found[f.ordinal()] = i;
        if (f.isRequired()) {
          required++;
        }
      }
    }
    String where = run.name + "[" + sheet + "]:" + row;
    List<String> missing = reader.missingColumns(found);
    if (!missing.isEmpty()) {
      if (required > bestFound) {
        bestFound = required;
        bestMissing = missing;
        bestWhere = where;
      }
      return;
    }
    @Nullable String[] names = new String[width];
    for (int i = 0; i < width; i++) {
      names[i] = cells[i] == null ? null : cells[i].strip();
    }
    columns = reader.columns(where, names); // throws if a field is named twice
    headers = names;
    anyHeader = true;
  }

  /** Ends the workbook: refuses it if no sheet had a header row. */
  void finish() {
    if (!anyHeader) {
      throw new DossierReadException(
          (bestWhere == null ? run.name : bestWhere)
              + ": no header row in the first "
              + MAX_TITLE_ROWS
              + " rows of any sheet"
              + (bestWhere == null
                  ? " (no text found)"
                  : "; the closest row lacks "
                      + (bestMissing.size() > 1 ? "the columns " : "the column ")
                      + String.join(", ", bestMissing)),
          null);
    }
  }

  private static long length(@Nullable String[] cells, int width) {
    long n = 0;
    for (int i = 0; i < width; i++) {
      if (cells[i] != null) {
        n += cells[i].length();
      }
    }
    return n;
  }

  private static boolean isBlank(@Nullable String[] cells, int width) {
    for (int i = 0; i < width; i++) {
      if (cells[i] != null && !cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }
}
