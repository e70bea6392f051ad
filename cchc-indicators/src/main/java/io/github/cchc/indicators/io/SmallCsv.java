package io.github.cchc.indicators.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reading of the small CSV files kept by hand beside the exports (task progress, published
 * measures): UTF-8 with or without BOM, {@code ,} or {@code ;}, a header naming the columns in any
 * order; every row read is accepted or rejected with its line, column and reason, never dropped.
 */
final class SmallCsv {
  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** A column: its name in the header and the other names accepted for it. */
  record Column(String name, boolean required, String... aliases) {}

  /** A row being converted: its fields by column name. */
  static final class Row {
    private final Map<String, String> fields;
    private final long line;

    Row(Map<String, String> fields, long line) {
      this.fields = fields;
      this.line = line;
    }

    /** The field of {@code column}, stripped; "" when absent. */
    String get(String column) {
      return fields.getOrDefault(column, "").strip();
    }

    /** The field, or empty when blank. */
    Optional<String> optional(String column) {
      String s = get(column);
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The line the row starts on. */
    long line() {
      return line;
    }
  }

  /** A rejected field: which column and why. Cheap: no stack trace. */
  static final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable String column;

    Rejection(@Nullable String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }

    @Nullable String column() {
      return column;
    }
  }

  private SmallCsv() {}

  /** Reads {@code file}; a missing or unreadable file cannot be read at all. */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DossierReadException(file + ": no such file", e);
    } catch (IOException e) {
      throw new DossierReadException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a stream to its end. */
  static byte[] bytes(InputStream in, String name) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new DossierReadException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a date written {@code dd/MM/yyyy} (leading zeros optional) or ISO {@code yyyy-MM-dd}.
   */
  static LocalDate date(String column, String text) {
    try {
      return text.indexOf('/') >= 0
          ? LocalDate.parse(text, DMY)
          : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new Rejection(column, "not a date (dd/MM/yyyy or yyyy-MM-dd): " + text);
    }
  }

  /**
   * Reads {@code bytes} as a CSV file of {@code columns}, converting each row with {@code convert}
   * and handing the result to {@code sink}.
   *
   * @throws DossierReadException if the file cannot be read at all, or in strict mode at the first
   *     rejected row
   */
  static <T> ReadReport read(
      byte[] bytes,
      String name,
      List<Column> columns,
      boolean strict,
      Function<Row, T> convert,
      Consumer<? super T> sink) {
    String text = decode(bytes, name);
    if (text.isBlank()) {
      throw new DossierReadException(name + ":1: empty file, header expected", null);
    }
    int eol = text.indexOf('\n');
    String first = eol < 0 ? text : text.substring(0, eol);
    char sep = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    long accepted = 0;
    List<RejectedRow> rejected = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(sep)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(text)) {
      String[] header = null;
      for (CsvRecord r : csv) {
        if (header == null) {
          header = header(r, name, columns);
          continue;
        }
        long line = r.getStartingLineNumber();
        RejectedRow bad;
        if (r.getFieldCount() != header.length) {
          bad =
              new RejectedRow(
                  name,
                  line,
                  null,
                  header.length + " fields expected, " + r.getFieldCount() + " found");
        } else {
          Map<String, String> fields = new HashMap<>();
          for (int i = 0; i < header.length; i++) {
            if (header[i] != null) {
              fields.put(header[i], VietnameseText.nfc(r.getField(i)));
            }
          }
          bad = null;
          try {
            T value = convert.apply(new Row(fields, line));
            sink.accept(value);
            accepted++;
          } catch (Rejection e) {
            bad = new RejectedRow(name, line, e.column(), e.getMessage());
          } catch (CchcParseException e) {
            bad = new RejectedRow(name, line, null, e.getMessage());
          } catch (IllegalStateException | IllegalArgumentException | CchcException e) {
            bad = new RejectedRow(name, line, null, e.getMessage());
          }
        }
        if (bad != null) {
          if (strict) {
            throw new DossierReadException(bad);
          }
          rejected.add(bad);
        }
      }
    } catch (CsvParseException e) {
      throw new DossierReadException(name + ": malformed CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new DossierReadException(name + ": " + e.getMessage(), e);
    }
    return new ReadReport(name, accepted, rejected.size(), rejected);
  }

  /** The column name of each header field, null for a column not asked for. */
  private static String[] header(CsvRecord r, String name, List<Column> columns) {
    String[] out = new String[r.getFieldCount()];
    for (int i = 0; i < out.length; i++) {
      String h = VietnameseText.nfc(r.getField(i)).strip().toLowerCase(Locale.ROOT);
      for (Column c : columns) {
        boolean match = c.name().equals(h);
        for (String a : c.aliases()) {
          match |= a.equals(h);
        }
        if (match) {
          for (int j = 0; j < i; j++) {
            if (c.name().equals(out[j])) {
              throw new DossierReadException(
                  name + ":1: column " + c.name() + " given twice", null);
            }
          }
          out[i] = c.name();
        }
      }
    }
    for (Column c : columns) {
      if (!c.required()) {
        continue;
      }
      boolean found = false;
      for (String h : out) {
        found |= c.name().equals(h);
      }
      if (!found) {
        throw new DossierReadException(
            name
                + ":1: missing column "
                + c.name()
                + " (header: "
                + String.join(",", r.getFields())
                + ")",
            null);
      }
    }
    return out;
  }

  private static String decode(byte[] bytes, String name) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DossierReadException(name + ": not UTF-8: " + e.getMessage(), e);
    }
  }
}
