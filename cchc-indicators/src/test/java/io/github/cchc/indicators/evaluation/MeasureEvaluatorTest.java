package io.github.cchc.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasures;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.progress.PlanProgress;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskStatus;
import io.github.cchc.model.plan.Assignment;
import io.github.cchc.model.plan.Deadline;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.plan.TargetExtractor;
import io.github.cchc.model.plan.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The four targets of the sample plan no dossier measures, with verdicts worked out by hand. */
class MeasureEvaluatorTest {
  private static final ReportingPeriod YEAR = ReportingCalendar.calendar().year(2024);
  private static final LocalDate AFTER = LocalDate.of(2025, 1, 10);
  private static final LocalDate DURING = LocalDate.of(2024, 9, 30);

  private static final Target TASKS =
      TargetExtractor.extract("Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC nhà nước năm 2024.")
          .get(0);
  private static final Target PUBLISHED =
      TargetExtractor.extract(
              "100% TTHC công khai đầy đủ, kịp thời trên Cơ sở dữ liệu quốc gia về TTHC và Cổng"
                  + " dịch vụ công tỉnh.")
          .get(0);
  private static final Target IMPROVE =
      TargetExtractor.extract(
              "Kết quả đánh giá Chỉ số PAR INDEX, SIPAS năm 2024 tiếp tục cải thiện hơn so với kết"
                  + " quả đánh giá năm 2023.")
          .get(0);
  private static final Target RANK =
      TargetExtractor.extract("Chỉ số CCHC của tỉnh nằm trong nhóm 30 tỉnh, thành phố.").get(0);

  private static PublishedMeasure m(String id, String period, String value, String outOf) {
    var b =
        PublishedMeasure.builder()
            .indicator(id)
            .period(period)
            .value(new BigDecimal(value))
            .source("Bộ Nội vụ, " + id + " " + period);
    if (outOf != null) {
      b.outOf(new BigDecimal(outOf));
    }
    return b.build();
  }

  private static PublishedMeasures measures(PublishedMeasure... ms) {
    return PublishedMeasures.of(List.of(ms));
  }

  @Test
  void eachTargetGoesToTheInputThatMeasuresIt() {
    assertThat(MeasureEvaluator.inputOf(TASKS)).contains(MeasureEvaluator.Input.TASK_PROGRESS);
    assertThat(MeasureEvaluator.inputOf(PUBLISHED))
        .contains(MeasureEvaluator.Input.PUBLISHED_MEASURES);
    assertThat(MeasureEvaluator.inputOf(IMPROVE))
        .contains(MeasureEvaluator.Input.PUBLISHED_MEASURES);
    assertThat(MeasureEvaluator.inputOf(RANK)).contains(MeasureEvaluator.Input.PUBLISHED_MEASURES);
    Target onTime =
        TargetExtractor.extract("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn.")
            .get(0);
    assertThat(MeasureEvaluator.inputOf(onTime)).contains(MeasureEvaluator.Input.DOSSIERS);
    Target other =
        TargetExtractor.extract("Giá trị thu ngân sách nằm trong nhóm 30 tỉnh, thành phố.").get(0);
    assertThat(MeasureEvaluator.inputOf(other)).isEmpty();
    assertThat(MeasureEvaluator.whyNotMeasurable(other, Locale.ENGLISH))
        .contains("its subject is not a known indicator");
    assertThat(MeasureEvaluator.whyNotMeasurable(other))
        .contains("nội dung chỉ tiêu không phải là chỉ số đã biết");
  }

  @Test
  void tasksDoneSixOfEightIsNotMetAndTwoMoreAreNeeded() {
    List<Task> tasks = new ArrayList<>();
    List<TaskProgress> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      tasks.add(
          Task.builder()
              .number(String.valueOf(i))
              .content("Nhiệm vụ " + i)
              .assignment(Assignment.builder().deadline(Deadline.parse("31/12/2024")).build())
              .build());
      rows.add(
          i <= 6
              ? TaskProgress.builder()
                  .task(String.valueOf(i))
                  .status(TaskStatus.DONE)
                  .completedOn(LocalDate.of(2024, 6, i))
                  .build()
              : TaskProgress.builder()
                  .task(String.valueOf(i))
                  .status(TaskStatus.IN_PROGRESS)
                  .build());
    }
    PlanProgress p = PlanProgress.of(Plan.builder().year(2024).addAllTasks(tasks).build(), rows);
    // 6/8 = 75% against "= 100%": gap -25 points; 2 more tasks make 8/8
    TargetResult after = MeasureEvaluator.evaluate(TASKS, p, YEAR, AFTER);
    assertThat(after.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(after.indicatorIds()).isEqualTo("tasks_done");
    assertThat(after.numerator()).contains(BigDecimal.valueOf(6));
    assertThat(after.denominator()).contains(BigDecimal.valueOf(8));
    assertThat(after.rate()).contains(new BigDecimal("75.0000"));
    assertThat(after.gap()).contains(new BigDecimal("-25.0000"));
    assertThat(after.needed()).hasValue(2L);
    assertThat(after.remainingBudget()).isEmpty();
    // before the year is over: not yet, same figures
    TargetResult during = MeasureEvaluator.evaluate(TASKS, p, YEAR, DURING);
    assertThat(during.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(during.reason()).isEqualTo("period 2024 ends 2024-12-31");
    // on time: tasks 1-6 were done by 06/06 against 31/12, 7 and 8 are open: 6/8, 2 needed
    Target onTime =
        TargetExtractor.extract("Phấn đấu 100% nhiệm vụ được giao hoàn thành đúng thời hạn.")
            .get(0);
    TargetResult onTimeAfter = MeasureEvaluator.evaluate(onTime, p, YEAR, AFTER);
    assertThat(onTimeAfter.indicatorIds()).isEqualTo("tasks_on_time");
    assertThat(onTimeAfter.numerator()).contains(BigDecimal.valueOf(6));
    // as of 10/01/2025 tasks 7 and 8 are overdue: they can never be on time, nothing can help
    assertThat(onTimeAfter.needed()).isEmpty();
    assertThat(MeasureEvaluator.evaluate(onTime, p, YEAR, DURING).needed()).hasValue(2L);
    // a quarter in which no task is due
    ReportingPeriod q1 = ReportingCalendar.calendar().parse("2024-Q1");
    assertThat(MeasureEvaluator.evaluate(TASKS, p, q1, AFTER).reason())
        .isEqualTo("no task of the plan due in 2024-Q1");
  }

  @Test
  void publishedProceduresAsAPercentageOrACount() {
    // "100%": 1 650 of 1 650 holds, 1 648 of 1 650 (99,8788%) does not — exactly
    assertThat(
            MeasureEvaluator.evaluate(
                    PUBLISHED,
                    measures(m("procedures_published", "2024", "1650", "1650")),
                    YEAR,
                    AFTER)
                .verdict())
        .isEqualTo(Verdict.MET);
    TargetResult short2 =
        MeasureEvaluator.evaluate(
            PUBLISHED, measures(m("procedures_published", "2024", "1648", "1650")), YEAR, AFTER);
    assertThat(short2.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(short2.rate()).contains(new BigDecimal("99.8788"));
    assertThat(short2.sources()).containsExactly("Bộ Nội vụ, procedures_published 2024");
    assertThat(
            MeasureEvaluator.evaluate(
                    PUBLISHED,
                    measures(m("procedures_published", "2024", "99.99", null)),
                    YEAR,
                    AFTER)
                .verdict())
        .isEqualTo(Verdict.NOT_MET);
    TargetResult missing =
        MeasureEvaluator.evaluate(
            PUBLISHED, measures(m("procedures_published", "2023", "100", null)), YEAR, AFTER);
    assertThat(missing.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(missing.reason()).isEqualTo("no published procedures_published for 2024");
  }

  @Test
  void improveIsMetOnlyWhenEveryIndexImproved() {
    PublishedMeasure par23 = m("par_index", "2023", "84.05", "100");
    PublishedMeasure par24 = m("par_index", "2024", "86.20", "100");
    PublishedMeasure sipas23 = m("sipas", "2023", "82.52", null);
    // both up: met
    TargetResult both =
        MeasureEvaluator.evaluate(
            IMPROVE,
            measures(par23, par24, sipas23, m("sipas", "2024", "83.10", null)),
            YEAR,
            AFTER);
    assertThat(both.verdict()).isEqualTo(Verdict.MET);
    assertThat(both.indicatorIds()).isEqualTo("par_index+sipas");
    assertThat(both.rate()).isEmpty();
    // SIPAS down: not met although the PAR INDEX rose
    TargetResult sipasDown =
        MeasureEvaluator.evaluate(
            IMPROVE,
            measures(par23, par24, sipas23, m("sipas", "2024", "81.90", null)),
            YEAR,
            AFTER);
    assertThat(sipasDown.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(sipasDown.describe()).contains("sipas 81,9 (2023: 82,52) not better");
    // SIPAS unchanged is not "cải thiện hơn"
    assertThat(
            MeasureEvaluator.evaluate(
                    IMPROVE,
                    measures(par23, par24, sipas23, m("sipas", "2024", "82.52", null)),
                    YEAR,
                    AFTER)
                .verdict())
        .isEqualTo(Verdict.NOT_MET);
    // SIPAS 2024 not published yet
    TargetResult notYet =
        MeasureEvaluator.evaluate(IMPROVE, measures(par23, par24, sipas23), YEAR, AFTER);
    assertThat(notYet.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(notYet.reason()).isEqualTo("no published sipas for 2024");
  }

  @Test
  void rankWithinThirty() {
    TargetResult in =
        MeasureEvaluator.evaluate(
            RANK, measures(m("par_index_rank", "2024", "27", "63")), YEAR, AFTER);
    assertThat(in.verdict()).isEqualTo(Verdict.MET);
    assertThat(in.numerator()).contains(new BigDecimal("27"));
    assertThat(in.denominator()).contains(new BigDecimal("63"));
    assertThat(in.gap()).contains(new BigDecimal("3.0000"));
    // exactly 30th is within "nhóm 30"; 31st is not
    assertThat(
            MeasureEvaluator.evaluate(
                    RANK, measures(m("par_index_rank", "2024", "30", "63")), YEAR, AFTER)
                .verdict())
        .isEqualTo(Verdict.MET);
    TargetResult out =
        MeasureEvaluator.evaluate(
            RANK, measures(m("par_index_rank", "2024", "31", "63")), YEAR, AFTER);
    assertThat(out.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(out.gap()).contains(new BigDecimal("-1.0000"));
  }
}
