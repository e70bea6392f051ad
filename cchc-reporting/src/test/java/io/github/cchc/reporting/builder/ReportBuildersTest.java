package io.github.cchc.reporting.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.SampleReports;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportBuildersTest {
  @Test
  void theTargetReportCarriesNumeratorDenominatorVerdictGapAndBudget() {
    Report report = SampleReports.targetAchievement();
    Table table = (Table) report.sections().get(0).blocks().get(1);
    Row onTime = table.rows().get(0);
    assertThat(onTime.cells().get(2)).isEqualTo(Cell.count(22990));
    assertThat(onTime.cells().get(3)).isEqualTo(Cell.count(23510));
    assertThat(onTime.cells().get(6)).isEqualTo(Cell.text("Không đạt"));
    assertThat(onTime.cells().get(7).value()).contains(new BigDecimal("-0.2118247554"));
    assertThat(table.rows().get(1).cells().get(8)).isEqualTo(Cell.count(1067));
    // Not measurable: no rate, no chart bar.
    assertThat(table.rows().get(2).cells().get(4)).isEqualTo(Cell.empty());
    Chart chart = (Chart) report.sections().get(0).blocks().get(2);
    assertThat(chart.categories()).containsExactly("Chỉ tiêu 1", "Chỉ tiêu 2");
    Table summary = (Table) report.sections().get(1).blocks().get(0);
    assertThat(summary.rows())
        .extracting(r -> r.cells().get(1))
        .containsExactly(Cell.count(1), Cell.count(1), Cell.count(1));
  }

  @Test
  void thePeriodicReportHasTablesByUnitAndByProcedureWithTotals() {
    Report report = SampleReports.periodic();
    assertThat(report.title())
        .isEqualTo("Kết quả thực hiện công tác cải cách hành chính quý III năm 2024");
    assertThat(report.sections().get(0).blocks()).hasSize(3);
    Table byProcedure = (Table) report.sections().get(1).blocks().get(1);
    assertThat(byProcedure.caption()).endsWith("theo thủ tục hành chính");
    assertThat(byProcedure.totals().get(0).cells())
        .containsExactly(
            Cell.empty(),
            Cell.text("Tổng cộng"),
            Cell.count(985),
            Cell.count(1000),
            Cell.percent(new BigDecimal("98.5"), 2));
    assertThat(report.sections().get(1).blocks().get(2)).isInstanceOf(Chart.class);
  }

  @Test
  void aRankTargetShowsItsThresholdAsARankInEveryFormat() throws Exception {
    io.github.cchc.model.plan.Target rank =
        io.github.cchc.model.plan.TargetExtractor.extract(
                "Chỉ số CCHC của tỉnh nằm trong nhóm 30 tỉnh, thành phố.")
            .get(0);
    Report report =
        io.github.cchc.reporting.builder.TargetAchievementReport.builder()
            .header(io.github.cchc.reporting.SampleReports.targetAchievement().header())
            .plan("Kế hoạch số 15/KH-UBND")
            .periodLabel("năm 2024")
            .addLines(TargetLine.notMeasured(rank, "Xếp hạng Chỉ số CCHC"))
            .build()
            .toReport();
    Table table = (Table) report.sections().get(0).blocks().get(1);
    assertThat(table.rows().get(0).cells().get(5)).isEqualTo(Cell.text("trong nhóm 30"));
    for (io.github.cchc.reporting.render.ReportRenderer r :
        new io.github.cchc.reporting.render.ReportRenderer[] {
          new io.github.cchc.reporting.csv.CsvRenderer(),
          io.github.cchc.reporting.html.HtmlRenderer.fragment(),
          new io.github.cchc.reporting.json.JsonRenderer()
        }) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      r.render(report, bytes);
      String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).as(r.getClass().getSimpleName()).contains("trong nhóm 30");
      assertThat(text)
          .as(r.getClass().getSimpleName())
          .doesNotContain("30,00%")
          .doesNotContain("\"PERCENT\",\"value\":30");
    }
  }
}
