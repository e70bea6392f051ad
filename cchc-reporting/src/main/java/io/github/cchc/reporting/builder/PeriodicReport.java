package io.github.cchc.reporting.builder;

import io.github.cchc.indicators.evaluation.Verdict;
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
import io.github.cchc.reporting.render.VietnameseFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The periodic CCHC report (báo cáo quý I, 6 tháng, 9 tháng, năm) that reports: the reform areas
 * with the figures that measure them, the targets met and not met, the task progress, the
 * processing statistics (Biểu số II.06a/VPCP/KSTT) and the indicators by agency with the best and
 * worst agency, then tồn tại, hạn chế and phương hướng, filled from the data where it speaks
 * (targets missed with their gap, worst agencies, overdue tasks and dossiers) and from the texts a
 * user gives ({@link #shortcomings()}, {@link #directions()}); full breakdowns in the appendices.
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
   * The targets of the plan with their results; the report lists those met and those not met.
   *
   * @return the target lines
   */
  public abstract List<TargetLine> targets();

  /**
   * Tồn tại, hạn chế written by people, after those the data show; empty for none.
   *
   * @return the shortcomings, one paragraph each
   */
  public abstract List<String> shortcomings();

  /**
   * Phương hướng, nhiệm vụ for the next period written by people, after those the data suggest;
   * empty for none.
   *
   * @return the directions, one paragraph each
   */
  public abstract List<String> directions();

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
            .heading(ROMAN[0] + ". KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CẢI CÁCH HÀNH CHÍNH")
            .addBlocks(Paragraph.of("Thực hiện " + plan() + ", kết quả " + periodLabel() + ":"));
    int area = 0;
    for (Map.Entry<String, String> e : reformAreas().entrySet()) {
      areas.addBlocks(Paragraph.of((++area) + ". " + e.getKey() + ": " + e.getValue()));
    }
    if (!targets().isEmpty()) {
      areas.addBlocks(Paragraph.of((++area) + ". Kết quả thực hiện các chỉ tiêu: " + verdicts()));
      for (TargetLine t : targets()) {
        areas.addBlocks(Paragraph.of("- " + describe(t)));
      }
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
    sections.add(shortcomingsSection(ROMAN[sections.size()]));
    sections.add(directionsSection(ROMAN[sections.size()]));
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

  /** "đạt 3/9 chỉ tiêu, chưa đạt 6 chỉ tiêu" (and those not assessable). */
  private String verdicts() {
    long met = targets().stream().filter(t -> t.verdict() == Verdict.MET).count();
    long notMet = targets().stream().filter(t -> t.verdict() == Verdict.NOT_MET).count();
    long notYet = targets().size() - met - notMet;
    return "đạt "
        + met
        + "/"
        + targets().size()
        + " chỉ tiêu, chưa đạt "
        + notMet
        + " chỉ tiêu"
        + (notYet > 0 ? ", " + notYet + " chỉ tiêu chưa đánh giá được" : "")
        + ".";
  }

  /** "Trên 98% hồ sơ ...: chưa đạt (97,66%; thiếu 0,34 điểm phần trăm)." */
  static String describe(TargetLine t) {
    String value =
        t.valueText()
            .orElseGet(
                () ->
                    t.denominator() > 0
                        ? VietnameseFormat.percent(Rates.percent(t.numerator(), t.denominator()), 2)
                        : "");
    String gap = t.gapText().map(g -> "; " + g).orElse("");
    String target =
        t.target().endsWith(".") ? t.target().substring(0, t.target().length() - 1) : t.target();
    return target
        + ": "
        + (t.verdict() == Verdict.MET
            ? "đạt"
            : t.verdict() == Verdict.NOT_MET ? "chưa đạt" : "chưa đánh giá được")
        + (value.isEmpty() ? "" : " (" + value + gap + ")")
        + ".";
  }

  private Section shortcomingsSection(String number) {
    SectionBuilder b = Section.builder().heading(number + ". TỒN TẠI, HẠN CHẾ");
    List<TargetLine> missed =
        targets().stream().filter(t -> t.verdict() == Verdict.NOT_MET).toList();
    if (!missed.isEmpty()) {
      b.addBlocks(Paragraph.of("Còn " + missed.size() + " chỉ tiêu chưa đạt:"));
      for (TargetLine t : missed) {
        b.addBlocks(Paragraph.of("- " + describe(t)));
      }
    }
    long overdueTasks =
        taskProgress()
            .map(p -> p.standings().stream().filter(s -> s.isOverdue()).count())
            .orElse(0L);
    if (overdueTasks > 0) {
      b.addBlocks(
          Paragraph.of(
              "- Còn "
                  + overdueTasks
                  + " nhiệm vụ của Kế hoạch chậm tiến độ (danh sách tại mục tiến độ thực hiện"
                  + " nhiệm vụ)."));
    }
    ProcessingCounts total =
        processing().values().stream().reduce(ProcessingCounts.ZERO, ProcessingCounts::plus);
    if (total.finishedLate() > 0 || total.inProgressOverdue() > 0) {
      b.addBlocks(
          Paragraph.of(
              "- "
                  + VietnameseFormat.number(java.math.BigDecimal.valueOf(total.finishedLate()), 0)
                  + " hồ sơ giải quyết quá hạn và "
                  + VietnameseFormat.number(
                      java.math.BigDecimal.valueOf(total.inProgressOverdue()), 0)
                  + " hồ sơ đang giải quyết đã quá hạn tại thời điểm cuối kỳ."));
    }
    for (Block worst : Breakdowns.worst(indicators())) {
      b.addBlocks(worst);
    }
    for (String text : shortcomings()) {
      b.addBlocks(Paragraph.of(text));
    }
    if (b.build().blocks().isEmpty()) {
      b.addBlocks(Paragraph.of("Không có chỉ tiêu chưa đạt, nhiệm vụ hay hồ sơ quá hạn trong kỳ."));
    }
    return b.build();
  }

  private Section directionsSection(String number) {
    SectionBuilder b = Section.builder().heading(number + ". PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI");
    for (TargetLine t : targets()) {
      if (t.verdict() == Verdict.NOT_MET) {
        String target =
            t.target().endsWith(".")
                ? t.target().substring(0, t.target().length() - 1)
                : t.target();
        b.addBlocks(Paragraph.of("- Tập trung các giải pháp để đạt chỉ tiêu: " + target + "."));
      }
    }
    long overdueTasks =
        taskProgress()
            .map(p -> p.standings().stream().filter(s -> s.isOverdue()).count())
            .orElse(0L);
    if (overdueTasks > 0) {
      b.addBlocks(
          Paragraph.of(
              "- Đôn đốc hoàn thành " + overdueTasks + " nhiệm vụ chậm tiến độ của Kế hoạch."));
    }
    ProcessingCounts total =
        processing().values().stream().reduce(ProcessingCounts.ZERO, ProcessingCounts::plus);
    if (total.inProgressOverdue() > 0) {
      b.addBlocks(
          Paragraph.of(
              "- Giải quyết dứt điểm "
                  + VietnameseFormat.number(
                      java.math.BigDecimal.valueOf(total.inProgressOverdue()), 0)
                  + " hồ sơ đang giải quyết quá hạn; thực hiện xin lỗi và hẹn lại ngày trả kết quả"
                  + " theo quy định."));
    }
    for (String text : directions()) {
      b.addBlocks(Paragraph.of(text));
    }
    if (b.build().blocks().isEmpty()) {
      b.addBlocks(Paragraph.of("Tiếp tục duy trì kết quả đạt được của các chỉ tiêu."));
    }
    return b.build();
  }
}
