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
  private boolean hasId;
  private long hash;

  CsvIdScanHandler(int idColumn, int width, RowConverter converter, SpilledIdIndex index) {
    this.idColumn = idColumn;
    this.width = width;
    this.converter = converter;
    this.index = index;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    hasId = false;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
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
    if (hasId && getFieldCount() == width) {
      try {
        index.add(hash, getStartingLineNumber() + 1); // the header line was read before
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }
}
