package io.github.cchc.indicators.progress;

import io.github.cchc.model.plan.Deadline;
import io.github.cchc.model.plan.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * When a task of a plan is due within a period, for each form of deadline a plan writes. The task
 * progress file holds one row per task, not one per occurrence of a recurring duty, so a recurring
 * or ongoing task is judged once per period.
 *
 * <table>
 *   <caption>Deadline forms and when the task is due in a period</caption>
 *   <tr><th>deadline as written</th><th>{@link Deadline.Kind}</th><th>due in the period</th>
 *       <th>due day (on time = done on or before it)</th></tr>
 *   <tr><td>"31/12/2024"</td><td>DATE</td><td>if the day is in the period</td><td>the day</td></tr>
 *   <tr><td>"Tháng 6/2024", "Tháng 6" (plan year)</td><td>MONTH</td>
 *       <td>if the month's last day is in the period</td><td>the month's last day</td></tr>
 *   <tr><td>"Quý II/2024", "Quý III" (plan year)</td><td>QUARTER</td>
 *       <td>if the quarter's last day is in the period</td><td>the quarter's last day</td></tr>
 *   <tr><td>"Năm 2024", "Trong năm 2024"</td><td>YEAR</td><td>if 31/12 is in the period</td>
 *       <td>31/12</td></tr>
 *   <tr><td>"Thường xuyên", "liên tục", "hằng năm"</td><td>ONGOING</td>
 *       <td>in every period that meets the plan's year</td>
 *       <td>the end of the period (within the plan's year)</td></tr>
 *   <tr><td>"Trước ngày 15 hằng tháng"</td><td>MONTHLY</td>
 *       <td>in every period that meets the plan's year and holds that day of a month</td>
 *       <td>that day of the period's last month that holds it (the 15th counts as on time: the
 *       plan model keeps "trước ngày 15" and "ngày 15" alike); without a day ("hằng tháng"), the
 *       end of the period</td></tr>
 *   <tr><td>"Hằng quý"</td><td>QUARTERLY</td><td>in every period that meets the plan's year</td>
 *       <td>the end of the period</td></tr>
 *   <tr><td>no deadline, or one not read ("Theo tiến độ của Bộ Tài chính")</td><td>—</td>
 *       <td>if the end of the plan's year is in the period (a plan's tasks are for its year)</td>
 *       <td>31/12 of the plan's year</td></tr>
 * </table>
 *
 * <p>When the plan's year is unknown, ongoing, recurring and unread deadlines are due at the end of
 * the period.
 *
 * <pre>{@code
 * LocalDateRange y2024 = LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
 * TaskDeadlines.dueIn(Deadline.parse("Quý III/2024"), y2024, 2024);          // Optional[2024-09-30]
 * TaskDeadlines.dueIn(Deadline.parse("Trước ngày 15 hằng tháng"), y2024, 2024); // Optional[2024-12-15]
 * }</pre>
 */
public final class TaskDeadlines {
  private TaskDeadlines() {}

  /**
   * Returns the day {@code task} is due within {@code period}, or empty if it is not due in it.
   *
   * @param task a task of the plan
   * @param period the period (end exclusive, as {@link LocalDateRange})
   * @param planYear the plan's year, or 0 if unknown
   * @return the due day, in the period
   */
  public static Optional<LocalDate> dueIn(Task task, LocalDateRange period, int planYear) {
    Optional<Deadline> d = task.assignment().deadline();
    if (d.isPresent()) {
      return dueIn(d.get(), period, planYear);
    }
    if (planYear == 0) {
      return Optional.of(period.getEndInclusive());
    }
    return inside(LocalDate.of(planYear, 12, 31), period);
  }

  /**
   * Returns the day a task with {@code deadline} is due within {@code period}, or empty if it is
   * not due in it.
   *
   * @param deadline the deadline as the plan writes it
   * @param period the period (end exclusive, as {@link LocalDateRange})
   * @param planYear the plan's year, or 0 if unknown
   * @return the due day, in the period
   */
  public static Optional<LocalDate> dueIn(Deadline deadline, LocalDateRange period, int planYear) {
    Optional<LocalDate> fixed = deadline.dueDate();
    if (fixed.isPresent()) {
      return inside(fixed.get(), period);
    }
    // ongoing and recurring: once per period, within the plan's year
    LocalDate start = period.getStart();
    LocalDate end = period.getEndInclusive();
    if (planYear != 0) {
      LocalDate yearStart = LocalDate.of(planYear, 1, 1);
      LocalDate yearEnd = LocalDate.of(planYear, 12, 31);
      if (end.isBefore(yearStart) || start.isAfter(yearEnd)) {
        return Optional.empty();
      }
      start = start.isBefore(yearStart) ? yearStart : start;
      end = end.isAfter(yearEnd) ? yearEnd : end;
    }
    if (deadline.kind() == Deadline.Kind.MONTHLY && deadline.dayOfMonth().isPresent()) {
      int day = deadline.dayOfMonth().getAsInt();
      for (YearMonth m = YearMonth.from(end);
          !m.isBefore(YearMonth.from(start));
          m = m.minusMonths(1)) {
        LocalDate due = m.atDay(Math.min(day, m.lengthOfMonth()));
        if (!due.isAfter(end) && !due.isBefore(start)) {
          return Optional.of(due);
        }
      }
      return Optional.empty();
    }
    return Optional.of(end);
  }

  private static Optional<LocalDate> inside(LocalDate day, LocalDateRange period) {
    return period.contains(day) ? Optional.of(day) : Optional.empty();
  }
}
