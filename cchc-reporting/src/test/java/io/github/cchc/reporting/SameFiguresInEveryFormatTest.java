package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.csv.CsvRenderer;
import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every format carries the same figures: the exact numerator and denominator of each unit (UBND
 * thành phố Đồng Xoài: 12.345 of 12.600, 97,98%; the totals 22.990 of 23.510) and the official head
 * where the format has one.
 */
class SameFiguresInEveryFormatTest {
  private static Report report;

  @BeforeAll
  static void sample() {
    report = SampleReports.ranking();
  }

  /** What a reader sees in HTML, PDF and DOCX: Vietnamese display of the same figures. */
  private static void assertReadableFigures(String text) {
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Số: 15/BC-SNV")
        .contains("Bình Phước, ngày 05 tháng 10 năm 2024")
        .contains("UBND thành phố Đồng Xoài")
        .contains("12.345")
        .contains("12.600")
        .contains("97,98")
        // under the header "Tỷ lệ (%)" no cell repeats the sign
        .doesNotContain("97,98%")
        .contains("22.990")
        .contains("23.510")
        .contains("97,79")
        .doesNotContain("97,79%")
        .contains("Nơi nhận:")
        .contains("Nguyễn Thị Hồng Hạnh");
  }

  @Test
  void htmlShowsTheFiguresAndTheHead() {
    String html = HtmlRenderer.fragment().render(report);
    assertReadableFigures(html);
  }

  @Test
  void pdfTextHasTheFiguresAndTheHead() throws IOException {
    byte[] pdf = new PdfRenderer().toBytes(report);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertReadableFigures(text);
      assertThat(doc.getNumberOfPages()).isBetween(2, 4);
      // A4 portrait: 595 × 842 points.
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595f, org.assertj.core.api.Assertions.within(1f));
    }
  }

  @Test
  void docxTextHasTheFiguresAndTheHead() throws IOException {
    byte[] docx = new DocxRenderer().toBytes(report);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertReadableFigures(extractor.getText());
      assertThat(doc.getAllPictures()).hasSize(2);
    }
  }

  @Test
  void xlsxHoldsTheFiguresAsNumbers() throws IOException {
    byte[] xlsx = new XlsxRenderer().toBytes(report);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheet("Bảng 1");
      List<List<Object>> rows = new ArrayList<>();
      sheet.forEach(
          row -> {
            List<Object> values = new ArrayList<>();
            row.forEach(
                cell ->
                    values.add(
                        cell.getCellType() == CellType.NUMERIC
                            ? (Object) cell.getNumericCellValue()
                            : cell.getStringCellValue()));
            rows.add(values);
          });
      assertThat(rows)
          .anySatisfy(
              r ->
                  assertThat(r)
                      .containsExactly(
                          3.0, "UBND thành phố Đồng Xoài", 12345.0, 12600.0, 0.979761904762));
      assertThat(rows).anySatisfy(r -> assertThat(r).contains("Tổng cộng", 22990.0, 23510.0));
      var numeric = sheet.getRow(4).getCell(2);
      assertThat(numeric.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(numeric.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(sheet.getRow(4).getCell(4).getCellStyle().getDataFormatString())
          .isEqualTo("0.00%");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
      assertThat(sheet.getMergedRegions()).isNotEmpty();
      assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
    }
  }

  @Test
  void csvHoldsTheExactFigures() {
    String csv = new String(new CsvRenderer().toBytes(report), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFF")
        .contains("3,UBND thành phố Đồng Xoài,12345,12600,97.9761904762\r\n")
        .contains(",Tổng cộng,22990,23510,")
        .contains("Số: 15/BC-SNV");
  }

  @Test
  void jsonHoldsTheExactFigures() {
    String json = new String(new JsonRenderer().toBytes(report), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"text\" : \"UBND thành phố Đồng Xoài\"")
        .contains("\"value\" : 12345")
        .contains("\"value\" : 12600")
        .contains("\"value\" : 97.9761904762")
        .contains("\"nationalTitle\" : \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"");
  }
}
