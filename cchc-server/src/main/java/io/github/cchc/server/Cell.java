package io.github.cchc.server;

import io.github.cchc.indicators.tally.Counts;
import java.time.YearMonth;
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
    Counts counts) {

  /** The first day of receipt the cell can hold (epoch day). */
  long firstDay() {
    return Math.max(
        YearMonth.parse(calendarMonth).atDay(1).toEpochDay(),
        ExportTally.OFFICIAL
            .month(ym(officialMonth).getYear(), ym(officialMonth).getMonthValue())
            .start()
            .toEpochDay());
  }

  /** The last day of receipt the cell can hold (epoch day). */
  long lastDay() {
    return Math.min(
        YearMonth.parse(calendarMonth).atEndOfMonth().toEpochDay(),
        ExportTally.OFFICIAL
            .month(ym(officialMonth).getYear(), ym(officialMonth).getMonthValue())
            .endInclusive()
            .toEpochDay());
  }

  private static YearMonth ym(String label) {
    return YearMonth.parse(label);
  }
}
