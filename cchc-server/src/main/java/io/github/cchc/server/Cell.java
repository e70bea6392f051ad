package io.github.cchc.server;

import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Counts;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One cell of an export's stored tally: the dossiers of one agency, procedure and channel received
 * in one calendar month and one official reporting month (the days both share), and, for open
 * dossiers, due on one day. Open dossiers are counted as within their deadline; {@link ExportTally}
 * judges them again on the day a query asks for.
 *
 * @param agency the agency label ({@code Grouping.agency()})
 * @param procedure the procedure label
 * @param channel the channel label
 * @param calendarMonth the calendar month of receipt ("2024-06")
 * @param calendarQuarter the calendar quarter of receipt ("2024-Q2")
 * @param officialMonth the official reporting month of receipt (Nghị định 09/2019)
 * @param officialQuarter the official reporting quarter of receipt
 * @param dueDay the due day (epoch day) of the open dossiers of the cell, null for closed ones
 * @param counts the counts, open dossiers judged as within their deadline
 * @param firstDay the first day of receipt the cell can hold (epoch day)
 * @param lastDay the last day of receipt the cell can hold (epoch day)
 */
record Cell(
    String agency,
    String procedure,
    String channel,
    String calendarMonth,
    String calendarQuarter,
    String officialMonth,
    String officialQuarter,
    @Nullable Long dueDay,
    Counts counts,
    long firstDay,
    long lastDay) {
  private static final Map<String, long[]> DAYS = new ConcurrentHashMap<>();

  /** The cell, with the first and last day of receipt it can hold (the months' common days). */
  static Cell of(
      String agency,
      String procedure,
      String channel,
      String calendarMonth,
      String calendarQuarter,
      String officialMonth,
      String officialQuarter,
      @Nullable Long dueDay,
      Counts counts) {
    long[] days =
        DAYS.computeIfAbsent(
            calendarMonth + " " + officialMonth, k -> days(calendarMonth, officialMonth));
    return new Cell(
        agency,
        procedure,
        channel,
        calendarMonth,
        calendarQuarter,
        officialMonth,
        officialQuarter,
        dueDay,
        counts,
        days[0],
        days[1]);
  }

  private static long[] days(String calendarMonth, String officialMonth) {
    YearMonth c = YearMonth.parse(calendarMonth);
    YearMonth o = YearMonth.parse(officialMonth);
    ReportingPeriod official = ExportTally.OFFICIAL.month(o.getYear(), o.getMonthValue());
    return new long[] {
      Math.max(c.atDay(1).toEpochDay(), official.start().toEpochDay()),
      Math.min(c.atEndOfMonth().toEpochDay(), official.endInclusive().toEpochDay())
    };
  }
}
