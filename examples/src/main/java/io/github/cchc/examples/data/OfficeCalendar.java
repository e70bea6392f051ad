package io.github.cchc.examples.data;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The generator's own, frozen working-day table for civil servants from 01/01/2024 to 31/03/2025
 * (DOMAIN.md section 2): Saturdays and Sundays off, the 2024 holidays (Tết Dương lịch 01/01, Tết Âm
 * lịch 08/02-14/02, Giỗ Tổ 18/04, 29/04-01/05 with the make-up Saturday 04/05, Quốc khánh
 * 02/09-03/09) and the 2025 ones up to March (01/01, Tết 27/01-31/01).
 *
 * <p>It is deliberately not the library's calendar: the sample bytes must never change when the
 * library's holiday data is corrected or extended.
 */
final class OfficeCalendar {
  static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  static final LocalDate LAST = LocalDate.of(2025, 3, 31);

  private static final Set<LocalDate> HOLIDAYS =
      Set.of(
          LocalDate.of(2024, 1, 1),
          LocalDate.of(2024, 2, 8),
          LocalDate.of(2024, 2, 9),
          LocalDate.of(2024, 2, 12),
          LocalDate.of(2024, 2, 13),
          LocalDate.of(2024, 2, 14),
          LocalDate.of(2024, 4, 18),
          LocalDate.of(2024, 4, 29),
          LocalDate.of(2024, 4, 30),
          LocalDate.of(2024, 5, 1),
          LocalDate.of(2024, 9, 2),
          LocalDate.of(2024, 9, 3),
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2025, 1, 27),
          LocalDate.of(2025, 1, 28),
          LocalDate.of(2025, 1, 29),
          LocalDate.of(2025, 1, 30),
          LocalDate.of(2025, 1, 31));
  private static final Set<LocalDate> MAKE_UP_SATURDAYS = Set.of(LocalDate.of(2024, 5, 4));

  /** Day index (days since 01/01/2024) of each working day, ascending. */
  final int[] workingDays;

  /**
   * For each day index: the position in {@link #workingDays} of that day or the next working one.
   */
  final int[] nextWorking;

  /** For each day index: "dd/MM/yyyy " in UTF-8 (with the trailing space). */
  final byte[][] dateText;

  OfficeCalendar() {
    int days = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    List<Integer> working = new ArrayList<>();
    dateText = new byte[days][];
    for (int d = 0; d < days; d++) {
      LocalDate date = FIRST.plusDays(d);
      if (isWorking(date)) {
        working.add(d);
      }
      dateText[d] =
          String.format(
                  "%02d/%02d/%04d ", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
              .getBytes(StandardCharsets.US_ASCII);
    }
    workingDays = working.stream().mapToInt(Integer::intValue).toArray();
    nextWorking = new int[days];
    int w = workingDays.length;
    for (int d = days - 1; d >= 0; d--) {
      if (w > 0 && workingDays[w - 1] == d) {
        w--;
      }
      nextWorking[d] = w;
    }
  }

  static boolean isWorking(LocalDate date) {
    if (HOLIDAYS.contains(date)) {
      return false;
    }
    if (MAKE_UP_SATURDAYS.contains(date)) {
      return true;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** Number of working days of 2024 (the receipt days of the sample). */
  int workingDaysOf2024() {
    int n = 0;
    for (int d : workingDays) {
      if (FIRST.plusDays(d).getYear() == 2024) {
        n++;
      }
    }
    return n;
  }

  /** Day index of a working-day position, clamped to the table. */
  int day(int workingPosition) {
    return workingDays[Math.min(workingPosition, workingDays.length - 1)];
  }
}
