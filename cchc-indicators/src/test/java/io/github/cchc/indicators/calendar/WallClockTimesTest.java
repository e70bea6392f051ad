package io.github.cchc.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The calendar takes the wall-clock times dossier exports give ("Ngày tiếp nhận: 13/02/2026
 * 16:30"), read in Asia/Ho_Chi_Minh: the same answers as the instants they name.
 */
class WallClockTimesTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.official();
  private static final DeadlinePolicy POLICY = DeadlinePolicy.standard();

  @Test
  void aDossierReceivedBeforeTetIsDueAfterTheHoliday() {
    // Tết Bính Ngọ (17/02/2026): the official schedule of 2026 (Thông báo 9441/TB-BNV) gives days
    // off from 14/02 to 22/02.
    LocalDateTime received = LocalDateTime.of(2026, 2, 12, 9, 30);
    assertThat(CALENDAR.isWorkingTime(received)).isTrue();
    assertThat(CALENDAR.isWorkingTime(LocalDateTime.of(2026, 2, 17, 9, 30))).isFalse();
    assertThat(CALENDAR.dueDate(received, 5, POLICY))
        .isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2026, 2, 12), 5))
        .isAfter(LocalDate.of(2026, 2, 22));
  }

  @Test
  void wallClockTimesGiveTheAnswersOfTheirInstants() {
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    qt().forAll(
            longs().between(0, 3L * 365 * 24 * 60),
            integers().between(0, 60 * 24 * 20),
            integers().between(0, 30))
        .checkAssert(
            (minutes, length, days) -> {
              LocalDateTime from = start.plusMinutes(minutes);
              LocalDateTime to = from.plusMinutes(length);
              var fromInstant = from.atZone(WorkingCalendar.ZONE).toInstant();
              var toInstant = to.atZone(WorkingCalendar.ZONE).toInstant();
              assertThat(CALENDAR.isWorkingTime(from))
                  .isEqualTo(CALENDAR.isWorkingTime(fromInstant));
              assertThat(CALENDAR.workingTimeBetween(from, to))
                  .isEqualTo(CALENDAR.workingTimeBetween(fromInstant, toInstant));
              assertThat(CALENDAR.dueDate(from, days, POLICY))
                  .isEqualTo(CALENDAR.dueDate(fromInstant, days, POLICY));
              assertThat(CALENDAR.dueDateTime(from, days, POLICY))
                  .isEqualTo(CALENDAR.dueDateTime(fromInstant, days, POLICY));
              assertThat(CALENDAR.effectiveReceiptDate(from, POLICY))
                  .isEqualTo(CALENDAR.effectiveReceiptDate(fromInstant, POLICY));
              Duration work = Duration.ofMinutes(length);
              assertThat(
                      CALENDAR.plusWorkingTime(from, work).atZone(WorkingCalendar.ZONE).toInstant())
                  .isEqualTo(CALENDAR.plusWorkingTime(fromInstant, work));
            });
  }
}
