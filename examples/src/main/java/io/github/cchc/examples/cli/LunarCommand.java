package io.github.cchc.examples.cli;

import io.github.cchc.indicators.calendar.CalendarInputException;
import io.github.cchc.indicators.calendar.LunarRule;
import io.github.cchc.indicators.calendar.VietnameseLunarDate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc lunar --from 1900-01-01 --to 2100-12-31}: the Vietnamese lunar date (UTC+7) of every
 * solar day, as CSV {@code solar,lunar_day,lunar_month,lunar_year,leap}.
 */
@Command(
    name = "lunar",
    mixinStandardHelpOptions = true,
    description = {
      "Print the Vietnamese lunar date (âm lịch, UTC+7) of every day from --from to --to as CSV:",
      "solar,lunar_day,lunar_month,lunar_year,leap (leap is 1 in a leap month, else 0).",
      "Supported days: 1900-01-01 to 2199-12-31."
    })
final class LunarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, description = "First solar day (yyyy-MM-dd).")
  LocalDate from;

  @Option(names = "--to", required = true, description = "Last solar day (yyyy-MM-dd).")
  LocalDate to;

  @Option(
      names = "--rule",
      defaultValue = "UTC7",
      description =
          "${COMPLETION-CANDIDATES}: UTC+7 every year (default), or UTC+8 in 1955-1967 as the"
              + " almanacs of those years.")
  LunarRule rule;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new InputRejectedException("--to " + to + " is before --from " + from);
    }
    VietnameseLunarDate first;
    try {
      first = VietnameseLunarDate.from(from, rule);
      VietnameseLunarDate.from(to, rule);
    } catch (CalendarInputException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("solar,lunar_day,lunar_month,lunar_year,leap\n");
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      VietnameseLunarDate l = d.equals(from) ? first : VietnameseLunarDate.from(d, rule);
      sb.append(d)
          .append(',')
          .append(l.getDayOfMonth())
          .append(',')
          .append(l.getMonth())
          .append(',')
          .append(l.getYear())
          .append(',')
          .append(l.isLeapMonth() ? '1' : '0')
          .append('\n');
      if (sb.length() > 60 * 1024) {
        out.write(sb.toString());
        sb.setLength(0);
      }
    }
    out.write(sb.toString());
    out.flush();
    return Cchc.OK;
  }
}
