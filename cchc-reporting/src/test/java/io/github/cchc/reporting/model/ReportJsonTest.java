package io.github.cchc.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.model.jackson.CchcModule;
import io.github.cchc.reporting.SampleReports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports and every kind of block (paragraphs, tables with header groups, units and totals, charts)
 * written by a plain {@link JsonMapper} with {@link CchcModule} read back equal: generated reports
 * made of the headings, sentences and figures of real CCHC reports, and the three sample reports.
 */
class ReportJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();

  private static final List<String> HEADINGS =
      List.of(
          "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
          "II. TỒN TẠI, HẠN CHẾ",
          "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
          "Phụ lục I. Kết quả giải quyết hồ sơ theo đơn vị");
  private static final List<String> SENTENCES =
      List.of(
          "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ chức.",
          "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,66%, thiếu 0,34 điểm phần trăm so với chỉ tiêu.",
          "Chỉ số CCHC năm 2023 của tỉnh đạt 86,20 điểm, xếp hạng 27/63 tỉnh, thành phố.",
          "Một số đơn vị còn để hồ sơ quá hạn; việc số hóa kết quả giải quyết TTHC chưa đạt yêu cầu.",
          "Ghi chú: \"Sở Y tế\" <b>không</b> có hồ sơ trực tuyến toàn trình & bưu chính công ích.");
  private static final List<String> UNITS =
      List.of("Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "UBND huyện Đồng Phú", "Toàn tỉnh");

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** A cell of kind {@code k % 5} holding a figure made of {@code n}. */
  private static Cell cell(int k, int n) {
    switch (k % 5) {
      case 0:
        return Cell.text(UNITS.get(n % UNITS.size()));
      case 1:
        return Cell.count(n);
      case 2:
        return Cell.decimal(BigDecimal.valueOf(n, 2), 2);
      case 3:
        return Cell.percent(BigDecimal.valueOf(n % 10_001, 2), 2);
      default:
        return Cell.empty();
    }
  }

  /** A table of {@code width} columns under one header group, a row per figure and a total. */
  private static Table table(int width, List<Integer> figures) {
    TableBuilder b =
        Table.builder()
            .caption("Biểu số II.06a: kết quả giải quyết hồ sơ TTHC")
            .unitNote("Đơn vị tính: hồ sơ")
            .addGroups(HeaderGroup.of("Số hồ sơ", width));
    for (int c = 0; c < width; c++) {
      b.addColumns(c == width - 1 ? Column.of("Tỷ lệ đúng hạn", "%") : Column.of("Cột " + (c + 1)));
    }
    for (int f : figures) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        cells.add(cell(f + c, f * (c + 1)));
      }
      b.addRows(Row.of(cells));
    }
    List<Cell> total = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      total.add(c == 0 ? Cell.text("Tổng cộng") : Cell.count(figures.size()));
    }
    return b.addTotals(Row.of(total)).build();
  }

  private static Chart chart(List<Integer> figures) {
    List<String> categories = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      categories.add(UNITS.get(i % UNITS.size()) + " " + i);
      values.add(BigDecimal.valueOf(figures.get(i) % 10_001, 2));
    }
    return Chart.builder()
        .kind(ChartKind.values()[figures.size() % ChartKind.values().length])
        .title("Tỷ lệ hồ sơ giải quyết đúng hạn theo đơn vị")
        .valueUnit("%")
        .categories(categories)
        .addSeries(Series.of("Năm 2024", values))
        .build();
  }

  private static Report report(int day, List<Integer> figures) {
    ReportBuilder b =
        Report.builder()
            .header(
                OfficialHeader.builder()
                    .from(SampleReports.header())
                    .date(LocalDate.of(2024, 1, 1).plusDays(day))
                    .build())
            .kind("BÁO CÁO")
            .title("Kết quả thực hiện công tác cải cách hành chính năm 2024")
            .addAddressees("Ủy ban nhân dân tỉnh Bình Phước")
            .signature(SampleReports.signature())
            .addRecipients("Như trên", "Bộ Nội vụ (Vụ Cải cách hành chính)", "Lưu: VT, CCHC");
    for (int s = 0; s <= figures.size() % HEADINGS.size(); s++) {
      SectionBuilder section = Section.builder().heading(HEADINGS.get(s));
      section.addBlocks(Paragraph.of(SENTENCES.get((day + s) % SENTENCES.size())));
      if (!figures.isEmpty()) {
        section.addBlocks(table(1 + (day + s) % 4, figures));
        section.addBlocks(chart(figures));
      }
      if (s == 3) {
        b.addAppendices(section.build());
      } else {
        b.addSections(section.build());
      }
    }
    return b.build();
  }

  @Test
  void generatedReportsReadBackEqual() {
    qt().forAll(
            integers().between(0, 365),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 6))
        .checkAssert(
            (day, figures) -> {
              Report r = report(day, figures);
              assertThat(roundTrip(r, Report.class)).isEqualTo(r);
              for (Section s : r.sections()) {
                assertThat(roundTrip(s, Section.class)).isEqualTo(s);
                for (Block block : s.blocks()) {
                  assertThat(roundTrip(block, Block.class)).isEqualTo(block);
                }
              }
            });
  }

  @Test
  void theSampleReportsReadBackEqual() {
    for (Report r :
        List.of(
            SampleReports.ranking(), SampleReports.targetAchievement(), SampleReports.periodic())) {
      assertThat(roundTrip(r, Report.class)).as(r.title()).isEqualTo(r);
    }
  }
}
