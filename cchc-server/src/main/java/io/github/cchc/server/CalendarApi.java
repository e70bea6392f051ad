package io.github.cchc.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.indicators.calendar.CalendarEntry;
import io.github.cchc.indicators.calendar.DeadlineAssessment;
import io.github.cchc.indicators.calendar.DeadlinePolicy;
import io.github.cchc.indicators.calendar.VietnameseLunarDate;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * {@code /api/calendar}: the appointment of a dossier ({@code due}, as {@code cchc due}), the
 * holidays of a year ({@code holidays}, as {@code cchc holidays}) and lunar dates ({@code lunar},
 * as {@code cchc lunar}), on the official working calendar.
 */
final class CalendarApi {
  private static final int MAX_LUNAR_DAYS = 3_700;

  private final Service service;
  private final WorkingCalendar calendar = WorkingCalendar.official();

  CalendarApi(Service service) {
    this.service = service;
  }

  /** {@code GET /api/calendar/due?received=2024-02-07T16:30&days=5[&hours=][&finished=]}. */
  void due(Context ctx) {
    String received = ctx.queryParam("received");
    if (received == null) {
      throw ApiException.badRequest("received= is missing: a date-time yyyy-MM-ddTHH:mm");
    }
    String days = ctx.queryParam("days");
    String hours = ctx.queryParam("hours");
    if ((days == null) == (hours == null)) {
      throw ApiException.badRequest("give exactly one of days= and hours=");
    }
    DeadlinePolicy policy = DeadlinePolicy.builder().build();
    Instant at = instant("received", received);
    ObjectNode o = service.json().createObjectNode();
    o.put("received", received);
    String finished = ctx.queryParam("finished");
    if (finished == null) {
      if (days != null) {
        int n = nonNegative("days", days);
        o.put("days", n);
        o.put("due", calendar.dueDateTime(at, n, policy).toOffsetDateTime().toString());
      } else {
        int n = nonNegative("hours", hours);
        o.put("hours", n);
        o.put(
            "due",
            calendar
                .dueInstant(at, Duration.ofHours(n), policy)
                .atZone(WorkingCalendar.ZONE)
                .toOffsetDateTime()
                .toString());
      }
    } else {
      DeadlineAssessment a;
      if (days != null) {
        int n = nonNegative("days", days);
        o.put("days", n);
        a = calendar.assess(at, instant("finished", finished), n, policy, java.util.List.of());
        o.put("working_days_off", a.workingDaysOff());
      } else {
        int n = nonNegative("hours", hours);
        o.put("hours", n);
        a =
            calendar.assess(
                at,
                instant("finished", finished),
                Duration.ofHours(n),
                policy,
                java.util.List.of());
        o.put("working_time_off", a.workingTimeOff().toString());
      }
      o.put("due", a.due().toOffsetDateTime().toString());
      o.put("finished", finished);
      o.put("status", a.status().name());
    }
    service.send(ctx, o);
  }

  /** {@code GET /api/calendar/holidays?year=2025}. */
  void holidays(Context ctx) {
    String y = ctx.queryParam("year");
    if (y == null) {
      throw ApiException.badRequest("year= is missing");
    }
    int year = Service.integer("year", y);
    ArrayNode days = service.json().createArrayNode();
    for (CalendarEntry e : calendar.entries(year)) {
      ObjectNode o = days.addObject();
      o.put("date", e.date().toString());
      o.put("kind", e.kind().name());
      o.put("name", e.name());
      o.put("source", e.source());
    }
    ObjectNode root = service.json().createObjectNode();
    root.put("year", year);
    root.put("origin", calendar.scheduleOrigin(year).name());
    root.set("days", days);
    service.send(ctx, root);
  }

  /** {@code GET /api/calendar/lunar?date=2024-02-10} or {@code ?from=&to=}. */
  void lunar(Context ctx) {
    LocalDate date = Service.date("date", ctx.queryParam("date"));
    LocalDate from = date != null ? date : Service.date("from", ctx.queryParam("from"));
    LocalDate to = date != null ? date : Service.date("to", ctx.queryParam("to"));
    if (from == null || to == null) {
      throw ApiException.badRequest("give date=, or from= and to= (ISO dates)");
    }
    if (to.isBefore(from)) {
      throw ApiException.badRequest("to=" + to + " is before from=" + from);
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_LUNAR_DAYS) {
      throw ApiException.badRequest("at most " + MAX_LUNAR_DAYS + " days at a time");
    }
    ArrayNode out = service.json().createArrayNode();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      VietnameseLunarDate l = VietnameseLunarDate.from(d);
      ObjectNode o = out.addObject();
      o.put("solar", d.toString());
      o.put("lunar_day", l.getDayOfMonth());
      o.put("lunar_month", l.getMonth());
      o.put("lunar_year", l.getYear());
      o.put("leap", l.isLeapMonth());
    }
    service.send(ctx, out);
  }

  private static int nonNegative(String name, String text) {
    int n = Service.integer(name, text);
    if (n < 0) {
      throw ApiException.badRequest(name + "=" + n + ": must not be negative");
    }
    return n;
  }

  /** A date-time as {@code cchc due} reads it: with an offset, or in Asia/Ho_Chi_Minh. */
  static Instant instant(String name, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(WorkingCalendar.ZONE).toInstant();
      } catch (DateTimeParseException e2) {
        throw ApiException.badRequest(
            name + "=" + text + ": date-time expected as yyyy-MM-ddTHH:mm[:ss][+07:00]");
      }
    }
  }
}
