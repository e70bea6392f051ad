package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --as-of D} in the middle of the period: the report counts only what had happened by D and
 * says where that pace leads by the end of the period, with figures computed here by hand.
 */
class ProjectionInReportTest {
  private static final String PLAN =
      "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSỞ NGOẠI VỤ\n\nSố: 24/KH-SNgV\n\n"
          + "Bình Phước, ngày 05 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
          + "Cải cách hành chính năm 2024\n\n"
          + "I. MỤC ĐÍCH, YÊU CẦU\n"
          + "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ"
          + " chức.\n";

  private static final String HEADER =
      "dossier_id,procedure_code,procedure_name,agency,channel,online_level,received_at,due_at,"
          + "finished_at,status,pauses,online_payment,input_digitised,result_digitised\n";

  /**
   * 50 dossiers received and finished on time in the first half of 2024; one received on 05/07/2024
   * (after the as-of day) and finished late, which must not count.
   */
  private static Path export(Path dir) throws IOException {
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 1; i <= 50; i++) {
      int month = 1 + (i - 1) % 6;
      String m = String.format("%02d", month);
      rows.append("H10.01-24")
          .append(m)
          .append("05-")
          .append(String.format("%04d", i))
          .append(",1.001234,Cấp giấy phép xây dựng,Sở Xây dựng,ONLINE,FULL,2024-")
          .append(m)
          .append("-05T08:30,2024-")
          .append(m)
          .append("-19T17:00,2024-")
          .append(m)
          .append("-18T10:00,FINISHED,,YES,YES,YES\n");
    }
    rows.append(
        "H10.01-240705-0051,1.001234,Cấp giấy phép xây dựng,Sở Xây dựng,DIRECT,NONE,"
            + "2024-07-05T08:30,2024-07-19T17:00,2024-07-25T10:00,FINISHED,,NO,NO,NO\n");
    Path file = dir.resolve("ho-so-2024.csv");
    Files.writeString(file, rows, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void midYearTheReportCountsUpToTheDayAndProjectsFromThatPace(@TempDir Path dir)
      throws IOException {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    ReportingPeriod year = ReportingCalendar.calendar().year(2024);
    ReportJob.Result r =
        ReportJob.of(plan, year)
            .withDossiers(export(dir))
            .withAsOf(LocalDate.of(2024, 6, 30))
            .run();

    TargetEvaluation e = r.evaluations().get(0);
    // by 30/06/2024: 50 finished, 50 on time; the July dossier is not counted
    assertThat(e.value().numerator()).isEqualTo(50);
    assertThat(e.value().denominator()).isEqualTo(50);
    assertThat(e.verdict()).isEqualTo(Verdict.NOT_YET);
    // By hand: 2024 has 366 days, 182 of them by 30/06. At that pace the year ends with
    // 50 × 366 / 182 = 100.5 -> 100 dossiers (100 on time), 50 more to come; "trên 98%" of 100
    // needs more than 98 on time, so at least 49 of the 50 to come (98,00%) must be on time.
    String expected =
        "chỉ tiêu 1: theo nhịp độ đến ngày 30/06/2024, dự báo hết kỳ 100/100 hồ sơ (100,00%), đạt;"
            + " trong 50 hồ sơ còn dự kiến, ít nhất 49 (98,00%) phải là hồ sơ giải quyết đúng"
            + " hạn.";
    Report report = r.report();
    assertThat(HtmlRenderer.fragment().render(report))
        .contains("dự báo đến hết năm 2024 nếu giữ nhịp độ từ đầu kỳ")
        .contains(expected);
    assertThat(new String(new JsonRenderer().toBytes(report), StandardCharsets.UTF_8))
        .contains(expected);
  }

  @Test
  void afterThePeriodThereIsNoProjection(@TempDir Path dir) throws IOException {
    Plan plan = PlanReader.readText("24-kh-sngv.txt", PLAN);
    ReportJob.Result r =
        ReportJob.of(plan, ReportingCalendar.calendar().year(2024))
            .withDossiers(export(dir))
            .withAsOf(LocalDate.of(2025, 1, 10))
            .run();
    assertThat(r.evaluations().get(0).value().denominator()).isEqualTo(51);
    assertThat(HtmlRenderer.fragment().render(r.report())).doesNotContain("dự báo");
  }
}
