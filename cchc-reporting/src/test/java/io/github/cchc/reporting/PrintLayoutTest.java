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
