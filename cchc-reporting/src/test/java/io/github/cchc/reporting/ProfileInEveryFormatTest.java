package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A report built from a document profile carries every part of it in every format people read:
 * governing body, issuer, the draft number line, Kính gửi, the signature block with a name and Nơi
 * nhận ending with the archive line.
 */
class ProfileInEveryFormatTest {
  private static final DocumentProfile PROFILE =
      DocumentProfile.builder()
          .governingBody("UBND TỈNH BÌNH PHƯỚC")
          .issuingBody("SỞ NỘI VỤ")
          .symbol("BC-SNV")
          .place("Bình Phước")
          .addAddressees("Ủy ban nhân dân tỉnh Bình Phước")
          .signature(SampleReports.signature())
          .addRecipients("Như trên", "Bộ Nội vụ (Vụ Cải cách hành chính)")
          .archive("VT, CCHC")
          .build();

  private static Report report() {
    Report sample = SampleReports.targetAchievement();
    return Report.builder()
        .from(sample)
        .header(PROFILE.header(LocalDate.of(2025, 1, 10)))
        .signature(PROFILE.signature())
        .addressees(PROFILE.addressees())
        .recipients(PROFILE.recipientLines())
        .build();
  }

  private static void assertProfile(String text) {
    String flat = text.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ");
    assertThat(flat)
        .contains("UBND TỈNH BÌNH PHƯỚC")
        .contains("SỞ NỘI VỤ")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Số: /BC-SNV")
        .contains("Bình Phước, ngày 10 tháng 01 năm 2025")
        .contains("Kính gửi:")
        .contains("Ủy ban nhân dân tỉnh Bình Phước.")
        .contains("KT. GIÁM ĐỐC")
        .contains("PHÓ GIÁM ĐỐC")
        .contains("Nguyễn Thị Hồng Hạnh")
        .contains("Nơi nhận:")
        .contains("- Như trên;")
        .contains("- Lưu: VT, CCHC.");
  }

  @Test
  void html() {
    assertProfile(HtmlRenderer.fragment().render(report()).replaceAll("<[^>]+>", " "));
  }

  @Test
  void pdf() throws IOException {
    try (PDDocument doc = Loader.loadPDF(new PdfRenderer().toBytes(report()))) {
      assertProfile(new PDFTextStripper().getText(doc));
    }
  }

  @Test
  void docx() throws IOException {
    try (XWPFDocument doc =
            new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().toBytes(report())));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertProfile(extractor.getText());
    }
  }

  @Test
  void xlsxFirstSheet() throws IOException {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().toBytes(report())))) {
      StringBuilder text = new StringBuilder();
      DataFormatter f = new DataFormatter();
      book.getSheetAt(0)
          .forEach(row -> row.forEach(c -> text.append(f.formatCellValue(c)).append('\n')));
      assertProfile(text.toString());
    }
  }
}
