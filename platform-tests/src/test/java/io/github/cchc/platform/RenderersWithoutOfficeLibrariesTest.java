package io.github.cchc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.render.MissingLibraryException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * This module depends on cchc-reporting alone, as a user who wants HTML, JSON or CSV does: POI,
 * PDFBox and openhtmltopdf are optional dependencies there, so they are not on this class path.
 */
class RenderersWithoutOfficeLibrariesTest {
  private static final Report REPORT =
      Report.builder()
          .header(
              OfficialHeader.builder()
                  .governingBody("UBND TỈNH HÒA BÌNH")
                  .issuingBody("SỞ NỘI VỤ")
                  .documentNumber("24/BC-SNV")
                  .place("Hòa Bình")
                  .date(LocalDate.of(2024, 10, 5))
                  .build())
          .kind("BÁO CÁO")
          .title("Kết quả thực hiện chỉ tiêu cải cách hành chính quý III năm 2024")
          .addSections(
              Section.builder()
                  .heading("I. KẾT QUẢ")
                  .addBlocks(Paragraph.of("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%."))
                  .build())
          .build();

  @Test
  void theOfficeLibrariesAreNotOnTheClassPath() {
    for (String name :
        new String[] {
          "org.apache.poi.xwpf.usermodel.XWPFDocument",
          "org.apache.pdfbox.pdmodel.PDDocument",
          "com.openhtmltopdf.pdfboxout.PdfRendererBuilder"
        }) {
      assertThatThrownBy(() -> Class.forName(name)).isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void htmlJsonAndCsvRenderWithoutThem() throws Exception {
    for (ReportFormat format :
        new ReportFormat[] {ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.renderer().render(REPORT, out);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .as(format.name())
          .contains("Kết quả thực hiện chỉ tiêu cải cách hành chính quý III năm 2024");
    }
  }

  @Test
  void docxXlsxAndPdfSayWhichArtifactIsMissing() {
    assertThatThrownBy(() -> ReportFormat.DOCX.renderer())
        .isInstanceOf(MissingLibraryException.class)
        .hasMessageContaining("DOCX renderer needs org.apache.poi:poi-ooxml");
    assertThatThrownBy(() -> ReportFormat.XLSX.renderer())
        .isInstanceOf(MissingLibraryException.class)
        .hasMessageContaining("XLSX renderer needs org.apache.poi:poi-ooxml");
    assertThatThrownBy(() -> ReportFormat.PDF.renderer())
        .isInstanceOf(MissingLibraryException.class)
        .hasMessageContaining("PDF renderer needs io.github.openhtmltopdf:openhtmltopdf-pdfbox")
        .extracting(e -> ((MissingLibraryException) e).artifact())
        .isEqualTo("io.github.openhtmltopdf:openhtmltopdf-pdfbox");
  }
}
