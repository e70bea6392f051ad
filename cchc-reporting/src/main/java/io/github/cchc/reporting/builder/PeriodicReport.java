package io.github.cchc.reporting.builder;

import io.github.cchc.indicators.statistics.ProcessingCounts;
import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.ChartKind;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.SectionBuilder;
import io.github.cchc.reporting.model.Series;
import io.github.cchc.reporting.model.SignatureBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The periodic CCHC report (báo cáo quý I, 6 tháng, 9 tháng, năm): the reform areas of the plan
 * with what was done in each, then for each indicator its table by unit and its table by procedure
 * (exact numerator, denominator and rate, with totals), and the trend by month.
 *
 * <pre>{@code
 * Report report = PeriodicReport.builder()
 *     .header(header)
 *     .periodLabel("quý III năm 2024")
 *     .plan("Kế hoạch số 24/KH-SNgV ngày 22/02/2024 của Sở Ngoại vụ")
 *     .putReformArea("Cải cách thủ tục hành chính", "Rà soát 12 thủ tục; ...")
 *     .addIndicators(onTime)
 *     .build()
 *     .toReport();
 * }</pre>
 */
@Value.Immutable
public abstract class PeriodicReport {
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII"};

  PeriodicReport() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static PeriodicReportBuilder builder() {
    return new PeriodicReportBuilder();
  }

  /**
   * The header.
   *
   * @return the header
   */
  public abstract OfficialHeader header();

  /**
   * The period as it reads in the title ("quý I năm 2024", "6 tháng đầu năm 2024").
   *
   * @return the period label
   */
  public abstract String periodLabel();

  /**
   * The plan reported on, as cited.
   *
   * @return the plan's citation
   */
  public abstract String plan();

  /**
   * The reform areas of the plan, in order, each with the text of its results.
   *
   * @return area name to result text
   */
  public abstract Map<String, String> reformAreas();

  /**
   * The indicators of the period.
   *
   * @return the indicators
   */
  public abstract List<IndicatorBreakdown> indicators();

  /**
   * The months of the trend chart ("Tháng 7", …); empty for no trend chart.
   *
   * @return the months
   */
  public abstract List<String> trendMonths();

  /**
   * The trend series, one value per month each (percentages).
   *
   * @return the series
   */
  public abstract List<Series> trend();

  /**
   * The progress of the plan's tasks, shown after the reform areas; empty when no task progress was
   * given.
   *
   * @return the task progress section
   */
  public abstract Optional<TaskProgressSection> taskProgress();

  /**
   * The processing statistics by agency in the columns of Biểu số II.06a/VPCP/KSTT (received,
   * carried over, finished, in progress); empty to leave the table out.
   *
   * @return the counts by agency, in the order to show
   */
  public abstract Map<String, ProcessingCounts> processing();

  /**
   * The addressees (Kính gửi), to whom "Như trên" among the recipients refers.
   *
   * @return the addressees
   */
  public abstract List<String> addressees();

  /**
   * The signature block.
   *
   * @return the signature block
   */
  public abstract Optional<SignatureBlock> signature();

  /**
   * The recipients.
   *
   * @return the recipients
   */
  public abstract List<String> recipients();

  /**
   * Lays the period out as a report.
   *
   * @return the report
   */
  public Report toReport() {
    List<Section> sections = new ArrayList<>();
    SectionBuilder areas =
        Section.builder()
            .heading(ROMAN[0] + ". KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH")
            .addBlocks(Paragraph.of("Thực hiện " + plan() + ", kết quả " + periodLabel() + ":"));
    int area = 0;
    for (Map.Entry<String, String> e : reformAreas().entrySet()) {
      areas.addBlocks(Paragraph.of((++area) + ". " + e.getKey() + ": " + e.getValue()));
    }
    sections.add(areas.build());
    int table = 0;
    if (taskProgress().isPresent()) {
      sections.add(
          taskProgress()
              .get()
              .toSection(ROMAN[sections.size()] + ". TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", table + 1));
      table += taskProgress().get().tables();
    }
    List<Block> blocks = new ArrayList<>();
    if (!processing().isEmpty()) {
      blocks.add(
          Paragraph.of(
              "Tình hình, kết quả giải quyết thủ tục hành chính "
                  + periodLabel()
                  + " theo "
                  + ProcessingTable.FORM
                  + " (hồ sơ từ kỳ trước chuyển sang là hồ sơ tiếp nhận trước kỳ chưa giải quyết"
                  + " xong khi bắt đầu kỳ; hồ sơ đang giải quyết tính đến cuối kỳ):"));
      blocks.add(
          ProcessingTable.of(
              "Bảng " + (++table) + ". Tình hình, kết quả giải quyết thủ tục hành chính",
              processing()));
    }
    if (!indicators().isEmpty()) {
      blocks.addAll(
          Breakdowns.overview(
              "Bảng " + (++table) + ". Kết quả các chỉ số theo cơ quan, đơn vị",
              "Cơ quan, đơn vị",
              indicators(),
              IndicatorBreakdown::byUnit));
      List<Block> extremes = Breakdowns.extremes(indicators());
      if (!extremes.isEmpty()) {
        blocks.add(Paragraph.of("Đơn vị có kết quả tốt nhất và kém nhất theo từng chỉ số:"));
        blocks.addAll(extremes);
      }
    }
    if (!trendMonths().isEmpty() && !trend().isEmpty()) {
      blocks.add(
          Chart.builder()
              .kind(ChartKind.LINE)
              .title("Biểu đồ 1. Diễn biến theo tháng")
              .valueUnit("%")
              .axisMaximum(BigDecimal.valueOf(100))
              .categories(trendMonths())
              .series(trend())
              .build());
    }
    sections.add(
        Section.builder()
            .heading(ROMAN[sections.size()] + ". KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
            .blocks(blocks)
            .build());
    return Report.builder()
        .header(header())
        .kind("BÁO CÁO")
        .title("Kết quả thực hiện công tác cải cách hành chính " + periodLabel())
        .sections(sections)
        .appendices(TargetAchievementReport.appendices(indicators()))
        .signature(signature())
        .addressees(addressees())
        .recipients(recipients())
        .build();
  }
}
