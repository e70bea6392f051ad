package io.github.cchc.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.plan.Deadline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline forms of the seed plans and of the sample plan, and when each is due in a year, a
 * quarter and a month of 2024.
 */
class TaskDeadlinesTest {
  private static final LocalDateRange Y2024 = range("2024-01-01", "2025-01-01");
  private static final LocalDateRange Q3 = range("2024-07-01", "2024-10-01");
  private static final LocalDateRange JULY = range("2024-07-01", "2024-08-01");
  private static final LocalDateRange Y2025 = range("2025-01-01", "2026-01-01");

  private static LocalDateRange range(String start, String endExclusive) {
    return LocalDateRange.of(LocalDate.parse(start), LocalDate.parse(endExclusive));
  }

  private static String due(String deadline, LocalDateRange period) {
    return TaskDeadlines.dueIn(Deadline.parse(deadline, 2024), period, 2024)
        .map(LocalDate::toString)
        .orElse("not due");
  }

  @Test
  void fixedDeadlinesAreDueInThePeriodTheirLastDayFallsIn() {
    // sample plan, appendix column "Thời gian hoàn thành"
    assertThat(due("Tháng 01/2024", Y2024)).isEqualTo("2024-01-31");
    assertThat(due("Quý III/2024", Y2024)).isEqualTo("2024-09-30");
    assertThat(due("Quý III/2024", Q3)).isEqualTo("2024-09-30");
    assertThat(due("Quý III/2024", JULY)).isEqualTo("not due");
    assertThat(due("31/12/2024", Y2024)).isEqualTo("2024-12-31");
    assertThat(due("31/12/2024", Q3)).isEqualTo("not due");
    assertThat(due("Quý IV/2024", Y2024)).isEqualTo("2024-12-31");
    // "Tháng 6" without a year is in the plan's year
    assertThat(due("Tháng 6", Y2024)).isEqualTo("2024-06-30");
    // seed 002 (Sở NN&PTNT): "Báo cáo Cải cách hành chính Quý III"
    assertThat(due("Quý III", Q3)).isEqualTo("2024-09-30");
    // seed 004 (Kiên Giang): "Thời gian thực hiện: Trong năm 2024"; seed 003: "trong năm 2021"
    assertThat(due("Trong năm 2024", Y2024)).isEqualTo("2024-12-31");
    assertThat(due("Trong năm 2024", Q3)).isEqualTo("not due");
    assertThat(due("trong năm 2021", Y2024)).isEqualTo("not due");
  }

  @Test
  void ongoingDeadlinesAreDueAtTheEndOfEveryPeriodOfThePlansYear() {
    // seeds 000, 002, 003, 004 and the sample plan: "thường xuyên"; seed 004: "hằng năm"
    for (String d : new String[] {"Thường xuyên", "thường xuyên, liên tục", "hằng năm"}) {
      assertThat(due(d, Y2024)).as(d).isEqualTo("2024-12-31");
      assertThat(due(d, Q3)).as(d).isEqualTo("2024-09-30");
      assertThat(due(d, JULY)).as(d).isEqualTo("2024-07-31");
      assertThat(due(d, Y2025)).as(d).isEqualTo("not due");
    }
    assertThat(due("Hằng quý", Q3)).isEqualTo("2024-09-30");
    assertThat(due("hằng tháng", JULY)).isEqualTo("2024-07-31");
  }

  @Test
  void monthlyBeforeADayIsDueOnThatDayOfThePeriodsLastMonth() {
    // sample plan task 3 and seed-style "báo cáo ... trước ngày 15 hằng tháng"
    assertThat(due("Trước ngày 15 hằng tháng", Y2024)).isEqualTo("2024-12-15");
    assertThat(due("Trước ngày 15 hằng tháng", Q3)).isEqualTo("2024-09-15");
    assertThat(due("Trước ngày 15 hằng tháng", JULY)).isEqualTo("2024-07-15");
    // a period ending before the 15th of its month: the 15th of the month before
    assertThat(due("Trước ngày 15 hằng tháng", range("2024-06-15", "2024-07-11")))
        .isEqualTo("2024-06-15");
    assertThat(due("Trước ngày 15 hằng tháng", range("2024-07-01", "2024-07-11")))
        .isEqualTo("not due");
    // the 31st in a short month is its last day
    assertThat(due("Trước ngày 31 hằng tháng", range("2024-02-01", "2024-03-01")))
        .isEqualTo("2024-02-29");
  }

  @Test
  void withoutThePlansYearOngoingDeadlinesAreDueAtThePeriodsEnd() {
    assertThat(TaskDeadlines.dueIn(Deadline.parse("Thường xuyên"), Y2025, 0))
        .contains(LocalDate.of(2025, 12, 31));
    assertThat(TaskDeadlines.dueIn(Deadline.parse("Quý II/2024"), Y2025, 0)).isEmpty();
  }
}
