package io.github.cchc.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.plan.Assignment;
import io.github.cchc.model.plan.AssignmentBuilder;
import io.github.cchc.model.plan.Deadline;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.plan.Task;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The sample plan's eight tasks with a progress worked out by hand (deadlines: tháng 1/2024, quý
 * III/2024, trước ngày 15 hằng tháng, 31/12/2024, thường xuyên, quý IV/2024, an unread one, tháng
 * 6).
 */
class PlanProgressTest {
  /**
   * The appendix of {@code examples/data/plans/sample-kh-cchc-2024.docx} as {@code cchc plan} reads
   * it (number, lead unit, deadline as written); the examples module checks the same figures on the
   * Word file itself.
   */
  static final Plan PLAN =
      Plan.builder()
          .year(2024)
          .addTasks(
              task("1", "Ban hành Kế hoạch CCHC", "Sở Nội vụ", "Tháng 01/2024"),
              task("2", "Kiểm tra công tác CCHC", "Sở Nội vụ", "Quý III/2024"),
              task(
                  "3",
                  "Báo cáo kết quả thực hiện nhiệm vụ CCHC",
                  "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
                  "Trước ngày 15 hằng tháng"),
              task("4", "Rà soát, hệ thống hóa VBQPPL", "Sở Tư pháp", "31/12/2024"),
              task("5", "Công bố, công khai TTHC", "Văn phòng UBND tỉnh", "Thường xuyên"),
              task(
                  "6",
                  "Số hóa hồ sơ, kết quả giải quyết TTHC",
                  "Văn phòng UBND tỉnh",
                  "Quý IV/2024"),
              task(
                  "7",
                  "Triển khai thanh toán trực tuyến",
                  "Sở Tài chính",
                  "Theo tiến độ của Bộ Tài chính"),
              task(
                  "8",
                  "Nâng cấp Hệ thống thông tin giải quyết TTHC",
                  "Sở Thông tin và Truyền thông",
                  "Tháng 6"))
          .build();

  private static Task task(String number, String content, String lead, String deadline) {
    AssignmentBuilder a = Assignment.builder().lead(lead).deadlineText(deadline);
    try {
      a.deadline(Deadline.parse(deadline, 2024));
    } catch (CchcParseException e) {
      // kept as text only, as the plan reader does
    }
    return Task.builder().number(number).content(content).assignment(a.build()).build();
  }

  static final LocalDateRange Y2024 =
      LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));

  static TaskProgress done(String task, String day) {
    return TaskProgress.builder()
        .task(task)
        .status(TaskStatus.DONE)
        .completedOn(LocalDate.parse(day))
        .build();
  }

  static TaskProgress open(String task) {
    return TaskProgress.builder().task(task).status(TaskStatus.IN_PROGRESS).build();
  }

  /** The shipped sample: 1 on time, 2 late by 15 days, 3 4 5 7 on time, 6 and 8 not done. */
  static final List<TaskProgress> SAMPLE =
      List.of(
          done("1", "2024-01-15"),
          done("2", "2024-10-15"),
          done("3", "2024-12-13"),
          done("4", "2024-12-20"),
          done("5", "2024-12-31"),
          open("6"),
          done("7", "2024-12-27"),
          open("8"));

  @Test
  void theSampleAsOfTenJanuary2025() {
    PlanProgress p = PlanProgress.of(PLAN, SAMPLE);
    LocalDate asOf = LocalDate.of(2025, 1, 10);
    // due in 2024: all eight; done: 1, 2, 3, 4, 5, 7; on time: 1, 3, 4, 5, 7
    assertThat(p.count(Target.TASKS_DONE, Y2024, asOf))
        .extracting(TaskCount::numerator, TaskCount::denominator)
        .containsExactly(6L, 8L);
    assertThat(p.count(Target.TASKS_ON_TIME, Y2024, asOf))
        .extracting(TaskCount::numerator, TaskCount::denominator)
        .containsExactly(5L, 8L);
    // overdue: 6 (quý IV/2024: 31/12, 10 days) and 8 (tháng 6: 30/06, 194 days)
    assertThat(p.overdue(Y2024, asOf))
        .extracting(s -> s.number() + " " + s.lead() + " " + s.daysLate())
        .containsExactly("6 Văn phòng UBND tỉnh 10", "8 Sở Thông tin và Truyền thông 194");
    TaskStanding second = p.standings(Y2024, asOf).get(1);
    assertThat(second.dueOn()).contains(LocalDate.of(2024, 9, 30));
    assertThat(second.isDone()).isTrue();
    assertThat(second.isOnTime()).isFalse();
    assertThat(second.daysLate()).isEqualTo(15);
    // the unread deadline "Theo tiến độ của Bộ Tài chính" is due at the end of the plan's year
    assertThat(p.standings(Y2024, asOf).get(6).dueOn()).contains(LocalDate.of(2024, 12, 31));
    assertThat(p.byLead(Y2024, asOf).keySet())
        .containsExactly(
            "Sở Nội vụ",
            "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
            "Sở Tư pháp",
            "Văn phòng UBND tỉnh",
            "Sở Tài chính",
            "Sở Thông tin và Truyền thông");
    assertThat(p.unreported()).isEmpty();
  }

  @Test
  void theThirdQuarterCountsTheTasksDueInIt() {
    PlanProgress p = PlanProgress.of(PLAN, SAMPLE);
    LocalDateRange q3 = LocalDateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1));
    // due in Q3: 2 (30/09), 3 (15/09), 5 (30/09, ongoing); done by 30/09: 3? no, 13/12; none is
    assertThat(p.count(Target.TASKS_DONE, q3, LocalDate.of(2024, 9, 30)))
        .extracting(TaskCount::numerator, TaskCount::denominator)
        .containsExactly(0L, 3L);
    // as of 31/12 task 2 is done (15/10) but not on time
    assertThat(p.count(Target.TASKS_DONE, q3, LocalDate.of(2024, 12, 31)).numerator()).isEqualTo(3);
    assertThat(p.count(Target.TASKS_ON_TIME, q3, LocalDate.of(2024, 12, 31)).numerator())
        .isEqualTo(0);
  }

  @Test
  void tasksWithoutARowAreNotStartedAndUnknownTasksAreRefused() {
    PlanProgress p = PlanProgress.of(PLAN, List.of(done("4", "2024-12-20")));
    assertThat(p.unreported()).extracting(t -> t.number().orElseThrow()).hasSize(7);
    assertThat(p.count(Target.TASKS_DONE, Y2024, LocalDate.of(2025, 1, 10)).numerator())
        .isEqualTo(1);
    assertThat(p.overdue(Y2024, LocalDate.of(2024, 7, 1)))
        .extracting(TaskStanding::number)
        .containsExactly("1", "8");
    assertThatThrownBy(() -> PlanProgress.of(PLAN, List.of(open("9"))))
        .hasMessage("the plan has no task 9");
  }
}
