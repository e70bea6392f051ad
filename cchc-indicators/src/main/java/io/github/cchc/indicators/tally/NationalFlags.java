package io.github.cchc.indicators.tally;

import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import io.github.cchc.model.dossier.Pause;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;

/**
 * The flags a tally counts for a dossier: {@link Dossier#flagBits()}, with the national-index bits
 * of a dossier that paused recomputed in working time. The model has no working-day calendar and
 * takes pauses off the end in calendar time; Quyết định 766/QĐ-TTg subtracts the time waiting for a
 * supplement, which the rules count in working time, so the end is moved back by the working time
 * of the pauses ({@link WorkingCalendar#minusWorkingTime}) on the official calendar. A dossier
 * without pauses (nearly all) keeps its precomputed bits: no work on the fast path.
 */
final class NationalFlags {
  private static final int NATIONAL =
      DossierFlag.NATIONAL_IN_TIME.bit() | DossierFlag.NATIONAL_EARLY.bit();

  private NationalFlags() {}

  /**
   * The official calendar, loaded (about a tenth of a second) when a paused dossier first needs it:
   * an export without such dossiers never loads it.
   */
  private static final class Official {
    static final WorkingCalendar CALENDAR = WorkingCalendar.official();
  }

  /** The flags of {@code d} as tallies count them. */
  static int of(Dossier d) {
    int bits = d.flagBits();
    return d.hasPauses() ? recompute(d, bits) : bits;
  }

  private static int recompute(Dossier d, int bits) {
    if ((bits & DossierFlag.MULTIPLE_SUPPLEMENT_REQUESTS.bit()) != 0) {
      return bits;
    }
    @Nullable LocalDateTime end = null;
    if (d.status().isEnded()) {
      end = d.finished().orElse(null);
    } else {
      for (Pause p : d.pauses()) {
        if (p.end().isEmpty()) {
          end = p.start();
        }
      }
    }
    if (end == null || end.toLocalDate().toEpochDay() < d.dueEpochDay()) {
      // ended before the due day: in time and early however much is taken off (the model's bits)
      return bits;
    }
    if (!inRange(d.received()) || !inRange(end)) {
      return bits;
    }
    Instant to = instant(end);
    Instant from = instant(d.received());
    if (to.isBefore(from)) {
      return bits;
    }
    Duration paused;
    List<Pause> pauses = d.pauses();
    if (pauses.size() == 1) {
      // the common case: one supplement request, no list of intervals to build
      Pause p = pauses.get(0);
      if (p.end().isEmpty() || p.end().get().isAfter(end)) {
        return bits;
      }
      Instant s = max(instant(p.start()), from);
      Instant e = min(instant(p.end().get()), to);
      paused = e.isAfter(s) ? Official.CALENDAR.workingTimeBetween(s, e) : Duration.ZERO;
    } else {
      List<Interval> closed = new ArrayList<>();
      for (Pause p : pauses) {
        if (p.end().isPresent() && !p.end().get().isAfter(end)) {
          closed.add(Interval.of(instant(p.start()), instant(p.end().get())));
        }
      }
      paused = Official.CALENDAR.workingTimeWithin(closed, from, to);
    }
    long effectiveDay =
        LocalDate.ofInstant(Official.CALENDAR.minusWorkingTime(to, paused), WorkingCalendar.ZONE)
            .toEpochDay();
    long dueDay = d.dueEpochDay();
    int national = 0;
    if (effectiveDay <= dueDay) {
      national |= DossierFlag.NATIONAL_IN_TIME.bit();
    }
    if (effectiveDay < dueDay) {
      national |= DossierFlag.NATIONAL_EARLY.bit();
    }
    return (bits & ~NATIONAL) | national;
  }

  private static boolean inRange(LocalDateTime t) {
    LocalDate day = t.toLocalDate();
    // a margin of a year: moving back by the pauses stays inside the calendar
    return day.isAfter(WorkingCalendar.MIN_DATE.plusYears(1))
        && day.isBefore(WorkingCalendar.MAX_DATE.minusYears(1));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant instant(LocalDateTime t) {
    return t.atZone(WorkingCalendar.ZONE).toInstant();
  }
}
