package io.github.cchc.indicators.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.InvalidDossierException;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an export one record at a time, for engines that split a file into lines and hand them to
 * many workers (see {@code cchc-beam}). Same column mapping, value words, known agencies and
 * rejection reasons as {@link DossierReader}, record by record; what needs the whole file is left
 * to the caller: the header line (given once, {@link DossierReader#csvLines(String, String)}), the
 * line numbers, and the duplicate-id check.
 *
 * <p>Not thread-safe (it caches the repeated names it has seen): give each worker its own.
 *
 * <pre>{@code
 * DossierLineReader r = DossierReader.defaults()
 *     .csvLines("ho-so.csv", "Mã hồ sơ;Mã thủ tục;Cơ quan giải quyết;Hình thức nộp;...");
 * r.read(2, "H10.22-240105-0001;1.001234;Sở Xây dựng;Trực tiếp;...", sink, rejected::add);
 * }</pre>
 */
public final class DossierLineReader {
  private final String name;
  private final CsvReader.@Nullable CsvReaderBuilder csv;
  private final String[] headers;
  private final int[] columns;
  private final DossierReader reader;
  private final RowConverter converter;
  private final @Nullable String[] raw = new String[DossierField.ALL.size()];
  private final @Nullable String[] keys = new String[DossierField.ALL.size()];

  DossierLineReader(
      String name,
      CsvReader.@Nullable CsvReaderBuilder csv,
      String[] headers,
      int[] columns,
      DossierReader reader,
      RowConverter converter) {
    this.name = name;
    this.csv = csv;
    this.headers = headers;
    this.columns = columns;
    this.reader = reader;
    this.converter = converter;
  }

  /** Returns the name rows are reported under (the file's name). */
  public String name() {
    return name;
  }

  /**
   * Reads one record: a CSV record (one line, or several if a quoted field holds line breaks) or
   * one JSON Lines object. A blank record is skipped, as the file readers skip it.
   *
   * @param line the line the record starts on, 1-based (the header is line 1 of a CSV file)
   * @param text the record's text, without its line terminator
   * @param accepted receives the dossier if the record is read
   * @param rejected receives the rejected row otherwise
   */
  public void read(
      long line,
      String text,
      Consumer<? super Dossier> accepted,
      Consumer<? super RejectedRow> rejected) {
    if (text.isBlank()) {
      return;
    }
    Arrays.fill(raw, null);
    Function<DossierField, @Nullable String> column;
    if (csv != null) {
      CsvRecord r;
      try {
        r = csv.ofSingleCsvRecord(text);
      } catch (CsvParseException e) {
        rejected.accept(new RejectedRow(name, line, null, "malformed CSV: " + e.getMessage()));
        return;
      }
      int n = r.getFieldCount();
      if (n != headers.length) {
        rejected.accept(
            new RejectedRow(
                name, line, null, "expected " + headers.length + " fields, found " + n));
        return;
      }
      for (int f = 0; f < raw.length; f++) {
        int c = columns[f];
        raw[f] = c < 0 ? null : r.getField(c);
      }
      column = field -> headers[columns[field.ordinal()]];
    } else {
      Arrays.fill(keys, null);
      try {
        reader.jsonRow(text, raw, keys);
      } catch (IOException | IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        rejected.accept(
            new RejectedRow(
                name, line, null, "malformed JSON: " + (nl < 0 ? m : m.substring(0, nl))));
        return;
      }
      column = field -> keys[field.ordinal()];
    }
    // The same mapping of failures to rejected rows as DossierReader's file readers.
    Dossier d;
    try {
      d = converter.convert(raw);
    } catch (RowException e) {
      rejected.accept(new RejectedRow(name, line, columnName(column, e.field()), e.getMessage()));
      return;
    } catch (InvalidDossierException e) {
      DossierField f = RowConverter.fieldNamed(e.field()).orElse(null);
      rejected.accept(
          new RejectedRow(name, line, f == null ? null : columnName(column, f), e.reason()));
      return;
    } catch (IllegalStateException | IllegalArgumentException | CchcException e) {
      rejected.accept(new RejectedRow(name, line, null, String.valueOf(e.getMessage())));
      return;
    }
    accepted.accept(d);
  }

  /**
   * Returns the rejected row of a duplicate id at {@code line}, with the column and reason the file
   * readers give it: the caller finds duplicates (for example by grouping on the id). In JSON Lines
   * the column is the key that held the id in the record {@link #read} read last (read the later
   * record just before, as {@code cchc-beam} does), else the English header.
   *
   * @param line the line of the later record
   * @param id the duplicate id
   * @return the rejected row
   */
  public RejectedRow duplicate(long line, String id) {
    String c =
        csv != null ? headers[columns[DossierField.ID.ordinal()]] : keys[DossierField.ID.ordinal()];
    return new RejectedRow(
        name, line, c == null ? DossierField.ID.englishHeader() : c, "duplicate id \"" + id + "\"");
  }

  private static String columnName(
      Function<DossierField, @Nullable String> column, DossierField f) {
    String c = column.apply(f);
    return c == null ? f.englishHeader() : c;
  }
}
