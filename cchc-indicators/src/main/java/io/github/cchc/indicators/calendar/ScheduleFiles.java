package io.github.cchc.indicators.calendar;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.model.CchcParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads schedules in the CSV form {@code date,kind,name,source} (UTF-8, header line, ISO dates):
 * the files shipped under {@code io/github/cchc/indicators/calendar/} and the user's own.
 */
final class ScheduleFiles {
  static final String HEADER = "date,kind,name,source";

  /** First and last year with a shipped official schedule. */
  static final int FIRST_OFFICIAL = 2010;

  static final int LAST_OFFICIAL = 2026;

  private static final Map<Integer, List<CalendarEntry>> OFFICIAL = loadOfficial();

  static final List<CalendarEntry> CULTURE_DAY =
      readResource("optional-vietnamese-culture-day.csv");

  private ScheduleFiles() {}

  static Map<Integer, List<CalendarEntry>> official() {
    return OFFICIAL;
  }

  private static Map<Integer, List<CalendarEntry>> loadOfficial() {
    Map<Integer, List<CalendarEntry>> map = new TreeMap<>();
    for (int year = FIRST_OFFICIAL; year <= LAST_OFFICIAL; year++) {
      List<CalendarEntry> entries = readResource("schedule-" + year + ".csv");
      for (CalendarEntry e : entries) {
        if (e.date().getYear() != year) {
          throw new IllegalStateException("schedule-" + year + ".csv holds " + e.date());
        }
      }
      map.put(year, List.copyOf(entries));
    }
    return map;
  }

  private static List<CalendarEntry> readResource(String name) {
    try (InputStream in = ScheduleFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads entries; a bad row is rejected with its line, column and reason.
   *
   * @throws CchcParseException on a bad header or row (the input is the offending line)
   */
  static List<CalendarEntry> read(InputStream in, String where) throws IOException {
    List<CalendarEntry> entries = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().allowMissingFields(true).ofCsvRecord(in, StandardCharsets.UTF_8)) {
      boolean header = true;
      for (CsvRecord row : reader) {
        String line = String.join(",", row.getFields());
        if (header) {
          String h = line.startsWith("\uFEFF") ? line.substring(1) : line;
          if (!h.trim().equals(HEADER)) {
            throw new CchcParseException(
                line, 0, where + " line 1: header must be \"" + HEADER + "\"");
          }
          header = false;
          continue;
        }
        if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
          continue;
        }
        String at = where + " line " + row.getStartingLineNumber();
        if (row.getFieldCount() != 4) {
          throw new CchcParseException(
              line, 0, at + ": 4 fields expected (" + HEADER + "), found " + row.getFieldCount());
        }
        LocalDate date;
        try {
          date = LocalDate.parse(row.getField(0).trim());
        } catch (DateTimeParseException e) {
          throw new CchcParseException(line, 0, at + ": date must be yyyy-MM-dd", e);
        }
        DayKind kind;
        String kindText = row.getField(1).trim();
        try {
          kind = DayKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
          throw new CchcParseException(
              line,
              line.indexOf(kindText),
              at + ": kind must be HOLIDAY, DAY_OFF or MAKEUP_WORKDAY",
              e);
        }
        String name = nfc(row.getField(2));
        String source = nfc(row.getField(3));
        if (name.isEmpty() || source.isEmpty()) {
          throw new CchcParseException(line, 0, at + ": name and source must not be empty");
        }
        entries.add(CalendarEntry.of(date, kind, name, source));
      }
      if (header) {
        throw new CchcParseException(
            "", 0, where + ": empty file, header \"" + HEADER + "\" expected");
      }
    }
    entries.sort(null);
    return entries;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s.trim(), Normalizer.Form.NFC);
  }
}
