package io.github.cchc.examples.cli;

import io.github.cchc.indicators.calendar.CalendarInputException;
import io.github.cchc.indicators.calendar.DayOffReceipt;
import io.github.cchc.indicators.calendar.DeadlineAssessment;
import io.github.cchc.indicators.calendar.DeadlinePolicy;
import io.github.cchc.indicators.calendar.DeadlineStatus;
import io.github.cchc.indicators.calendar.OfficeHours;
import io.github.cchc.indicators.calendar.ReceiptRule;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.github.cchc.model.CchcParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cchc due --received 2024-02-07T16:30 --days 5}: the appointment (ngày hẹn trả) of a
 * dossier; with {@code --finished}, also EARLY/ON_TIME/LATE and by how many working days.
 */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = {
      "Print the appointment (ngày hẹn trả) of a dossier as an ISO date-time in Asia/Ho_Chi_Minh:",
      "the N-th working day after the receipt, at the close of working hours (17:00 unless",
      "--hours-of-work says otherwise).",
      "With --hours, the exact end of the limit in working hours.",
      "With --finished, a second line: ON_TIME, or EARLY|LATE by <n> working days",
      "(with --hours: EARLY|LATE by <ISO duration> working time).",
      "Date-times are yyyy-MM-ddTHH:mm (Asia/Ho_Chi_Minh) or with an offset (+07:00)."
    })
final class DueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--received", required = true, description = "Receipt date-time.")
  String received;

  @Option(names = "--days", description = "Limit in working days (give --days or --hours).")
  @Nullable Integer days;

  @Option(
      names = "--hours",
      description =
          "Limit in working hours, e.g. 2 for \"02 giờ làm việc\" (give --days or --hours).")
  @Nullable Integer hours;

  @Option(names = "--finished", description = "Finish date-time.")
  @Nullable String finished;

  @Option(
      names = "--cut-off",
      description = "Receipts from this hour (HH:mm) count on the next working day.")
  @Nullable LocalTime cutOff;

  @Option(
      names = "--day-off-receipt",
      defaultValue = "NEXT_WORKING_DAY",
      description =
          "How a receipt on a day off counts: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  DayOffReceipt dayOffReceipt;

  @Option(
      names = "--receipt-rule",
      description =
          "How a receipt after working hours counts: ${COMPLETION-CANDIDATES} (default: the rule in"
              + " force on the receipt day, ONE_STOP_2025 from 2025-07-01 = next working day).")
  @Nullable ReceiptRule receiptRule;

  @Option(
      names = "--pause",
      description = "A pause (tạm dừng, waiting for a supplement) FROM/TO; repeatable.")
  List<String> pauses = new ArrayList<>();

  @Option(
      names = "--hours-of-work",
      description =
          "Working periods of a working day, HH:mm-HH:mm[,HH:mm-HH:mm] (default"
              + " 08:00-12:00,13:00-17:00); the last end is the close of the day.")
  @Nullable String hoursOfWork;

  @Option(
      names = "--saturday-reception",
      description =
          "Saturday reception periods, e.g. 07:30-11:30: a receipt in them counts on that Saturday"
              + " (Saturday stays a day off for the limit).")
  @Nullable String saturdayReception;

  @Option(names = "--culture-day", description = "Ngày Văn hóa Việt Nam (24/11) is a holiday.")
  boolean cultureDay;

  @Option(names = "--closures", description = "CSV file (date,kind,name,source) of closures.")
  @Nullable Path closures;

  @Override
  public Integer call() throws IOException {
    OfficeHours officeHours =
        hoursOfWork == null ? OfficeHours.standard() : OfficeHours.parse(hoursOfWork);
    if (saturdayReception != null) {
      officeHours = officeHours.withSaturdayReception(saturdayReception);
    }
    WorkingCalendar cal = Calendars.build(cultureDay, null, closures, officeHours);
    DeadlinePolicy policy =
        DeadlinePolicy.builder()
            .cutOff(java.util.Optional.ofNullable(cutOff))
            .dayOffReceipt(dayOffReceipt)
            .receiptRule(java.util.Optional.ofNullable(receiptRule))
            .build();
    if ((days == null) == (hours == null)) {
      throw new ParameterException(spec.commandLine(), "Give exactly one of --days and --hours");
    }
    Instant receivedAt = instant(received);
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (finished == null) {
        if (!pauses.isEmpty()) {
          throw new InputRejectedException("--pause needs --finished");
        }
        out.println(
            days != null
                ? iso(cal.dueDateTime(receivedAt, days, policy).toOffsetDateTime())
                : iso(
                    cal.dueInstant(receivedAt, limit(hours), policy)
                        .atZone(WorkingCalendar.ZONE)
                        .toOffsetDateTime()));
      } else {
        List<Interval> intervals = new ArrayList<>();
        for (String p : pauses) {
          int slash = p.indexOf('/');
          if (slash < 0) {
            throw new CchcParseException(p, 0, "--pause must be FROM/TO");
          }
          Instant from = instant(p.substring(0, slash));
          Instant to = instant(p.substring(slash + 1));
          if (to.isBefore(from)) {
            throw new CchcParseException(p, slash + 1, "--pause ends before it starts");
          }
          intervals.add(Interval.of(from, to));
        }
        DeadlineAssessment a =
            days != null
                ? cal.assess(receivedAt, instant(finished), days, policy, intervals)
                : cal.assess(receivedAt, instant(finished), limit(hours), policy, intervals);
        out.println(iso(a.due().toOffsetDateTime()));
        if (hours != null) {
          out.println(
              a.status() == DeadlineStatus.ON_TIME
                  ? "ON_TIME"
                  : a.status() + " by " + a.workingTimeOff() + " working time");
        } else {
          out.println(
              a.status() == DeadlineStatus.ON_TIME
                  ? "ON_TIME"
                  : a.status()
                      + " by "
                      + a.workingDaysOff()
                      + " working day"
                      + (a.workingDaysOff() == 1 ? "" : "s"));
        }
      }
    } catch (CalendarInputException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    out.flush();
    return Cchc.OK;
  }

  private static Duration limit(@Nullable Integer hours) {
    if (hours == null || hours < 0) {
      throw new InputRejectedException("--hours " + hours + ": must not be negative");
    }
    return Duration.ofHours(hours);
  }

  private static String iso(OffsetDateTime t) {
    return t.toString();
  }

  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(WorkingCalendar.ZONE).toInstant();
      } catch (DateTimeParseException e2) {
        throw new CchcParseException(
            text, e2.getErrorIndex(), "date-time expected as yyyy-MM-ddTHH:mm[:ss][+07:00]", e2);
      }
    }
  }
}
