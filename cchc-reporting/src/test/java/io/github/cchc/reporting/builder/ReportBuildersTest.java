package io.github.cchc.reporting.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.reporting.SampleReports;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Table;
import java.math.BigDecimal;
import java.util.List;
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
    assertThat(onTime.cells().get(7)).isEqualTo(Cell.text("thiếu 0,21 điểm phần trăm"));
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

  private static TargetLine gap(
      String gap, io.github.cchc.model.plan.Comparison comparison, Verdict verdict) {
    return TargetLine.builder()
        .target("t")
        .indicator("i")
        .numerator(1)
        .denominator(2)
        .threshold(new BigDecimal("2"))
        .comparison(comparison)
        .verdict(verdict)
        .gap(new BigDecimal(gap))
        .build();
  }

  @Test
  void theGapIsSaidInWordsForAtLeastAndAtMostTargets() {
    var ge = io.github.cchc.model.plan.Comparison.GE;
    var le = io.github.cchc.model.plan.Comparison.LE;
    // "Trên 98% hồ sơ ... đúng hạn": 97,6622% is short of the floor.
    assertThat(gap("-0.3377558367", ge, Verdict.NOT_MET).gapText())
        .contains("thiếu 0,34 điểm phần trăm");
    assertThat(gap("4.0021080253", ge, Verdict.MET).gapText()).contains("vượt 4,00 điểm phần trăm");
    // "quá hạn không quá 2%": 2,3378% is over the ceiling, 1,5% under it.
    assertThat(gap("0.3377558367", le, Verdict.NOT_MET).gapText())
        .contains("vượt mức tối đa 0,34 điểm phần trăm");
    assertThat(gap("-0.5", le, Verdict.MET).gapText())
        .contains("thấp hơn mức tối đa 0,50 điểm phần trăm");
    // Half up at the second decimal, one rule for every reader.
    assertThat(gap("-0.005", ge, Verdict.NOT_MET).gapText()).contains("thiếu 0,01 điểm phần trăm");
    // A gap that rounds to zero is never shown as zero.
    assertThat(gap("-0.0004", ge, Verdict.NOT_MET).gapText())
        .contains("thiếu dưới 0,01 điểm phần trăm");
    assertThat(gap("0", ge, Verdict.MET).gapText()).contains("bằng ngưỡng");
    assertThat(gap("-3", io.github.cchc.model.plan.Comparison.RANK_WITHIN, Verdict.MET).gapText())
        .isEmpty();
  }

  @Test
  void thePeriodicReportHasTablesByUnitAndByProcedureWithTotals() {
    Report report = SampleReports.periodic();
    assertThat(report.title())
        .isEqualTo("Kết quả thực hiện công tác cải cách hành chính quý III năm 2024");
    assertThat(report.sections().get(0).blocks()).hasSize(3);
    Table byProcedure = (Table) report.appendices().get(1).blocks().get(0);
    assertThat(byProcedure.caption()).endsWith("theo thủ tục hành chính");
    assertThat(byProcedure.totals().get(0).cells())
        .containsExactly(
            Cell.empty(), Cell.text("Toàn tỉnh"), Cell.decimal(new BigDecimal("98.5"), 2));
    Table byUnit = (Table) report.appendices().get(0).blocks().get(0);
    assertThat(byUnit.totals().get(0).cells().subList(2, 4))
        .containsExactly(Cell.count(22990), Cell.count(23510));
    assertThat(report.sections().get(1).blocks()).last().isInstanceOf(Chart.class);
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

  /** The text a person reads in each format, the XLSX as its cells' shown values. */
  private static String readable(io.github.cchc.reporting.render.ReportRenderer r, Report report)
      throws java.io.IOException {
    byte[] bytes = r.toBytes(report);
    switch (r.extension()) {
      case "pdf":
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
          return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
      case "docx":
        try (var doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(
                    new java.io.ByteArrayInputStream(bytes));
            var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
          return x.getText();
        }
      case "xlsx":
        try (var book =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes))) {
          StringBuilder text = new StringBuilder();
          var f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
          book.forEach(
              sheet ->
                  sheet.forEach(
                      row -> row.forEach(c -> text.append(f.formatCellValue(c)).append('|'))));
          return text.toString();
        }
      default:
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aMeasuredRankIsARankAndAPercentageAPercentageInEveryFormat() throws Exception {
    TargetLine rank =
        TargetLine.builder()
            .target("Chỉ số CCHC của tỉnh nằm trong nhóm 30 tỉnh, thành phố.")
            .indicator("Xếp hạng Chỉ số CCHC (PAR INDEX)")
            .numerator(0)
            .denominator(0)
            .measurable(false)
            .threshold(new BigDecimal("30"))
            .thresholdText("trong nhóm 30")
            .valueText("hạng 27/63")
            .comparison(io.github.cchc.model.plan.Comparison.RANK_WITHIN)
            .unit(io.github.cchc.model.plan.TargetUnit.RANK)
            .verdict(Verdict.MET)
            .gap(new BigDecimal("3"))
            .build();
    TargetLine late =
        TargetLine.builder()
            .target("Tỷ lệ hồ sơ TTHC giải quyết quá hạn không quá 2%.")
            .indicator("Tỷ lệ hồ sơ giải quyết quá hạn")
            .numerator(22730)
            .denominator(972300)
            .threshold(new BigDecimal("2"))
            .comparison(io.github.cchc.model.plan.Comparison.LE)
            .unit(io.github.cchc.model.plan.TargetUnit.PERCENT)
            .verdict(Verdict.NOT_MET)
            .gap(new BigDecimal("0.3377558367"))
            .build();
    Report report =
        TargetAchievementReport.builder()
            .header(SampleReports.targetAchievement().header())
            .plan("Kế hoạch số 15/KH-UBND")
            .periodLabel("năm 2024")
            .addLines(rank, late)
            .build()
            .toReport();
    Table table = (Table) report.sections().get(0).blocks().get(1);
    for (Cell c : table.rows().get(0).cells()) {
      assertThat(c.kind()).isNotEqualTo(io.github.cchc.reporting.model.CellKind.PERCENT);
    }
    for (io.github.cchc.reporting.ReportFormat format :
        io.github.cchc.reporting.ReportFormat.values()) {
      String text = readable(format.renderer(), report).replaceAll("\\s+", " ");
      if (format == io.github.cchc.reporting.ReportFormat.CSV
          || format == io.github.cchc.reporting.ReportFormat.JSON) {
        assertThat(text).as(format.name()).contains("hạng 27/63").contains("trong nhóm 30");
        continue;
      }
      assertThat(text)
          .as(format.name())
          .contains("hạng 27/63")
          .contains("trong nhóm 30")
          .doesNotContain("30,00%")
          .doesNotContain("30.00%");
      if (format != io.github.cchc.reporting.ReportFormat.XLSX) {
        assertThat(text)
            .as(format.name())
            .contains("2,34%")
            .contains("vượt mức tối đa 0,34 điểm phần trăm");
      }
    }
  }

  @Test
  void theBodySummarisesByAgencyAndTheAppendixHoldsProceduresByNameWithoutRowsOfZeros() {
    IndicatorBreakdown onTime =
        IndicatorBreakdown.builder()
            .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
            .addByUnit(
                UnitFigures.of("Sở Tư pháp", 990, 1000), UnitFigures.of("Sở Y tế", 900, 1000))
            .addByProcedure(
                UnitFigures.of("Cấp Phiếu lý lịch tư pháp (2.000488)", 990, 1000),
                UnitFigures.of("Cấp giấy phép hành nghề khám bệnh (1.004503)", 0, 0))
            .build();
    IndicatorBreakdown late =
        IndicatorBreakdown.builder()
            .indicator("Tỷ lệ hồ sơ giải quyết quá hạn")
            .lowerIsBetter(true)
            .addByUnit(UnitFigures.of("Sở Tư pháp", 10, 1000), UnitFigures.of("Sở Y tế", 100, 1000))
            .addByProcedure(
                UnitFigures.of("Cấp Phiếu lý lịch tư pháp (2.000488)", 10, 1000),
                UnitFigures.of("Cấp giấy phép hành nghề khám bệnh (1.004503)", 0, 0))
            .build();
    Report report =
        TargetAchievementReport.builder()
            .header(SampleReports.header())
            .plan("Kế hoạch số 15/KH-UBND")
            .periodLabel("năm 2024")
            .addBreakdowns(onTime, late)
            .build()
            .toReport();
    Section body = report.sections().get(report.sections().size() - 1);
    assertThat(body.heading()).endsWith("KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ");
    String text =
        body.blocks().stream()
            .filter(b -> b instanceof io.github.cchc.reporting.model.Paragraph)
            .map(b -> ((io.github.cchc.reporting.model.Paragraph) b).text())
            .reduce("", String::concat);
    // the late share: lower is better, so Sở Tư pháp (1,00%) is the best
    assertThat(text)
        .contains(
            "Tỷ lệ hồ sơ giải quyết đúng hạn: tốt nhất là Sở Tư pháp (99,00%), kém nhất là Sở"
                + " Y tế (90,00%)")
        .contains(
            "Tỷ lệ hồ sơ giải quyết quá hạn: tốt nhất là Sở Tư pháp (1,00%), kém nhất là Sở Y"
                + " tế (10,00%)");
    assertThat(report.appendices())
        .extracting(Section::heading)
        .containsExactly(
            "PHỤ LỤC I. SỐ LIỆU CHI TIẾT THEO CƠ QUAN, ĐƠN VỊ",
            "PHỤ LỤC II. KẾT QUẢ THEO THỦ TỤC HÀNH CHÍNH");
    Section procedures = report.appendices().get(1);
    Table byProcedure =
        (Table)
            procedures.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    assertThat(byProcedure.rows()).hasSize(1);
    assertThat(byProcedure.rows().get(0).cells().get(1))
        .isEqualTo(Cell.text("Cấp Phiếu lý lịch tư pháp (2.000488)"));
    assertThat(procedures.blocks().get(0))
        .isEqualTo(
            io.github.cchc.reporting.model.Paragraph.of(
                "Không liệt kê 1 thủ tục hành chính không có hồ sơ thuộc mẫu số của chỉ số nào"
                    + " trong kỳ."));
  }

  @Test
  void theProcessingTableHasTheColumnsOfBieuII06a() {
    io.github.cchc.indicators.period.ReportingPeriod q2 =
        io.github.cchc.indicators.period.ReportingCalendar.calendar().quarter(2024, 2);
    var statistics =
        io.github.cchc.indicators.statistics.ProcessingStatistics.of(
            q2, java.time.LocalDate.of(2024, 7, 10), io.github.cchc.model.dossier.Dossier::agency);
    statistics.add(
        io.github.cchc.model.dossier.Dossier.builder()
            .id("H2")
            .procedureCode("2.000488")
            .agency("Sở Tư pháp")
            .channel(io.github.cchc.model.dossier.Channel.DIRECT)
            .received(java.time.LocalDateTime.parse("2024-03-25T08:00"))
            .due(java.time.LocalDateTime.parse("2024-04-10T17:00"))
            .finished(java.time.LocalDateTime.parse("2024-04-02T10:00"))
            .build());
    Table t =
        ProcessingTable.of("Bảng 3. Tình hình, kết quả giải quyết TTHC", statistics.byGroup());
    assertThat(t.columns()).hasSize(13);
    assertThat(t.groups())
        .extracting(io.github.cchc.reporting.model.HeaderGroup::label)
        .containsExactly(
            "", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết");
    // carried over (column 6), finished early (column 8)
    assertThat(t.rows().get(0).cells())
        .containsExactly(
            Cell.count(1),
            Cell.text("Sở Tư pháp"),
            Cell.count(1),
            Cell.count(0),
            Cell.count(0),
            Cell.count(1),
            Cell.count(1),
            Cell.count(1),
            Cell.count(0),
            Cell.count(0),
            Cell.count(0),
            Cell.count(0),
            Cell.count(0));
    assertThat(t.totals().get(0).cells().get(1)).isEqualTo(Cell.text("Tổng cộng"));
  }

  @Test
  void thePeriodicReportSaysWhatWasMissedAndWhatComesNext() {
    TargetLine missed =
        TargetLine.builder()
            .target("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn.")
            .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
            .numerator(949570)
            .denominator(972300)
            .threshold(new BigDecimal("98"))
            .comparison(io.github.cchc.model.plan.Comparison.GT)
            .verdict(Verdict.NOT_MET)
            .gap(new BigDecimal("-0.3377558367"))
            .build();
    Report report =
        PeriodicReport.builder()
            .header(SampleReports.header())
            .periodLabel("năm 2024")
            .plan("Kế hoạch số 15/KH-UBND")
            .addTargets(missed)
            .addShortcomings("- Một số đơn vị chưa cập nhật trạng thái hồ sơ kịp thời.")
            .addDirections("- Đẩy mạnh dịch vụ công trực tuyến toàn trình.")
            .build()
            .toReport();
    List<String> headings = report.sections().stream().map(Section::heading).toList();
    assertThat(headings).contains("III. TỒN TẠI, HẠN CHẾ", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI");
    String text =
        report.sections().stream()
            .flatMap(x -> x.blocks().stream())
            .filter(b -> b instanceof io.github.cchc.reporting.model.Paragraph)
            .map(b -> ((io.github.cchc.reporting.model.Paragraph) b).text())
            .reduce("", (a, b) -> a + "\n" + b);
    assertThat(text)
        .contains("đạt 0/1 chỉ tiêu, chưa đạt 1 chỉ tiêu.")
        .contains(
            "- Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn: chưa đạt"
                + " (97,66%; thiếu 0,34 điểm phần trăm).")
        .contains("- Một số đơn vị chưa cập nhật trạng thái hồ sơ kịp thời.")
        .contains(
            "- Tập trung các giải pháp để đạt chỉ tiêu: Trên 98% hồ sơ TTHC tiếp nhận trong năm"
                + " được giải quyết đúng hạn.")
        .contains("- Đẩy mạnh dịch vụ công trực tuyến toàn trình.");
  }
}
