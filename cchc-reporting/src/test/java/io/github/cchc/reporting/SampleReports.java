package io.github.cchc.reporting;

import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.reporting.builder.IndicatorBreakdown;
import io.github.cchc.reporting.builder.PeriodicReport;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.builder.UnitRanking;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.ChartKind;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Series;
import io.github.cchc.reporting.model.SignatureBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reports for the tests, with names and figures as they appear in the seed plans. */
public final class SampleReports {
  private SampleReports() {}

  public static OfficialHeader header() {
    return OfficialHeader.builder()
        .governingBody("UBND TỈNH BÌNH PHƯỚC")
        .issuingBody("SỞ NỘI VỤ")
        .documentNumber("15/BC-SNV")
        .place("Bình Phước")
        .date(LocalDate.of(2024, 10, 5))
        .build();
  }

  public static SignatureBlock signature() {
    return SignatureBlock.builder()
        .authority("KT. GIÁM ĐỐC")
        .title("PHÓ GIÁM ĐỐC")
        .name("Nguyễn Thị Hồng Hạnh")
        .build();
  }

  public static List<UnitFigures> units() {
    return List.of(
        UnitFigures.of("Sở Tư pháp", 985, 1000),
        UnitFigures.of("Sở Y tế", 1204, 1250),
        UnitFigures.of("Sở Giáo dục và Đào tạo", 612, 612),
        UnitFigures.of("Sở Ngoại vụ", 48, 49),
        UnitFigures.of("Sở Nông nghiệp và Phát triển nông thôn", 2, 3),
        UnitFigures.of("Sở Kế hoạch và Đầu tư", 4, 6),
        UnitFigures.of("UBND thành phố Đồng Xoài", 12345, 12600),
        UnitFigures.of("UBND huyện Bù Đăng", 7790, 7990),
        UnitFigures.of("Ban Quản lý Khu kinh tế", 0, 0));
  }

  /** The ranking of nine units on the on-time rate, with a month trend section. */
  public static Report ranking() {
    Report ranking =
        UnitRanking.builder()
            .header(header())
            .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
            .periodLabel("quý III năm 2024")
            .numeratorLabel("Đúng hạn")
            .denominatorLabel("Đã giải quyết")
            .target(new BigDecimal("98"))
            .units(units())
            .signature(signature())
            .addRecipients("UBND tỉnh (b/c)", "Các sở, ban, ngành", "Lưu: VT, CCHC")
            .build()
            .toReport();
    Section trend =
        Section.builder()
            .heading("II. DIỄN BIẾN THEO THÁNG")
            .addBlocks(
                Paragraph.of(
                    "Tỷ lệ hồ sơ giải quyết đúng hạn của toàn tỉnh tăng dần qua các tháng,"
                        + " đạt chỉ tiêu “trên 98%” từ tháng 8."),
                Chart.builder()
                    .kind(ChartKind.LINE)
                    .title("Biểu đồ 2. Tỷ lệ hồ sơ đúng hạn theo tháng")
                    .valueUnit("%")
                    .axisMaximum(new BigDecimal("100"))
                    .axisMinimum(new BigDecimal("95"))
                    .addCategories("Tháng 7", "Tháng 8", "Tháng 9")
                    .addSeries(
                        Series.of(
                            "Toàn tỉnh",
                            List.of(
                                new BigDecimal("97.1"),
                                new BigDecimal("98.2"),
                                new BigDecimal("98.73"))))
                    .addSeries(
                        Series.of(
                            "Chỉ tiêu",
                            List.of(
                                new BigDecimal("98"), new BigDecimal("98"), new BigDecimal("98"))))
                    .build())
            .build();
    return Report.builder().from(ranking).addSections(trend).build();
  }

  /** The target-achievement report of the Sở Ngoại vụ plan 24/KH-SNgV (seed 000), year 2024. */
  public static Report targetAchievement() {
    return TargetAchievementReport.builder()
        .header(header())
        .plan("Kế hoạch số 24/KH-SNgV ngày 22/02/2024 của Sở Ngoại vụ")
        .periodLabel("năm 2024")
        .addLines(
            TargetLine.builder()
                .target("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn")
                .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
                .numerator(22990)
                .denominator(23510)
                .threshold(new BigDecimal("98"))
                .verdict(Verdict.NOT_MET)
                .gap(new BigDecimal("-0.2118247554"))
                .build(),
            TargetLine.builder()
                .target(
                    "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu"
                        + " 30%")
                .indicator("Tỷ lệ hồ sơ trực tuyến toàn trình")
                .numerator(8120)
                .denominator(23510)
                .threshold(new BigDecimal("30"))
                .verdict(Verdict.MET)
                .gap(new BigDecimal("4.5385"))
                .remainingBudget(1067L)
                .build(),
            TargetLine.builder()
                .target("100% hồ sơ TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến")
                .indicator("Tỷ lệ thanh toán trực tuyến")
                .numerator(0)
                .denominator(0)
                .threshold(new BigDecimal("100"))
                .verdict(Verdict.NOT_YET)
                .build())
        .signature(signature())
        .addRecipients("UBND tỉnh (b/c)", "Sở Nội vụ", "Lưu: VT, CCHC")
        .build()
        .toReport();
  }

  /** The periodic report of quý III năm 2024. */
  public static Report periodic() {
    return PeriodicReport.builder()
        .header(header())
        .periodLabel("quý III năm 2024")
        .plan("Kế hoạch số 24/KH-SNgV ngày 22/02/2024 của Sở Ngoại vụ")
        .putReformArea(
            "Cải cách thể chế", "Rà soát 4 văn bản quy phạm pháp luật; không phát hiện sai sót.")
        .putReformArea(
            "Cải cách thủ tục hành chính",
            "Công bố, công khai đầy đủ các thủ tục hành chính trên Cổng Dịch vụ công quốc gia.")
        .addIndicators(
            IndicatorBreakdown.builder()
                .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
                .numeratorLabel("Đúng hạn")
                .denominatorLabel("Đã giải quyết")
                .byUnit(units())
                .addByProcedure(
                    UnitFigures.of("Cấp phiếu lý lịch tư pháp", 700, 702),
                    UnitFigures.of("Cấp giấy phép lái xe quốc tế", 285, 298))
                .build())
        .addTrendMonths("Tháng 7", "Tháng 8", "Tháng 9")
        .addTrend(
            Series.of(
                "Tỷ lệ đúng hạn",
                List.of(new BigDecimal("97.1"), new BigDecimal("98.2"), new BigDecimal("98.73"))))
        .signature(signature())
        .addRecipients("UBND tỉnh (b/c)", "Lưu: VT, CCHC")
        .build()
        .toReport();
  }

  /** A quarterly ranking of {@code count} units, as the benchmarks render. */
  public static Report largeRanking(int count) {
    List<UnitFigures> units = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      long denominator = 500 + (i * 7919L) % 4500;
      long numerator = denominator - (i * 31L) % (denominator / 20 + 1);
      units.add(UnitFigures.of("UBND xã Phước Tín " + i, numerator, denominator));
    }
    return UnitRanking.builder()
        .header(header())
        .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
        .periodLabel("quý III năm 2024")
        .target(new BigDecimal("98"))
        .units(units)
        .signature(signature())
        .addRecipients("UBND tỉnh (b/c)", "Lưu: VT, CCHC")
        .build()
        .toReport();
  }
}
