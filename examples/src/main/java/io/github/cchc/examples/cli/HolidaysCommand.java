package io.github.cchc.examples.cli;

import io.github.cchc.indicators.calendar.CalendarEntry;
import io.github.cchc.indicators.calendar.CalendarInputException;
import io.github.cchc.indicators.calendar.ScheduleOrigin;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc holidays --year 2025}: the holidays, days off and make-up working days of a year for
 * civil servants, as CSV {@code date,kind,name,source}.
 */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    description = {
      "Print the holidays, days off and make-up working Saturdays of a year as CSV:",
      "date,kind,name,source (kind: HOLIDAY, DAY_OFF, MAKEUP_WORKDAY).",
      "2020-2026 come from the official schedules; other years from the Labour Code rules",
      "(a note on standard error says so)."
    })
final class HolidaysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, description = "The year (2014 to 2199).")
  int year;

  @Option(
      names = "--culture-day",
      description = "Include Ngày Văn hóa Việt Nam (24/11, from 2026; not yet law).")
  boolean cultureDay;

  @Option(
      names = "--schedule",
      description = "CSV file (date,kind,name,source) replacing the schedule of its years.")
  @Nullable Path schedule;

  @Option(
      names = "--closures",
      description = "CSV file (date,kind,name,source) of an agency's own closures.")
  @Nullable Path closures;

  @Override
  public Integer call() throws IOException {
    WorkingCalendar cal = Calendars.build(cultureDay, schedule, closures);
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println("date,kind,name,source");
      for (CalendarEntry e : cal.entries(year)) {
        out.println(e.date() + "," + e.kind() + "," + csv(e.name()) + "," + csv(e.source()));
      }
      if (cal.scheduleOrigin(year) == ScheduleOrigin.RULES) {
        spec.commandLine()
            .getErr()
            .println(
                "cchc: no official schedule for "
                    + year
                    + ": days derived from the rules of Bộ luật Lao động (the actual days off may"
                    + " differ)");
      }
    } catch (CalendarInputException e) {
      throw new InputRejectedException("--year " + year + ": " + e.reason(), e);
    }
    out.flush();
    return Cchc.OK;
  }

  static String csv(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}
