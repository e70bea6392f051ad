package io.github.cchc.examples.programs;

import io.github.cchc.indicators.calendar.DeadlinePolicy;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: appointment dates (ngày hẹn trả) from the official working-day calendar.
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.programs.DueDates
 * }</pre>
 *
 * <p>Prints, for dossiers received just before Tết Giáp Thìn, before the 30/4 swap of 2024 and
 * before the make-up Saturday 04/05/2024, the appointment after 5 and 10 working days.
 */
public final class DueDates {
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private DueDates() {}

  /**
   * The lines the program prints.
   *
   * @return one line per receipt and limit
   */
  public static List<String> lines() {
    WorkingCalendar calendar = WorkingCalendar.official();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Năm 2024 có "
            + calendar.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))
            + " ngày làm việc.");
    for (String received : List.of("07/02/2024 16:30", "26/04/2024 09:00", "03/05/2024 10:15")) {
      Instant at = LocalDateTime.parse(received, VN).atZone(WorkingCalendar.ZONE).toInstant();
      for (int days : new int[] {5, 10}) {
        lines.add(
            "Tiếp nhận "
                + received
                + ", thời hạn "
                + days
                + " ngày làm việc: hẹn trả "
                + calendar.dueDateTime(at, days, DeadlinePolicy.standard()).format(VN));
      }
    }
    return lines;
  }

  /**
   * Prints {@link #lines()}.
   *
   * @param args none
   */
  public static void main(String[] args) {
    lines().forEach(System.out::println);
  }
}
