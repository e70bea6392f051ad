package io.github.cchc.server;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the service keeps of an export instead of its rows: the library's tally of the dossiers,
 * grouped by every dimension a query can ask for ({@link Cell}), so that the indicators of any
 * grouping, period (calendar or official) and judging day are the ones {@code cchc indicators}
 * computes from the file. Open dossiers are tallied as within their deadline and keyed by their due
 * day; a query judges them again on its day, as {@link TallyAccumulator} would.
 */
final class ExportTally {
  static final ReportingCalendar CALENDAR = ReportingCalendar.calendar();
  static final ReportingCalendar OFFICIAL = ReportingCalendar.official();

  private static final Grouping AGENCY = Grouping.agency();
  private static final Grouping PROCEDURE = Grouping.procedure();
  private static final Grouping CHANNEL = Grouping.channel();
  private static final Grouping CAL_MONTH = Grouping.month(CALENDAR);
  private static final Grouping CAL_QUARTER = Grouping.quarter(CALENDAR);
  private static final Grouping OFF_MONTH = Grouping.month(OFFICIAL);
  private static final Grouping OFF_QUARTER = Grouping.quarter(OFFICIAL);
  private static final int OPEN = DossierFlag.OPEN.bit();
  // the last four counters of Counts.toArray(): received, open within, open overdue, national
  private static final int WITHIN = Counts.size() - 3;
  private static final int OVERDUE = Counts.size() - 2;
  private static final int NATIONAL = Counts.size() - 1;

  private final List<Cell> cells;

  ExportTally(List<Cell> cells) {
    this.cells = List.copyOf(cells);
  }

  /** An accumulator that fills the cells; {@code maxCells} bounds its memory. Single-threaded. */
  static TallyAccumulator accumulator(int maxCells) {
    // the labels of a day's months and quarters, computed once a day of receipt
    Map<Long, String> days = new HashMap<>();
    Grouping cell =
        Grouping.of(
            "cell",
            d -> {
              String when =
                  days.computeIfAbsent(
                      d.receivedEpochDay(),
                      k -> {
                        StringBuilder b = new StringBuilder(40);
                        part(b, CAL_MONTH.key(d));
                        part(b, CAL_QUARTER.key(d));
                        part(b, OFF_MONTH.key(d));
                        part(b, OFF_QUARTER.key(d));
                        return b.toString();
                      });
              return key(d, when);
            });
    // judged on the first day there is: every open dossier is within its deadline
    return new TallyAccumulator(cell, TallyScope.all(LocalDate.MIN), maxCells);
  }

  /** The cells of a filled accumulator. */
  static ExportTally of(TallyAccumulator accumulator) {
    List<Cell> cells = new ArrayList<>();
    for (Map.Entry<String, Counts> e : accumulator.toTally().groups().entrySet()) {
      cells.add(cell(e.getKey(), e.getValue()));
    }
    return new ExportTally(cells);
  }

  /** The cells as text: one line per cell, its key, a tab and its counters. */
  String encode() {
    StringBuilder b = new StringBuilder(cells.size() * 128);
    for (Cell c : cells) {
      part(b, c.agency());
      part(b, c.procedure());
      part(b, c.channel());
      part(b, c.calendarMonth());
      part(b, c.calendarQuarter());
      part(b, c.officialMonth());
      part(b, c.officialQuarter());
      part(b, c.dueDay() == null ? "" : Long.toString(c.dueDay()));
      b.append('\t');
      long[] counters = c.counts().toArray();
      for (int i = 0; i < counters.length; i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(counters[i]);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The cells of {@link #encode()}'s text. */
  static ExportTally decode(String text) {
    List<Cell> cells = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = keyEnd(text, at);
      String key = text.substring(at, end);
      int newline = text.indexOf('\n', end);
      String[] parts = text.substring(end + 1, newline).split(",", -1);
      long[] values = new long[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] = Long.parseLong(parts[i]);
      }
      cells.add(cell(key, Counts.ofArray(values)));
      at = newline + 1;
    }
    return new ExportTally(cells);
  }

  /** Where the key that starts at {@code at} ends: after its eight length-prefixed parts. */
  private static int keyEnd(String text, int at) {
    for (int i = 0; i < 8; i++) {
      int colon = text.indexOf(':', at);
      at = colon + 1 + Integer.parseInt(text.substring(at, colon));
    }
    return at;
  }

  List<Cell> cells() {
    return cells;
  }

  /** How many dossiers the export's tally holds. */
  long received() {
    long n = 0;
    for (Cell c : cells) {
      n += c.counts().received();
    }
    return n;
  }

  /**
   * The tally {@code cchc indicators} computes: grouped {@code by}, dossiers received in {@code
   * period} (all when null, the others counted outside the period), open ones judged on {@code
   * judged}.
   */
  Tally tally(
      By by, ReportingCalendar calendar, @Nullable ReportingPeriod period, LocalDate judged) {
    long day = judged.toEpochDay();
    long start = period == null ? Long.MIN_VALUE : period.range().getStart().toEpochDay();
    long end = period == null ? Long.MAX_VALUE : period.range().getEnd().toEpochDay();
    boolean official = calendar.equals(OFFICIAL);
    Map<String, long[]> groups = new HashMap<>();
    long outside = 0;
    for (Cell c : cells) {
      if (period != null) {
        boolean first = c.firstDay() >= start && c.firstDay() < end;
        boolean last = c.lastDay() >= start && c.lastDay() < end;
        if (first != last) {
          throw new IllegalStateException(
              "period "
                  + period
                  + " splits the month "
                  + c.calendarMonth()
                  + "/"
                  + c.officialMonth());
        }
        if (!first) {
          outside += c.counts().received();
          continue;
        }
      }
      long[] counters = c.counts().toArray();
      Long due = c.dueDay();
      if (due != null && day > due) {
        counters[OVERDUE] += counters[WITHIN];
        counters[WITHIN] = 0;
        counters[NATIONAL] = 0;
      }
      long[] sum = groups.computeIfAbsent(by.label(c, official), k -> new long[counters.length]);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += counters[i];
      }
    }
    Map<String, Counts> counts = new TreeMap<>();
    groups.forEach((k, v) -> counts.put(k, Counts.ofArray(v)));
    return Tally.of(counts, outside);
  }

  /** The groupings of {@code cchc indicators --by}. */
  enum By {
    ALL,
    AGENCY,
    PROCEDURE,
    MONTH,
    QUARTER,
    CHANNEL;

    String label(Cell c, boolean official) {
      switch (this) {
        case AGENCY:
          return c.agency();
        case PROCEDURE:
          return c.procedure();
        case MONTH:
          return official ? c.officialMonth() : c.calendarMonth();
        case QUARTER:
          return official ? c.officialQuarter() : c.calendarQuarter();
        case CHANNEL:
          return c.channel();
        default:
          return Grouping.ALL;
      }
    }
  }

  private static String key(Dossier d, String when) {
    StringBuilder b = new StringBuilder(96);
    part(b, AGENCY.key(d));
    part(b, PROCEDURE.key(d));
    part(b, CHANNEL.key(d));
    b.append(when);
    part(b, (d.flagBits() & OPEN) != 0 ? Long.toString(d.dueEpochDay()) : "");
    return b.toString();
  }

  /** Appends a part as its length, a colon and its text: any text, no separator to escape. */
  private static void part(StringBuilder b, String s) {
    b.append(s.length()).append(':').append(s);
  }

  private static Cell cell(String key, Counts counts) {
    String[] parts = new String[8];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      int colon = key.indexOf(':', at);
      int len = Integer.parseInt(key.substring(at, colon));
      parts[i] = key.substring(colon + 1, colon + 1 + len);
      at = colon + 1 + len;
    }
    return Cell.of(
        parts[0],
        parts[1],
        parts[2],
        parts[3],
        parts[4],
        parts[5],
        parts[6],
        parts[7].isEmpty() ? null : Long.valueOf(parts[7]),
        counts);
  }
}
