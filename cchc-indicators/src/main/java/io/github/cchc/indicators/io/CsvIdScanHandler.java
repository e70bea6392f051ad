package io.github.cchc.indicators.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The first pass of the on-disk duplicate check: hashes the id field of each record where FastCSV's
 * parser holds it — the same hash {@link IdSet#hash(String)} gives the id the second pass converts
 * — and adds it with the record's line to a {@link SpilledIdIndex}. Records with the wrong number
 * of fields or no id are left out: the second pass rejects them before their id counts.
 */
final class CsvIdScanHandler extends AbstractBaseCsvCallbackHandler<Object> {
  private final int idColumn;
  private final int width;
  private final RowConverter converter;
  private final SpilledIdIndex index;
  private final ExportText text;
  private boolean hasId;
  private boolean marked;
  private long linesLeftOut; // by the marks of rejected records before this one
  private long hash;

  CsvIdScanHandler(
      int idColumn, int width, RowConverter converter, SpilledIdIndex index, ExportText text) {
    this.text = text;
    this.idColumn = idColumn;
    this.width = width;
    this.converter = converter;
    this.index = index;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    hasId = false;
    marked = false;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    if (fieldIdx == 0) {
      marked = len == 1 && buf[offset] == ExportText.MARK && !quoted;
    }
    if (fieldIdx != idColumn) {
      return;
    }
    int end = RowConverter.stripEnd(buf, offset, offset + len);
    offset = RowConverter.stripStart(buf, offset, end);
    if (offset == end) {
      return;
    }
    hasId = true;
    hash =
        converter.idNeedsConversion(buf, offset, end - offset)
            ? IdSet.hash(converter.id(new String(buf, offset, end - offset)))
            : IdSet.hash(buf, offset, end - offset);
  }

  @Override
  protected @Nullable Object buildRecord() {
    if (marked && getFieldCount() == 1) {
      linesLeftOut += text.nextRejection().linesLeftOut(); // the second pass reports it
      return null;
    }
    if (hasId && getFieldCount() == width) {
      try {
        index.add(
            hash, getStartingLineNumber() + 1 + linesLeftOut); // the header line was read before
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }
}
