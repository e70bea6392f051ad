package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.TargetEvaluator;
import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.plan.Target;
import io.github.cchc.reporting.builder.IndicatorBreakdown;
import io.github.cchc.reporting.builder.IndicatorBreakdownBuilder;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetAchievementReportBuilder;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportJob} gives the report that the glue of {@code cchc report} builds by hand. */
class ReportJobTest {
  private static final String PLAN =
      "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSỞ NGOẠI VỤ\n\nSố: 24/KH-SNgV\n\n"
          + "Bình Phước, ngày 05 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
          + "Cải cách hành chính năm 2024\n\n"
          + "I. MỤC ĐÍCH, YÊU CẦU\n"
          + "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ"
          + " chức.\n"
          + "Tổ chức 01 lớp tập huấn nghiệp vụ cải cách hành chính cho công chức.\n";

  private static final String HEADER =
      "dossier_id,procedure_code,procedure_name,agency,channel,online_level,received_at,due_at,"
          + "finished_at,status,pauses,online_payment,input_digitised,result_digitised\n";

  private static Path export(Path dir) throws IOException {
    String rows =
        HEADER
            + "H10.01-240105-0001,1.001234,Cấp giấy phép xây dựng,Sở Xây dựng,ONLINE,FULL,"
            + "2024-01-05T08:30,2024-01-19T17:00,2024-01-18T10:00,FINISHED,,YES,YES,YES\n"
            + "H10.01-240106-0002,1.001234,Cấp giấy phép xây dựng,Sở Xây dựng,DIRECT,NONE,"
            + "2024-01-06T09:00,2024-01-20T17:00,2024-01-22T16:00,FINISHED,,NO,NO,NO\n"
            + "H10.02-240210-0003,2.000123,Cấp phiếu lý lịch tư pháp,Sở Tư pháp,ONLINE,PARTIAL,"
            + "2024-02-10T08:00,2024-02-20T17:00,2024-02-19T09:00,FINISHED,,YES,YES,NO\n"
            + "H10.02-241220-0004,2.000123,Cấp phiếu lý lịch tư pháp,Sở Tư pháp,DIRECT,NONE,"
            + "2024-12-20T08:00,2025-01-06T17:00,2025-01-03T09:00,FINISHED,,NO,NO,NO\n"
            + "H10.02-250105-0005,2.000123,Cấp phiếu lý lịch tư pháp,Sở Tư pháp,DIRECT,NONE,"
            + "2025-01-05T08:00,2025-01-15T17:00,,IN_PROGRESS,,NO,NO,NO\n";
    Path file = dir.resolve("ho-so-2024.csv");
    Files.writeString(file, rows, StandardCharsets.UTF_8);
    return file;
  }

  /** The glue of {@code cchc report} and the examples, written out by hand. */
  private static Report byHand(Plan plan, Path csv, ReportingPeriod p, LocalDate day) {
    LocalDate judged = p.endInclusive().isBefore(day) ? p.endInclusive() : day;
    TallyScope scope = TallyScope.of(p, judged);
    TallyAccumulator all = new TallyAccumulator(Grouping.all(), scope);
    TallyAccumulator agencies = new TallyAccumulator(Grouping.agency(), scope);
    TallyAccumulator procedures = new TallyAccumulator(Grouping.procedure(), scope);
    java.util.Map<String, String> names = new java.util.HashMap<>();
    DossierReader.defaults()
        .read(
            csv,
            d ->
                d.asOf(day)
                    .ifPresent(
                        x -> {
                          names.putIfAbsent(x.procedureCode(), x.procedureName());
                          all.add(x);
                          agencies.add(x);
                          procedures.add(x);
                        }));
    Tally tally = all.toTally();
    TargetAchievementReportBuilder b =
        TargetAchievementReport.builder()
            .header(
                OfficialHeader.builder()
                    .issuingBody("SỞ NỘI VỤ")
                    .place("Bình Phước")
                    .date(day)
                    .build())
            .plan("Kế hoạch số 24/KH-SNgV (" + plan.title().orElseThrow() + ")")
            .periodLabel(p.vietnamese());
    Set<Indicator> measured = new LinkedHashSet<>();
    for (Target t : plan.targets()) {
      if (TargetEvaluator.whyNotMeasurable(t).isPresent()) {
        b.addLines(TargetLine.notMeasured(t, "Không đo từ dữ liệu hồ sơ"));
      } else {
        TargetEvaluation e =
            TargetEvaluator.evaluate(
                t, tally.group(Grouping.ALL), Definition.PROVINCIAL, p, judged);
        measured.add(e.value().indicator());
        b.addLines(TargetLine.of(e));
      }
    }
    for (Indicator i : measured) {
      IndicatorBreakdownBuilder ib =
          IndicatorBreakdown.builder().indicator(i.vietnamese()).lowerIsBetter(i == Indicator.LATE);
      ib.byUnit(figures(agencies.toTally(), i, java.util.Map.of()));
      ib.byProcedure(figures(procedures.toTally(), i, names));
      b.addBreakdowns(ib.build());
    }
    return b.addRecipients("Lưu: VT").build().toReport();
  }

  private static List<UnitFigures> figures(
      Tally tally, Indicator i, java.util.Map<String, String> names) {
    List<UnitFigures> out = new ArrayList<>();
    for (IndicatorValue v : Indicators.compute(tally, List.of(i), Definition.PROVINCIAL)) {
      String name = names.get(v.group());
      String label = name == null ? v.group() : name + " (" + v.group() + ")";
      out.add(UnitFigures.of(label, v.numerator(), v.denominator()));
    }
    return out;
  }

  private static String json(Report r) {
    return new String(new JsonRenderer().toBytes(r), StandardCharsets.UTF_8);
  }

  @Test
  void givesTheSameReportAsTheGlue(@TempDir Path dir) throws IOException {
    Path planFile = dir.resolve("24-kh-sngv.txt");
    Files.writeString(planFile, PLAN, StandardCharsets.UTF_8);
    Path csv = export(dir);
    ReportingPeriod year = ReportingCalendar.calendar().year(2024);
    LocalDate day = LocalDate.of(2025, 1, 10);

    ReportJob.Result r =
        ReportJob.of(planFile, year)
            .withDossiers(csv)
            .withAsOf(day)
            .withIssuer("SỞ NỘI VỤ", "Bình Phước")
            .run();

    Plan plan = PlanReader.read(planFile);
    assertThat(r.report()).isEqualTo(byHand(plan, csv, year, day));
    assertThat(json(r.report())).isEqualTo(json(byHand(plan, csv, year, day)));
    // the on-time target is measured on dossiers: 3 of the 4 finished in 2024 were on time
    assertThat(r.evaluations()).hasSize(1);
    TargetEvaluation e = r.evaluations().get(0);
    assertThat(e.value().indicator()).isEqualTo(Indicator.ON_TIME);
    assertThat(e.value().numerator()).isEqualTo(3);
    assertThat(e.value().denominator()).isEqualTo(4);
    assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.evaluation(e.target())).contains(e);
    assertThat(r.achievement().lines()).hasSize(plan.targets().size());
    assertThat(r.dossiers().rejected()).isEmpty();
  }

  @Test
  void theAsOfDateCutsWhatHappenedLater(@TempDir Path dir) throws IOException {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    Path csv = export(dir);
    ReportingPeriod year = ReportingCalendar.calendar().year(2024);
    // on 19/01/2024 only the first dossier had finished (on time); the second was still open
    ReportJob.Result early =
        ReportJob.of(plan, year).withDossiers(csv).withAsOf(LocalDate.of(2024, 1, 19)).run();
    TargetEvaluation e = early.evaluations().get(0);
    assertThat(e.value().numerator()).isEqualTo(1);
    assertThat(e.value().denominator()).isEqualTo(1);
    assertThat(early.report().header().date()).isEqualTo(LocalDate.of(2024, 1, 19));
  }

  @Test
  void withoutDossiersItSaysWhatIsMissing() {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    ReportJob job = ReportJob.of(plan, ReportingCalendar.calendar().year(2024));
    assertThatThrownBy(job::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no dossiers");
  }
}
