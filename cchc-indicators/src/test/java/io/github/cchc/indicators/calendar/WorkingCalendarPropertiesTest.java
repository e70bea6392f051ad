package io.github.cchc.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkingCalendarPropertiesTest {
  private static final WorkingCalendar CAL = WorkingCalendar.official();
  private static final LocalDate FROM = LocalDate.of(2014, 1, 1);
  private static final int SPAN = (int) ChronoUnit.DAYS.between(FROM, LocalDate.of(2190, 1, 1));

  private static Gen<LocalDate> dates() {
    return integers().between(0, SPAN).map(FROM::plusDays);
  }

  /** Mostly the years with official schedules, where the irregular days are. */
  private static Gen<LocalDate> recentDates() {
    return integers().between(0, 7 * 366).map(LocalDate.of(2020, 1, 1)::plusDays);
  }

  @Test
  void addingNThenCountingBackGivesN() {
    qt().forAll(recentDates().mix(dates(), 30), integers().between(0, 400))
        .checkAssert(
            (date, n) -> {
              LocalDate due = CAL.plusWorkingDays(date, n);
              assertThat(CAL.isWorkingDay(due)).isTrue();
              long counted = CAL.workingDaysBetween(date.plusDays(1), due.plusDays(1));
              assertThat(counted).isEqualTo(n == 0 && !CAL.isWorkingDay(date) ? 1 : n);
            });
  }

  @Test
  void addingAgreesWithTheDayByDayLoop() {
    qt().forAll(recentDates(), integers().between(1, 30))
        .checkAssert(
            (date, n) -> {
              LocalDate d = date;
              int left = n;
              while (left > 0) {
                d = d.plusDays(1);
                if (CAL.isWorkingDay(d)) {
                  left--;
                }
              }
              assertThat(CAL.plusWorkingDays(date, n)).isEqualTo(d);
            });
  }

  @Test
  void addingIsMonotonic() {
    qt().forAll(recentDates(), integers().between(0, 200), integers().between(0, 60))
        .checkAssert(
            (date, n, more) -> {
              assertThat(CAL.plusWorkingDays(date, n + more))
                  .isAfterOrEqualTo(CAL.plusWorkingDays(date, n));
              assertThat(CAL.plusWorkingDays(date.plusDays(more), n))
                  .isAfterOrEqualTo(CAL.plusWorkingDays(date, n));
            });
  }

  @Test
  void addingWorkingTimeEndsInWorkingTimeAndCountsBack() {
    Gen<Instant> instants =
        longs()
            .between(0, 7L * 366 * 24 * 60)
            .map(
                m ->
                    LocalDate.of(2020, 1, 1)
                        .atStartOfDay(WorkingCalendar.ZONE)
                        .toInstant()
                        .plusSeconds(m * 60));
    qt().forAll(instants, longs().between(1, 60L * 8 * 40))
        .checkAssert(
            (start, minutes) -> {
              Duration d = Duration.ofMinutes(minutes);
              Instant end = CAL.plusWorkingTime(start, d);
              assertThat(end).isAfter(start);
              assertThat(CAL.isWorkingTime(end.minusNanos(1))).isTrue();
              assertThat(CAL.workingTimeBetween(start, end)).isEqualTo(d);
            });
  }

  /** Moving back a working time from where it was added returns inside any working period. */
  @Test
  void minusWorkingTimeUndoesPlusWorkingTime() {
    qt().forAll(recentDates(), integers().between(1, 479), longs().between(1, 40L * 8 * 60))
        .checkAssert(
            (date, minuteOfDay, minutes) -> {
              LocalDate day = CAL.isWorkingDay(date) ? date : CAL.nextWorkingDay(date);
              // a minute strictly inside 08:00-12:00 or 13:00-17:00
              int m = minuteOfDay < 240 ? 8 * 60 + minuteOfDay : 13 * 60 + (minuteOfDay - 240);
              if (m == 8 * 60 || m == 13 * 60) {
                return;
              }
              Instant start = day.atTime(m / 60, m % 60).atZone(WorkingCalendar.ZONE).toInstant();
              Duration d = Duration.ofMinutes(minutes);
              Instant end = CAL.plusWorkingTime(start, d);
              assertThat(CAL.minusWorkingTime(end, d)).isEqualTo(start);
              assertThat(CAL.workingTimeBetween(CAL.minusWorkingTime(end, d), end)).isEqualTo(d);
            });
  }
}
