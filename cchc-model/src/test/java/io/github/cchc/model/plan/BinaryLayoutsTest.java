package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts of real published files that the text of a web page never shows, read through the path a
 * user takes ({@link PlanReader#readAny(Path)}, {@link PlanReader#text(Path)}): the files of the
 * corpus set {@code binary/} (its README says where each comes from). Each test names the class of
 * layout and fails before the rule that reads it.
 */
class BinaryLayoutsTest {
  private static Path file(String name) throws URISyntaxException {
    return Path.of(
        BinaryLayoutsTest.class.getResource("/io/github/cchc/model/corpus/binary/" + name).toURI());
  }

  private static DocumentHeader header(String name) throws URISyntaxException {
    return PlanReader.readAny(file(name)).header().orElseThrow();
  }

  @Test
  void aSignedScanWithoutOcrSaysSoThoughItsSignatureStampCarriesText() throws Exception {
    // Quyết định 1360/QĐ-TTg as chinhphu.vn publishes it: two scanned pages and the Government
    // portal's signature, whose appearance prints "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ …
    // Thời gian ký: 27.06.2025 17:00:11 +07:00" above the page: that is no text of the document
    Path scan = file("ttg-qd-1360-2025.pdf");
    assertThatThrownBy(() -> PlanReader.readAny(scan))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("ttg-qd-1360-2025.pdf")
        .hasMessageContaining("a PDF without a text layer (2 pages of images, a scan?)");
    assertThatThrownBy(() -> PlanReader.text(scan))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("without a text layer");
  }

  @Test
  void aPdfWhoseFirstPagesAreImagesSaysSoRatherThanReadTheAppendixAsItsHeader() throws Exception {
    // Quyết định 1629/QĐ-UBND of Lai Châu: the signed decision scanned (pages 1-2), its appendix
    // typed (pages 3-6); read as it was, "DANH MỤC THỦ TỤC HÀNH CHÍNH …" was its issuing body
    Path partly = file("laichau-qd-1629-2025.pdf");
    assertThatThrownBy(() -> PlanReader.readAny(partly))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("laichau-qd-1629-2025.pdf")
        .hasMessageContaining("a PDF whose first 2 pages of 6 have no text layer");
    // a variant: one page of images before one page of text
    assertThat(PdfSource.leadingPagesWithoutText("\f\n\fQUYẾT ĐỊNH\n")).isEqualTo(1);
    assertThat(PdfSource.leadingPagesWithoutText("\fQUYẾT ĐỊNH\n\f\n")).isZero();
  }

  @Test
  void aPdfHeaderPrintedInTwoColumnsGivesTheIssuingBodyAndTheMottoApart() throws Exception {
    // Nghị quyết 33/2022/NQ-HĐND of Cao Bằng, a Word export: the text layer gave "TỈNH CAO BẰNG Độc
    // lập – Tự do – Hạnh phúc" as one line, so the issuing body stopped at "HỘI ĐỒNG NHÂN DÂN"
    String text = PlanReader.text(file("caobang-nq-33-2022.pdf"));
    assertThat(text).contains("HỘI ĐỒNG NHÂN DÂN\nTỈNH CAO BẰNG\n");
    assertThat(text).contains("\nĐộc lập – Tự do – Hạnh phúc\n");
    DocumentHeader h = header("caobang-nq-33-2022.pdf");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG");
    assertThat(h.place()).contains("Cao Bằng");
    assertThat(h.date().map(Object::toString)).contains("2022-07-15");
  }

  @Test
  void aDocHeaderTypedWithTabStopsGivesTheIssuingBodyApart() throws Exception {
    // Chỉ thị 09/2009/CT-UBND of Bình Dương: "TỈNH BÌNH DƯƠNG⇥Độc lập - Tự do - Hạnh phúc"
    DocumentHeader h = header("binhduong-ct-09-2009.doc");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("09/2009/CT-UBND");
    assertThat(h.place()).contains("Thủ Dầu Một");
    // and its foot: "- UBND các huyện, thị xã;⇥Nguyễn Văn Hiệp" beside the recipients
    assertThat(h.signer()).contains("Nguyễn Văn Hiệp");
  }

  @Test
  void aDocxHeaderTypedWithTabStopsGivesTheIssuingBodyApart(@TempDir Path tmp) throws Exception {
    // a realistic variant: the head and foot of Chỉ thị 09/2009/CT-UBND of Bình Dương (its .doc
    // above) saved as .docx, the columns typed with tab stops as in the .doc
    Path docx = tmp.resolve("binhduong-ct-09-2009.docx");
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String line :
          new String[] {
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH BÌNH DƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
            "",
            "Số: 09/2009/CT-UBND\tThủ Dầu Một, ngày 15  tháng 4  năm 2009",
            "",
            "CHỈ THỊ",
            "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở",
            "\tTrong thời gian qua, hoạt động khoa học và công nghệ cấp sở, ban, ngành, huyện, thị"
                + " xã được tỉnh quan tâm, chỉ đạo.",
            "\tGiao Sở Khoa học và Công nghệ theo dõi, đôn đốc, kiểm tra và định kỳ sáu tháng báo"
                + " cáo Uỷ ban nhân dân tỉnh về kết quả triển khai thực hiện Chỉ thị này./.",
            "Nơi nhận:\tTM. UỶ BAN NHÂN DÂN",
            "- Bộ Khoa học và Công nghệ;\tKT.CHỦ TỊCH",
            "- Cục Kiểm tra VB QPPL (Bộ Tư pháp);\tPHÓ CHỦ TỊCH",
            "- CT, PCT UBND tỉnh;\t(Đã ký)",
            "- UBND các huyện, thị xã;\tNguyễn Văn Hiệp",
            "- Lưu VT."
          }) {
        XWPFRun r = doc.createParagraph().createRun();
        String[] parts = line.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            r.addTab();
          }
          r.setText(parts[i], i);
        }
      }
      try (OutputStream out = Files.newOutputStream(docx)) {
        doc.write(out);
      }
    }
    DocumentHeader h = PlanReader.readAny(docx).header().orElseThrow();
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("09/2009/CT-UBND");
    assertThat(h.signer()).contains("Nguyễn Văn Hiệp");
    // an indent at the start of a paragraph is no column: the body stays as it was
    assertThat(PlanReader.text(docx))
        .contains("Trong thời gian qua, hoạt động khoa học và công nghệ cấp sở");
  }

  @Test
  void aSignatureBlockBesideTheRecipientsGivesTheSigner() throws Exception {
    // the signer's title and name printed to the right of "Nơi nhận:" and its list: in the PDF
    // "– Thường trực HĐND tỉnh; Triệu Đình Lê" was one line, and "CHỦ TỊCH" stood among the items
    assertThat(header("caobang-nq-33-2022.pdf").signer()).contains("Triệu Đình Lê");
    // in the .doc, tab stops: "- UBND các huyện, thị xã;⇥Nguyễn Văn Hiệp"
    assertThat(header("binhduong-ct-09-2009.doc").signer()).contains("Nguyễn Văn Hiệp");
    assertThat(header("bimson-kh-3070-2024.pdf").signer()).contains("Trịnh Tuấn Thành");
  }

  @Test
  void theNumberAndDayStampedAtSigningAreRead() throws Exception {
    // Kế hoạch 3070/KH-UBND of thị xã Bỉm Sơn: exported as "Số:␣␣␣/KH-UBND" and "ngày␣␣tháng␣␣năm
    // 2024"; the signing tool stamped "3070." and "09 … 9" as signature fields one line high
    String text = PlanReader.text(file("bimson-kh-3070-2024.pdf"));
    assertThat(text).contains("Số: 3070.");
    assertThat(text.replaceAll(" +", " ")).contains("Bỉm Sơn, ngày 09 tháng 9 năm 2024");
    DocumentHeader h = header("bimson-kh-3070-2024.pdf");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("3070/KH-UBND");
    assertThat(h.date().map(Object::toString)).contains("2024-09-09");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("UỶ BAN NHÂN DÂN THỊ XÃ BỈM SƠN");
  }

  @Test
  void aValueStampedInABoxTallerThanALineIsReadWhenItStandsOnALineOfText() throws Exception {
    // Quyết định 2858/QĐ-UBND of Hà Nội (unseen24, Tungbeoi/Vietlexibot): "2858", "10" and "6"
    // stamped in signature fields 29 points high over "Số: /QĐ-UBND Hà Nội, ngày tháng năm 2025"
    Path hanoi = unseen24("hanoi-qd-2858-2025.pdf");
    DocumentHeader h = PlanReader.readAny(hanoi).header().orElseThrow();
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("2858/QĐ-UBND");
    assertThat(h.date().map(Object::toString)).contains("2025-06-10");
    // and on page 2 the numbers of the Tờ trình and Báo cáo it cites, stamped alike
    assertThat(PlanReader.text(hanoi).replaceAll(" +", " "))
        .contains("Tờ trình số\n2389/TTr-QHKT-NSH-HTKT ngày 29/5/2025");
    // Quyết định 142/QĐ-UBND of thị trấn Ngãi Giao: "142" in a field 30 points high
    assertThat(
            PlanReader.readAny(unseen24("ngaigiao-qd-142-2024.pdf"))
                .header()
                .orElseThrow()
                .numberSymbol()
                .map(DocumentNumber::format))
        .contains("142/QĐ-UBND");
  }

  private static Path unseen24(String name) throws URISyntaxException {
    return Path.of(
        BinaryLayoutsTest.class
            .getResource("/io/github/cchc/model/corpus/unseen24/" + name)
            .toURI());
  }

  @Test
  void aValueStampedInAFieldOneLineHighIsReadOnItsLineAndATallStampIsNot(@TempDir Path tmp)
      throws Exception {
    // a realistic variant: "Số:" and spaces left for the number, the number in a signature field
    // over them, and above the page a certificate stamp three lines high, which is not drawn
    Path signed = tmp.resolve("signed.pdf");
    try (PDDocument doc = new PDDocument();
        InputStream font =
            BinaryLayoutsTest.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
      PDType0Font f = PDType0Font.load(doc, font);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(f, 13);
        s.newLineAtOffset(85, 700);
        s.showText("Số:            /KH-UBND");
        s.newLineAtOffset(0, -40);
        s.showText("KẾ HOẠCH");
        s.endText();
      }
      page.getAnnotations().add(field(doc, f, new PDRectangle(111, 696, 35, 17), "3070."));
      page.getAnnotations()
          .add(field(doc, f, new PDRectangle(7, 800, 378, 31), "Người ký: CỔNG THÔNG TIN"));
      // a box 29 points high on the title's line: a value filled in that line, drawn
      page.getAnnotations().add(field(doc, f, new PDRectangle(160, 652, 60, 29), "số 12"));
      doc.save(signed.toFile());
    }
    String text = PlanReader.text(signed).replaceAll(" +", " ");
    // the certificate, as tall but over no line of the page's text, is still not drawn
    assertThat(text).contains("Số: 3070.").contains("KẾ HOẠCH số 12").doesNotContain("Người ký");
  }

  /** A widget whose appearance shows {@code value} at the left of its box, as a stamp does. */
  private static PDAnnotationWidget field(
      PDDocument doc, PDType0Font f, PDRectangle rect, String value) throws IOException {
    PDAnnotationWidget w = new PDAnnotationWidget();
    w.setRectangle(rect);
    w.setPage(null);
    PDAppearanceStream ap = new PDAppearanceStream(doc);
    ap.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
    ap.setResources(new PDResources());
    try (PDPageContentStream s = new PDPageContentStream(doc, ap)) {
      s.beginText();
      s.setFont(f, 13);
      s.newLineAtOffset(0, 4);
      s.showText(value);
      s.endText();
    }
    PDAppearanceDictionary d = new PDAppearanceDictionary();
    d.setNormalAppearance(ap);
    w.setAppearance(d);
    return w;
  }

  @Test
  void aParagraphRunningOnToTheNextPageIsNotCutByThePageNumber() throws Exception {
    // Kế hoạch 3070/KH-UBND, the foot of page 2 and the head of page 3: "… còn chưa⏎3⏎⏎cao, …"
    String text = PlanReader.text(file("bimson-kh-3070-2024.pdf"));
    assertThat(text)
        .contains("Khâu tiếp nhận văn bản trực tiếp trách nhiệm còn chưa cao, nghiệp vụ chưa sâu");
    assertThat(text.lines().map(String::strip)).doesNotContain("2", "3", "4", "5", "6");
  }

  @Test
  void wordAnchorsOfDrawnRulesAreNoText() throws Exception {
    // the rule under the title of a .doc is a drawn line anchored at the end of the title (U+0008)
    assertThat(header("binhduong-ct-09-2009.doc").title())
        .contains("Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở");
    assertThat(header("cantho-qd-09-2010.doc").title())
        .contains(
            "Ban hành Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ"
                + " khoa học và công nghệ cấp thành phố");
    assertThat(PlanReader.text(file("binhduong-ct-09-2009.doc"))).doesNotContain("\b");
  }

  @Test
  void theDocumentADecisionAdoptsWithItsOwnHeaderIsCutBeforeThatHeader() throws Exception {
    // Quyết định 15/2010/QĐ-UBND of Hà Nội and, after its signature, the Quy định it adopts under
    // a header of its own ("ỦY BAN NHÂN DÂN⏎THÀNH PHỐ HÀ NỘI⏎CỘNG HÒA …⏎QUY ĐỊNH")
    DocumentHeader h = header("hanoi-qd-15-2010.doc");
    assertThat(h.signer()).contains("Ngô Thị Thanh Hằng");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("15/2010/QĐ-UBND");
  }

  @Test
  void columnsSideBySideAreGivenOneAfterTheOther() {
    // the head of Quyết định 09/2010/QĐ-UBND of Cần Thơ as tab stops would give it
    String head =
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "THÀNH PHỐ CẦN THƠ\tĐộc lập - Tự do - Hạnh phúc\n"
            + "\n"
            + "QUYẾT ĐỊNH\n";
    assertThat(SideBySide.columns(head))
        .isEqualTo(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "\n"
                + "QUYẾT ĐỊNH\n");
    // a tab after the label of a numbered item is an indent, not a second column
    String items = "1.\tPhạm vi điều chỉnh: Nghị quyết này quy định mức thu\na)\tLệ phí cấp mới\n";
    assertThat(SideBySide.columns(items)).isEqualTo(items);
  }

  @Test
  void aPageNumberAloneAtTheHeadOrFootOfAPageIsLeftOut() {
    String pages =
        "\fcác phòng ban.\n- Nguyên nhân: trách nhiệm còn chưa\n\n"
            + "\f3\ncao, nghiệp vụ chưa sâu.\n- 4 -\n\n"
            + "\fTrang 5\nĐiều 2. Hiệu lực.\n";
    assertThat(PdfSource.pages(pages))
        .isEqualTo(
            "các phòng ban.\n- Nguyên nhân: trách nhiệm còn chưa\ncao, nghiệp vụ chưa sâu.\n"
                + "Điều 2. Hiệu lực.\n");
  }
}
