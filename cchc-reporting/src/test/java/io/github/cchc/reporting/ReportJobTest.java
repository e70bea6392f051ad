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
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.statistics.ProcessingCounts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
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
import io.github.cchc.reporting.model.DocumentProfile;
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
            .withIssuer("SỞ NỘI VỤ")
            .withPlace("Bình Phước")
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

  @Test
  void aProfileGivesTheHeadSignatureAndRecipients(@TempDir Path dir) throws IOException {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    DocumentProfile profile =
        DocumentProfile.readText(
            "profile.json",
            "{\"governingBody\": \"UBND TỈNH BÌNH PHƯỚC\", \"issuingBody\": \"SỞ NỘI VỤ\","
                + " \"symbol\": \"BC-SNV\", \"place\": \"Bình Phước\","
                + " \"addressees\": [\"Ủy ban nhân dân tỉnh Bình Phước\"],"
                + " \"signature\": {\"authority\": \"KT. GIÁM ĐỐC\", \"title\": \"PHÓ GIÁM"
                + " ĐỐC\", \"name\": \"Nguyễn Văn A\"}, \"recipients\": [\"Như trên\"],"
                + " \"archive\": \"VT, CCHC\"}");
    ReportJob job =
        ReportJob.of(plan, ReportingCalendar.calendar().year(2024))
            .withDossiers(export(dir))
            .withAsOf(LocalDate.of(2025, 1, 10))
            .withProfile(profile);

    TargetAchievementReport a = job.run().achievement();
    assertThat(a.header().governingBody()).contains("UBND TỈNH BÌNH PHƯỚC");
    assertThat(a.header().issuingBody()).isEqualTo("SỞ NỘI VỤ");
    assertThat(a.signature()).isPresent();
    assertThat(a.signature().orElseThrow().name()).contains("Nguyễn Văn A");
    assertThat(a.addressees()).containsExactly("Ủy ban nhân dân tỉnh Bình Phước");
    assertThat(a.recipients()).isEqualTo(profile.recipientLines());
    // an issuer and a place given override the profile's, the rest stays
    TargetAchievementReport over =
        job.withIssuer("VĂN PHÒNG UBND TỈNH").withPlace("Đồng Xoài").run().achievement();
    assertThat(over.header().issuingBody()).isEqualTo("VĂN PHÒNG UBND TỈNH");
    assertThat(over.header().place()).isEqualTo("Đồng Xoài");
    assertThat(over.header().governingBody()).contains("UBND TỈNH BÌNH PHƯỚC");
  }

  @Test
  void theProcessingStatisticsCountThePeriodAsItStoodOnTheDay(@TempDir Path dir)
      throws IOException {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    ReportingPeriod year = ReportingCalendar.calendar().year(2024);
    List<Dossier> counted = java.util.Collections.synchronizedList(new ArrayList<>());
    ReportJob.Result r =
        ReportJob.of(plan, year)
            .withDossiers(export(dir))
            .withAsOf(LocalDate.of(2025, 1, 10))
            .withDossierListener(counted::add)
            .run();
    // the dossier received on 05/01/2025 is not in 2024; the one of 20/12/2024 finished in 2025
    ProcessingCounts total = r.processing().orElseThrow().total();
    assertThat(total.received()).isEqualTo(4);
    assertThat(total.finished()).isEqualTo(3);
    assertThat(total.inProgress()).isEqualTo(1);
    // the listener saw every dossier the job counted, as it stood on the day
    assertThat(counted).hasSize(5);
    // before the period there is nothing to count
    assertThat(
            ReportJob.of(plan, year)
                .withDossiers(export(dir))
                .withAsOf(LocalDate.of(2023, 12, 31))
                .run()
                .processing())
        .isEmpty();
  }

  @Test
  void aStrictJobStopsAtTheFirstRejectedRow(@TempDir Path dir) throws IOException {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    Path csv = export(dir);
    Files.writeString(
        csv,
        "H10.09-240301-0009,1.001234,Cấp giấy phép xây dựng,Sở Xây dựng,FAX,NONE,"
            + "2024-03-01T08:00,2024-03-10T17:00,,IN_PROGRESS,,NO,NO,NO\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    ReportJob job = ReportJob.of(plan, ReportingCalendar.calendar().year(2024)).withDossiers(csv);
    assertThat(job.run().dossiers().rejectedCount()).isEqualTo(1);
    assertThatThrownBy(() -> job.strict().run())
        .isInstanceOf(DossierReadException.class)
        .hasMessageContaining("ho-so-2024.csv:7: channel: unknown channel");
  }

  @Test
  void aLargeExportReadOnTwoThreadsGivesTheReportOfOneThread(@TempDir Path dir) throws IOException {
    // 60,000 rows, about 12 MB: above the size at which a CSV export is read in two halves. A
    // strict job reads on one thread, so the two reports compare the two reads.
    StringBuilder csv = new StringBuilder(HEADER);
    String[] agencies = {"Sở Xây dựng", "Sở Tư pháp", "Sở Nội vụ", "UBND huyện Lộc Ninh"};
    for (int i = 0; i < 60_000; i++) {
      int day = 1 + i % 28;
      int month = 1 + (i / 28) % 12;
      String received = String.format("2024-%02d-%02dT08:%02d", month, day, i % 60);
      String due = String.format("2024-%02d-%02dT17:00", month, Math.min(28, day + 5));
      String finished = String.format("2024-%02d-%02dT10:00", month, Math.min(28, day + 1 + i % 9));
      csv.append(
          String.format(
              "H10.%02d-%06d,1.%06d,Thủ tục số %d,%s,%s,%s,%s,%s,%s,%s,,%s,%s,%s%n",
              i % 13,
              i,
              i % 300,
              i % 300,
              agencies[i % 4],
              i % 3 == 0 ? "ONLINE" : "DIRECT",
              i % 3 == 0 ? "FULL" : "NONE",
              received,
              due,
              i % 17 == 0 ? "" : finished,
              i % 17 == 0 ? "IN_PROGRESS" : "FINISHED",
              i % 2 == 0 ? "YES" : "NO",
              i % 5 == 0 ? "YES" : "NO",
              i % 7 == 0 ? "YES" : "NO"));
    }
    Path file = dir.resolve("lon.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThan(8L << 20);
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    ReportJob job =
        ReportJob.of(plan, ReportingCalendar.calendar().year(2024))
            .withDossiers(file)
            .withAsOf(LocalDate.of(2025, 1, 10));
    ReportJob.Result two = job.run();
    ReportJob.Result one = job.strict().run();
    assertThat(two.dossiers().accepted()).isEqualTo(60_000);
    assertThat(json(two.report())).isEqualTo(json(one.report()));
    assertThat(two.processing().orElseThrow().byGroup())
        .isEqualTo(one.processing().orElseThrow().byGroup());
  }
}
