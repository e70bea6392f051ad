package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What a printed page needs, checked in the files: fonts, repeated headers, fit and height. */
class PrintLayoutTest {
  /** The text width of the official A4 page (210 mm less margins of 30 and 15 mm), in twips. */
  private static final int TEXT_WIDTH_TWIPS = 9354;

  /**
   * The statistical form Biểu II.06a has 13 columns: in the DOCX it ran 12,181 twips wide on a text
   * width of 9,354 (past the right margin in LibreOffice). Every table now fits the text width, its
   * agency names on at most two lines at the size it takes.
   */
  @Test
  void aTableOfThirteenColumnsFitsTheTextWidthInTheDocx() throws IOException {
    io.github.cchc.reporting.model.TableBuilder table =
        io.github.cchc.reporting.model.Table.builder()
            .caption("Bảng 3. Tình hình, kết quả giải quyết thủ tục hành chính")
            .addColumns(
                io.github.cchc.reporting.model.Column.of("STT"),
                io.github.cchc.reporting.model.Column.of("Cơ quan, đơn vị"));
    String[] counts = {
      "Tổng số",
      "Trong kỳ: trực tuyến",
      "Trong kỳ: trực tiếp, bưu chính",
      "Từ kỳ trước",
      "Tổng số",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Tổng số",
      "Trong hạn",
      "Quá hạn"
    };
    for (String c : counts) {
      table.addColumns(io.github.cchc.reporting.model.Column.of(c));
    }
    String[] agencies = {
      "Sở Nông nghiệp và Môi trường",
      "UBND thành phố Đồng Xoài",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Ban Quản lý Khu kinh tế",
      "Công an tỉnh"
    };
    for (int r = 0; r < agencies.length; r++) {
      java.util.List<io.github.cchc.reporting.model.Cell> cells = new java.util.ArrayList<>();
      cells.add(io.github.cchc.reporting.model.Cell.count(r + 1));
      cells.add(io.github.cchc.reporting.model.Cell.text(agencies[r]));
      for (int c = 0; c < counts.length; c++) {
        cells.add(io.github.cchc.reporting.model.Cell.count(229_979 - 1_000 * c));
      }
      table.addRows(io.github.cchc.reporting.model.Row.of(cells));
    }
    Report report =
        Report.builder()
            .from(SampleReports.ranking())
            .addSections(
                io.github.cchc.reporting.model.Section.builder()
                    .heading("III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
                    .addBlocks(table.build())
                    .build())
            .build();
    byte[] docx = new DocxRenderer().toBytes(report);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables()).isNotEmpty();
      boolean wide = false;
      for (org.apache.poi.xwpf.usermodel.XWPFTable t : doc.getTables()) {
        var grid = t.getCTTbl().getTblGrid().getGridColList();
        long sum = 0;
        for (var col : grid) {
          long w = ((java.math.BigInteger) col.getW()).longValue();
          assertThat(w).isPositive();
          sum += w;
        }
        assertThat(sum)
            .as("table of %d columns", grid.size())
            .isLessThanOrEqualTo(TEXT_WIDTH_TWIPS);
        if (grid.size() == 13) {
          wide = true;
          // the agency column: its longest name on at most two lines (half its width at 9 pt in
          // Times New Roman, about 0.45 em a letter, and the cell's margins)
          long agency = ((java.math.BigInteger) grid.get(1).getW()).longValue();
          assertThat(agency).isGreaterThan(31L * 9 * 20 * 45 / 100 / 2);
        }
      }
      assertThat(wide).isTrue();
    }
  }

  @Test
  void docxHasAStylesPartInTimesNewRomanAndThePageNumberInIt() throws Exception {
    byte[] docx = new DocxRenderer().toBytes(SampleReports.ranking());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
      assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
      assertThat(defaults.getRFontsArray(0).getHAnsi()).isEqualTo("Times New Roman");
      String header =
          doc.getHeaderList().stream()
              .map(h -> h._getHdrFtr().xmlText())
              .reduce("", String::concat);
      assertThat(header).contains("PAGE").contains("Times New Roman");
    }
  }

  @Test
  void xlsxRepeatsHeaderRowsFitsOnePageWideAndSizesRows() throws IOException {
    Report report = SampleReports.ranking();
    byte[] xlsx = new XlsxRenderer().toBytes(report);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet table = book.getSheet("Bảng 1");
      assertThat(table.getRepeatingRows()).isNotNull();
      assertThat(table.getFitToPage()).isTrue();
      assertThat(table.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(table.getRow(table.getLastRowNum()).getHeightInPoints()).isGreaterThan(0f);
      XSSFSheet cover = book.getSheetAt(0);
      assertThat(cover.getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(cover.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Độc lập - Tự do - Hạnh phúc");
    }
  }

  @Test
  void theCspFormLinksTheStylesheetAndHasNoInlineStyle() {
    String html =
        HtmlRenderer.fragment()
            .withStylesheetLink("/css/cchc-report.css")
            .render(SampleReports.ranking());
    assertThat(html)
        .contains("<link rel=\"stylesheet\" href=\"/css/cchc-report.css\"/>")
        .doesNotContain("<style")
        .doesNotContain(" style=");
    assertThat(HtmlRenderer.stylesheet()).contains(".cchc-report .cchc-scroll{overflow-x:auto");
    assertThat(HtmlRenderer.stylesheet()).startsWith("@media screen{.cchc-report ");
  }
}
