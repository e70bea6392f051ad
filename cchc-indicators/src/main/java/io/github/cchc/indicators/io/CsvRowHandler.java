package io.github.cchc.indicators.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import io.github.cchc.model.dossier.Dossier;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Receives the fields of each CSV record from FastCSV's parser as slices of its character buffer
 * and converts them where they lie (no string per field), then passes the dossier on or rejects the
 * row. Returns no record to the reader: one iteration reads the whole input.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<Object> {
  private static final DossierField[] FIELDS = DossierField.values();

  private final DossierReader.Run run;
  private final RowConverter converter;
  private final Consumer<? super Dossier> sink;
  private final int width;

  /** The field of each column, null for a column the reader ignores. */
  private final @Nullable DossierField[] fieldOfColumn;

  private final Function<DossierField, @Nullable String> columnName;
  private final ExportText text;
  private boolean blank;
  private boolean marked;
  private long linesLeftOut; // by the marks of rejected records before this one
  private final long linesBefore; // the lines of the input before the first record given

  CsvRowHandler(
      DossierReader.Run run,
      String[] headers,
      int[] columns,
      ExportText text,
      long linesBefore,
      Consumer<? super Dossier> sink) {
    this.run = run;
    this.linesBefore = linesBefore;
    this.text = text;
    this.converter = run.converter;
    this.sink = sink;
    this.width = headers.length;
    this.fieldOfColumn = new DossierField[headers.length];
    for (DossierField f : FIELDS) {
      int c = columns[f.ordinal()];
      if (c >= 0) {
        fieldOfColumn[c] = f;
      }
    }
    String[] names = Arrays.copyOf(headers, headers.length);
    this.columnName = f -> columns[f.ordinal()] < 0 ? null : names[columns[f.ordinal()]];
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    converter.begin();
    blank = true;
    marked = false;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    if (fieldIdx == 0) {
      marked = len == 1 && buf[offset] == ExportText.MARK && !quoted;
    }
    if (blank && RowConverter.stripStart(buf, offset, offset + len) < offset + len) {
      blank = false;
    }
    if (fieldIdx < fieldOfColumn.length) {
      DossierField f = fieldOfColumn[fieldIdx];
      if (f != null) {
        converter.field(f, buf, offset, len);
      }
    }
  }

  @Override
  protected @Nullable Object buildRecord() {
    int n = getFieldCount();
    long line = getStartingLineNumber() + linesBefore + linesLeftOut;
    if (n == 1 && marked) {
      ExportText.Rejection r = text.nextRejection();
      linesLeftOut += r.linesLeftOut();
      run.reject(new RejectedRow(run.name, line, null, r.reason()));
      return null;
    }
    if (n != width) {
      if (n <= 1 && blank) {
        return null;
      }
      run.reject(
          new RejectedRow(run.name, line, null, "expected " + width + " fields, found " + n));
      return null;
    }
    try {
      run.finish(line, columnName, sink);
    } catch (DossierReadException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SinkException(e);
    }
    return null;
  }

  /** A failure of the consumer of dossiers, carried through the CSV parser unchanged. */
  static final class SinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkException(RuntimeException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
