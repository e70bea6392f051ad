package io.github.cchc.reporting.builder;

import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.ChartKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Series;
import io.github.cchc.reporting.model.SignatureBlock;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.model.TableBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The target-achievement report of a plan: for each target its indicator value with the exact
 * numerator and denominator, the threshold, the verdict, the gap and the remaining budget; a
 * summary of verdicts; and a chart of actual against threshold.
 *
 * <pre>{@code
 * Report report = TargetAchievementReport.builder()
 *     .header(header)
 *     .plan("Kế hoạch số 24/KH-SNgV ngày 22/02/2024 của Sở Ngoại vụ")
 *     .periodLabel("năm 2024")
 *     .addLines(line)
 *     .build()
 *     .toReport();
 * }</pre>
 */
@Value.Immutable
public abstract class TargetAchievementReport {
  TargetAchievementReport() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static TargetAchievementReportBuilder builder() {
    return new TargetAchievementReportBuilder();
  }

  /**
   * The header.
   *
   * @return the header
   */
  public abstract OfficialHeader header();

  /**
   * The plan as cited ("Kế hoạch số 24/KH-SNgV ngày 22/02/2024 của Sở Ngoại vụ").
   *
   * @return the plan's citation
   */
  public abstract String plan();

  /**
   * The period as it reads in the title ("năm 2024", "quý III năm 2024").
   *
   * @return the period label
   */
  public abstract String periodLabel();

  /**
   * The targets with their results, in the plan's order.
   *
   * @return the lines
   */
  public abstract List<TargetLine> lines();

  /**
   * Indicators of the period by unit or procedure, shown after the assessment; empty for none.
   *
   * @return the breakdowns
   */
  public abstract List<IndicatorBreakdown> breakdowns();

  /**
   * The progress of the plan's tasks, shown after the assessment; empty when no task progress was
   * given.
   *
   * @return the task progress section
   */
  public abstract Optional<TaskProgressSection> taskProgress();

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
   * Phụ lục I, the numerator and denominator of every indicator by unit; Phụ lục II, the rates by
   * procedure (named, without rows of zeros). Empty parts are left out.
   */
  static List<Section> appendices(List<IndicatorBreakdown> breakdowns) {
    List<Section> out = new ArrayList<>();
    List<Block> byUnit = new ArrayList<>();
    int table = 0;
    for (IndicatorBreakdown b : breakdowns) {
      if (!b.byUnit().isEmpty()) {
        byUnit.add(
            FiguresTable.of(
                "Bảng I." + (++table) + ". " + b.indicator() + " theo cơ quan, đơn vị",
                "Cơ quan, đơn vị",
                b,
                b.byUnit()));
      }
    }
    if (!byUnit.isEmpty()) {
      out.add(
          Section.builder()
              .heading("PHỤ LỤC I. SỐ LIỆU CHI TIẾT THEO CƠ QUAN, ĐƠN VỊ")
              .blocks(byUnit)
              .build());
    }
    if (breakdowns.stream().anyMatch(b -> !b.byProcedure().isEmpty())) {
      out.add(
          Section.builder()
              .heading("PHỤ LỤC II. KẾT QUẢ THEO THỦ TỤC HÀNH CHÍNH")
              .blocks(
                  Breakdowns.overview(
                      "Bảng II.1. Kết quả các chỉ số theo thủ tục hành chính",
                      "Thủ tục hành chính",
                      breakdowns,
                      IndicatorBreakdown::byProcedure))
              .build());
    }
    return out;
  }

  /** The Vietnamese label of a verdict: "Đạt", "Không đạt", "Chưa đánh giá được". */
  static String label(Verdict verdict) {
    switch (verdict) {
      case MET:
        return "Đạt";
      case NOT_MET:
        return "Không đạt";
      default:
        return "Chưa đánh giá được";
    }
  }

  /**
   * Lays the results out as a report.
   *
   * @return the report
   */
  public Report toReport() {
    TableBuilder table =
        Table.builder()
            .caption("Bảng 1. Kết quả thực hiện các chỉ tiêu")
            .addColumns(
                Column.of("STT"),
                Column.of("Chỉ tiêu"),
                Column.of("Tử số"),
                Column.of("Mẫu số"),
                Column.of("Kết quả"),
                Column.of("Ngưỡng"),
                Column.of("Đánh giá"),
                Column.of("So với ngưỡng"),
                Column.of("Dư địa còn lại"))
            .addGroups(
                HeaderGroup.of("", 2),
                HeaderGroup.of("Giá trị chỉ số", 3),
                HeaderGroup.of("Đánh giá chỉ tiêu", 4));
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    List<String> categories = new ArrayList<>();
    List<BigDecimal> actual = new ArrayList<>();
    List<BigDecimal> thresholds = new ArrayList<>();
    int index = 0;
    for (TargetLine line : lines()) {
      counts.merge(line.verdict(), 1L, Long::sum);
      boolean figures = line.measurable();
      table.addRows(
          Row.of(
              Cell.count(++index),
              Cell.text(line.target()),
              figures ? Cell.count(line.numerator()) : Cell.empty(),
              figures ? Cell.count(line.denominator()) : Cell.empty(),
              line.valueText()
                  .map(Cell::text)
                  .orElseGet(() -> FiguresTable.rate(line.numerator(), line.denominator())),
              line.thresholdText()
                  .map(Cell::text)
                  .or(
                      () ->
                          line.threshold()
                              .map(
                                  t ->
                                      Cell.percent(t, Math.max(0, t.stripTrailingZeros().scale()))))
                  .orElse(Cell.empty()),
              Cell.text(label(line.verdict())),
              line.gapText().map(Cell::text).orElse(Cell.empty()),
              line.remainingBudget().isPresent()
                  ? Cell.count(line.remainingBudget().getAsLong())
                  : Cell.empty()));
      if (line.denominator() > 0 && line.threshold().isPresent()) {
        categories.add("Chỉ tiêu " + index);
        actual.add(Rates.percent(line.numerator(), line.denominator()));
        thresholds.add(line.threshold().orElseThrow());
      }
    }
    Table summary =
        Table.builder()
            .caption("Bảng 2. Tổng hợp đánh giá")
            .addColumns(Column.of("Đánh giá"), Column.of("Số chỉ tiêu"))
            .addRows(
                Row.of(
                    Cell.text(label(Verdict.MET)),
                    Cell.count(counts.getOrDefault(Verdict.MET, 0L))),
                Row.of(
                    Cell.text(label(Verdict.NOT_MET)),
                    Cell.count(counts.getOrDefault(Verdict.NOT_MET, 0L))),
                Row.of(
                    Cell.text(label(Verdict.NOT_YET)),
                    Cell.count(counts.getOrDefault(Verdict.NOT_YET, 0L))))
            .addTotals(Row.of(Cell.text("Tổng cộng"), Cell.count(lines().size())))
            .build();
    boolean beyondDossiers =
        lines().stream().anyMatch(l -> !l.sources().isEmpty() || l.valueText().isPresent())
            || taskProgress().isPresent();
    List<String> sources = new ArrayList<>();
    int n = 0;
    for (TargetLine line : lines()) {
      n++;
      if (!line.sources().isEmpty()) {
        sources.add("chỉ tiêu " + n + ": " + String.join("; ", line.sources()));
      }
    }
    List<Block> resultBlocks = new ArrayList<>();
    resultBlocks.add(
        Paragraph.of(
            "Thực hiện "
                + plan()
                + ", kết quả thực hiện các chỉ tiêu "
                + periodLabel()
                + (beyondDossiers
                    ? " như sau (tử số, mẫu số và kết quả tính từ dữ liệu hồ sơ, tiến độ nhiệm"
                        + " vụ và số liệu đã công bố; cột \"So với ngưỡng\" ghi kết quả thiếu"
                        + " hay vượt ngưỡng của chỉ tiêu bao nhiêu điểm phần trăm):"
                    : " như sau (tử số, mẫu số và kết quả tính từ dữ liệu hồ sơ; cột \"So với"
                        + " ngưỡng\" ghi kết quả thiếu hay vượt ngưỡng của chỉ tiêu bao nhiêu"
                        + " điểm phần trăm):")));
    resultBlocks.add(table.build());
    if (!sources.isEmpty()) {
      resultBlocks.add(
          Paragraph.of("Nguồn số liệu đã công bố: " + String.join("; ", sources) + "."));
    }
    // Before the period is over: where the pace so far leads by its end (--as-of mid-period).
    List<String> projections = new ArrayList<>();
    int k = 0;
    for (TargetLine line : lines()) {
      k++;
      if (line.projection().isPresent()) {
        projections.add("chỉ tiêu " + k + ": " + line.projection().orElseThrow());
      }
    }
    if (!projections.isEmpty()) {
      resultBlocks.add(
          Paragraph.of(
              "Kỳ báo cáo chưa kết thúc; dự báo đến hết "
                  + periodLabel()
                  + " nếu giữ nhịp độ từ đầu kỳ (số hồ sơ tăng theo số ngày của kỳ): "
                  + String.join("; ", projections)
                  + "."));
    }
    Section results =
        Section.builder()
            .heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
            .blocks(resultBlocks)
            .addBlocks(
                Chart.builder()
                    .kind(ChartKind.BAR)
                    .title("Biểu đồ 1. Tỷ lệ đạt được so với ngưỡng chỉ tiêu")
                    .valueUnit("%")
                    .axisMaximum(BigDecimal.valueOf(100))
                    .categories(categories)
                    .addSeries(Series.of("Thực hiện", actual))
                    .addSeries(Series.of("Ngưỡng chỉ tiêu", thresholds))
                    .build())
            .build();
    Section assessment =
        Section.builder().heading("II. TỔNG HỢP ĐÁNH GIÁ").addBlocks(summary).build();
    List<Section> sections = new ArrayList<>(List.of(results, assessment));
    int number = 2;
    String next = "III";
    if (taskProgress().isPresent()) {
      sections.add(taskProgress().get().toSection("III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", number + 1));
      number += taskProgress().get().tables();
      next = "IV";
    }
    List<Section> appendices = new ArrayList<>();
    if (!breakdowns().isEmpty()) {
      List<Block> blocks = new ArrayList<>();
      blocks.add(
          Paragraph.of(
              "Kết quả các chỉ số theo cơ quan, đơn vị "
                  + periodLabel()
                  + " (tử số, mẫu số theo từng đơn vị tại Phụ lục I; theo thủ tục hành chính tại"
                  + " Phụ lục II):"));
      blocks.addAll(
          Breakdowns.overview(
              "Bảng " + (++number) + ". Kết quả các chỉ số theo cơ quan, đơn vị",
              "Cơ quan, đơn vị",
              breakdowns(),
              IndicatorBreakdown::byUnit));
      List<Block> extremes = Breakdowns.extremes(breakdowns());
      if (!extremes.isEmpty()) {
        blocks.add(Paragraph.of("Đơn vị có kết quả tốt nhất và kém nhất theo từng chỉ số:"));
        blocks.addAll(extremes);
      }
      sections.add(
          Section.builder()
              .heading(next + ". KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ")
              .blocks(blocks)
              .build());
      appendices.addAll(appendices(breakdowns()));
    }
    return Report.builder()
        .header(header())
        .kind("BÁO CÁO")
        .title("Kết quả thực hiện các chỉ tiêu cải cách hành chính " + periodLabel())
        .sections(sections)
        .appendices(appendices)
        .signature(signature())
        .addressees(addressees())
        .recipients(recipients())
        .build();
  }
}
