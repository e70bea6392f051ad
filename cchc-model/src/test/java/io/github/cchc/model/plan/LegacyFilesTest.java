package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentNumber;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published files in the encodings and layouts of the archives, read through the path a user takes
 * ({@link PlanReader#readAny(Path)}, {@link PlanReader#text(Path)}): the files of the corpus set
 * {@code tuning-p} (its README paragraph says where each comes from). Each test names the class and
 * fails before the rule that reads it.
 */
class LegacyFilesTest {
  private static Path file(String name) throws URISyntaxException {
    return Path.of(
        LegacyFilesTest.class.getResource("/io/github/cchc/model/corpus/tuning-p/" + name).toURI());
  }

  private static DocumentHeader header(String name) throws URISyntaxException {
    return PlanReader.readAny(file(name)).header().orElseThrow();
  }

  @Test
  void aDocTypedInVniIsReadInUnicode() throws Exception {
    // Quyết định 991/QĐ-UBND of Bình Phước (2008), VNI-Times: Word cuts each word into runs at its
    // mark characters ("C", "OÄ", "NG HO", "AØ"), so the runs of one font are converted together
    String text = PlanReader.text(file("binhphuoc-qd-991-2008-vni.doc"));
    assertThat(text)
        .contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Số: 991/QĐ-UBND")
        .contains("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;")
        .contains("Trương Tấn Thiệu") // typed in Unicode under the VNI text: kept
        .doesNotContain("QÑ")
        .doesNotContain("TÆNH");
    DocumentHeader h = header("binhphuoc-qd-991-2008-vni.doc");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("991/QĐ-UBND");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
    // a second real VNI file: the Quy định of Cà Mau's Đội kiểm tra liên ngành 814 (2006)
    assertThat(PlanReader.text(file("camau-quy-dinh-814-2006-vni.doc")))
        .startsWith("UỶ BAN NHÂN DÂN\nTỈNH CÀ MAU\n")
        .contains("Quyết định số 41/QĐ-CTUB ngày 30/03/2004 của Chủ tịch UBND tỉnh Cà Mau");
  }

  @Test
  void aCopyOfVniTextIsReadInUnicode() {
    // the text of Quyết định 991/QĐ-UBND of Bình Phước copied out of its .doc without its fonts,
    // as archives and mail keep such text: told from TCVN3 and read as VNI
    String copy =
        "UÛY BAN NHAÂN DAÂN\nTÆNH BÌNH PHÖÔÙC\n\nCOÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\n"
            + "Ñoäc laäp - Töï do - Haïnh phuùc\n\nSoá: 991/QÑ-UBND\n\n"
            + "Ñoàng Xoaøi, ngaøy 14 thaùng5 naêm 2008\n\nQUYEÁT ÑÒNH\n"
            + "Veà vieäc pheâ duyeät Keá hoaïch thöïc hieän quy hoaïch söû duïng röøng, ñaát röøng\n";
    DocumentHeader h =
        PlanReader.readAnyText("binhphuoc-qd-991-2008.txt", copy).header().orElseThrow();
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("991/QĐ-UBND");
    assertThat(h.place()).contains("Đồng Xoài");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
  }

  @Test
  void columnsTypedWithSpacesInADocAreReadColumnAfterColumn() throws Exception {
    // Quyết định 144/2002/QĐ-BTC (TCVN3 .doc): "bé tµi chÝnh⎵⎵⎵…⎵⎵céng hoµ x· héi chñ nghÜa ViÖt
    // nam", the right column set off with 32 spaces, the date line pushed right with 72; the issuer
    // was read as "BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    String text = PlanReader.text(file("btc-qd-144-2002-tcvn3.doc"));
    assertThat(text).startsWith("BỘ TÀI CHÍNH\n-0-\nSố:  144 /2002/QĐ/BTC\n\nCỘNG HOÀ XÃ HỘI");
    assertThat(String.join(" ", header("btc-qd-144-2002-tcvn3.doc").issuingBody()))
        .isEqualTo("BỘ TÀI CHÍNH");
    // the same in the signature block: "Nơi nhận:⎵⎵…⎵⎵KT/ bé tr­ëng bé tµi chÝnh"
    assertThat(text).contains("- Lưu: VP (HC, TH)\n\nKT/ BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG\n");
  }

  @Test
  void blanksOfADraftTypedWithSpacesAreNoColumns() {
    // the number and the day left blank in a draft ("Số:⎵⎵⎵⎵⎵/KH-STTTT", "ngày⎵⎵⎵⎵⎵tháng 12 năm
    // 2011", the Kế hoạch of Phú Thọ's Sở Thông tin và Truyền thông as its .doc was attached)
    assertThat(SideBySide.typed("    Số:      /KH-STTTT\nPhú Thọ, ngày      tháng 12 năm 2011"))
        .isEqualTo("Số:      /KH-STTTT\nPhú Thọ, ngày      tháng 12 năm 2011");
    // two columns typed with spaces, and a right-column line pushed right after them
    assertThat(
            SideBySide.typed(
                "  ĐẢNG BỘ CƠ QUAN UBND            ĐẢNG CỘNG SẢN VIỆT NAM\n"
                    + "      Chi bộ Thanh tra   \n"
                    + "                                        Lệ Thuỷ, ngày  29  tháng 11"))
        .isEqualTo(
            "ĐẢNG BỘ CƠ QUAN UBND\tĐẢNG CỘNG SẢN VIỆT NAM\nChi bộ Thanh tra\n"
                + "\tLệ Thuỷ, ngày  29  tháng 11");
    // a paragraph indented with spaces far from any column is no right column
    assertThat(SideBySide.typed("\n\n                              QUYẾT ĐỊNH"))
        .isEqualTo("\n\nQUYẾT ĐỊNH");
  }

  @Test
  void capitalFacesOfTcvn3FontsInAPdfAreReadInCapitals() throws Exception {
    // Nghị định 109/2004/NĐ-CP as the Ministry of Planning and Investment published it: the header
    // set in .VnTimeH, whose small letters print as capitals; read as "cộng hòa xã hội chủ nghĩa
    // việt nam" and "Chính phủ", the issuer was "NGHỊ ĐỊNH CỦA CHÍNH PHỦ"
    String text = PlanReader.text(file("cp-nd-109-2004-tcvn3.pdf"));
    assertThat(text).startsWith("CHÍNH PHỦ\n").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(String.join(" ", header("cp-nd-109-2004-tcvn3.pdf").issuingBody()))
        .isEqualTo("CHÍNH PHỦ");
    assertThat(PdfSource.tcvn3Face("BADEPR+.VnTimeH,Bold")).isEqualTo(PdfSource.CAPITAL_FACE);
    assertThat(PdfSource.tcvn3Face("FBHPFO+VnTimeHBold")).isEqualTo(PdfSource.CAPITAL_FACE);
    assertThat(PdfSource.tcvn3Face("FBHPLC+VnTimeBoldItalic")).isEqualTo(PdfSource.TCVN3_FACE);
    assertThat(PdfSource.tcvn3Face("GDNPNI+VnTime")).isEqualTo(PdfSource.TCVN3_FACE);
    assertThat(PdfSource.tcvn3Face("TimesNewRoman")).isZero();
    assertThat(PdfSource.tcvn3Face("ABCDEF+Verdana")).isZero();
  }

  @Test
  void tcvn3GlyphsAPdfNamesAsMathSignsAreLetters() throws Exception {
    // Thông tư 01/2006/TT-NHNN: the export named the glyphs at 0xAD (ư) and 0xB7 (ã) "minus" and
    // "periodcentered", so the text layer gives "Thñ t−íng" and "b¶o l∙nh"; the same in Quyết định
    // 115/2004/QĐ-TTg of the same site
    String text = PlanReader.text(file("nhnn-tt-01-2006-tcvn3.pdf"));
    assertThat(text)
        .contains("Thủ tướng Chính phủ")
        .contains("Quỹ bảo lãnh tín dụng")
        .doesNotContain("−")
        .doesNotContain("∙");
    assertThat(PlanReader.text(file("ttg-qd-115-2004-tcvn3.pdf")))
        .contains("Theo đề nghị của Bộ trưởng Bộ Tài chính,");
  }

  @Test
  void aSignatureAndRecipientsOfAPdfAreNotJoinedAsWrappedLines() throws Exception {
    // Thông tư 01/2006/TT-NHNN: "KT. THỐNG ĐỐC⏎phó Thống đốc" (the second line typed in small
    // letters) was joined as a wrapped line, and "- Thủ tướng và các Phó Thủ tướng⏎Chính phủ (để
    // b/c);", a recipient wrapped at the narrow column, ended the list at "Chính phủ": no signer
    String text = PlanReader.text(file("nhnn-tt-01-2006-tcvn3.pdf"));
    assertThat(text)
        .contains("- Thủ tướng và các Phó Thủ tướng Chính phủ (để b/c);\n- Ban lãnh đạo NHNN;")
        .contains("\n\nKT. THỐNG ĐỐC\nphó Thống đốc\n(đã ký)\nNguyễn Đồng Tiến\n");
    assertThat(header("nhnn-tt-01-2006-tcvn3.pdf").signer()).contains("Nguyễn Đồng Tiến");
    // a type line in capitals over its title in small letters stays a line of its own; a sentence
    // wrapped before a small letter is still joined, and a list outside "Nơi nhận:" is left alone
    assertThat(
            PdfSource.paragraphs(
                "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH\nvề việc sửa đổi mức thuế suất\n"
                    + "Căn cứ Luật Tổ chức Chính phủ\nngày 25 tháng 12 năm 2001;\n"
                    + "- Giao Sở Nội vụ chủ trì\nCông an tỉnh phối hợp.\n"))
        .startsWith(
            "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH\nvề việc sửa đổi mức thuế suất\n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
                + "- Giao Sở Nội vụ chủ trì\nCông an tỉnh phối hợp.\n");
  }

  @Test
  void spacesAStripperPutsBeforeTheSlashesOfANumberAreDropped() throws Exception {
    // Quyết định 115/2004/QĐ-TTg (mpi.gov.vn): its TCVN3 glyphs are drawn narrower than their
    // advance, so the prose heading read "SỐ 115 /2004 /QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004": no number
    DocumentHeader h = header("ttg-qd-115-2004-tcvn3.pdf");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("115/2004/QĐ-TTg");
    assertThat(h.date().map(Object::toString)).contains("2004-06-25");
    // a variant: the number typed into a blank ("Số: 28 /2003/NĐ-CP"); a ratio is left alone
    assertThat(PdfSource.symbols("Số: 28 /2003/NĐ-CP\ntỷ lệ 5 / 10 và 3 /năm"))
        .isEqualTo("Số: 28/2003/NĐ-CP\ntỷ lệ 5 / 10 và 3 /năm");
  }

  @Test
  void aSpaceAStripperPutsBeforeACommaIsDropped() throws Exception {
    // the same heading read "VỀ VIỆC SỬA ĐỔI ,  BỔ SUNG": the title had a space before its comma
    assertThat(header("ttg-qd-115-2004-tcvn3.pdf").title().orElseThrow().replaceAll("\\s+", " "))
        .startsWith("VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY CHẾ THÀNH LẬP,");
    // a column's run of spaces before a comma, and a comma after a digit, are left alone
    assertThat(PdfSource.symbols("SỬA ĐỔI ,  BỔ SUNG\nngày  29/5/2025       ,\nsố 81 , ngày"))
        .isEqualTo("SỬA ĐỔI,  BỔ SUNG\nngày  29/5/2025       ,\nsố 81 , ngày");
  }

  @Test
  void theNationalTitleHeadsTheRightColumnHoweverNarrowTheGap() throws Exception {
    // Thông tư 01/2006/TT-NHNN: "NGÂN HÀNG NHÀ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", the two
    // columns two spaces apart in the text layer; the issuer was read as empty
    assertThat(PlanReader.text(file("nhnn-tt-01-2006-tcvn3.pdf")))
        .startsWith("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
    assertThat(String.join(" ", header("nhnn-tt-01-2006-tcvn3.pdf").issuingBody()))
        .isEqualTo("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM");
    // a realistic variant: a ward's header whose motto came out on the issuer's second line
    assertThat(
            SideBySide.columns(
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    + "PHƯỜNG BẾN NGHÉ Độc lập - Tự do - Hạnh phúc\n"))
        .isEqualTo(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN NGHÉ\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n");
    // in a sentence the national name is no column
    String sentence = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013\n";
    assertThat(SideBySide.columns(sentence)).isEqualTo(sentence);
  }

  @Test
  void aDocxTypedInLegacyFontsIsReadInUnicode(@TempDir Path tmp) throws Exception {
    // a realistic variant: the head of Quyết định 144/2002/QĐ-BTC (its .doc above) saved as .docx,
    // runs keeping their .VnTimeH and .VnTime fonts and bytes, the columns typed with spaces; and
    // the national title of Quyết định 991/QĐ-UBND of Bình Phước in VNI-Times, cut into runs at
    // its marks as Word cut it in the .doc
    Path docx = tmp.resolve("btc-qd-144-2002.docx");
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph head = doc.createParagraph();
      run(head, "bé tµi chÝnh                                ", ".VnTimeH");
      run(head, "céng hoµ x· héi chñ  nghÜa ViÖt nam", ".VnTimeH");
      run(doc.createParagraph(), "Sè:  144 /2002/Q§/BTC", ".VnTime");
      run(doc.createParagraph(), "Hµ néi, ngµy  22  th¸ng 11 n¨m 2002", ".VnTime");
      XWPFParagraph vni = doc.createParagraph();
      for (String part : new String[] {"C", "OÄ", "NG HO", "AØ", " X", "AÕ", " H", "OÄ", "I"}) {
        run(vni, part, "VNI-Times");
      }
      run(doc.createParagraph(), "vÒ viÖc söa ®æi møc thuÕ suÊt", ".VnTime");
      try (OutputStream out = Files.newOutputStream(docx)) {
        doc.write(out);
      }
    }
    assertThat(PlanReader.text(docx))
        .startsWith(
            "BỘ TÀI CHÍNH\n\nCỘNG HOÀ XÃ HỘI CHỦ  NGHĨA VIỆT NAM\n\nSố:  144 /2002/QĐ/BTC\n")
        .contains("Hà nội, ngày  22  tháng 11 năm 2002")
        .contains("CỘNG HOÀ XÃ HỘI")
        .contains("về việc sửa đổi mức thuế suất");
  }

  private static void run(XWPFParagraph p, String text, String font) {
    XWPFRun r = p.createRun();
    r.setFontFamily(font);
    r.setText(text);
  }
}
