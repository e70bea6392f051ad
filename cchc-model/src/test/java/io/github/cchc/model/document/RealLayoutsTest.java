package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headers and citations as web copies and exports of real documents lay them out (issue 16): the
 * strings are from the corpus (test resources {@code io/github/cchc/model/corpus}) and the issue.
 */
class RealLayoutsTest {
  @Test
  void aDateLineWrappedAfterTheDay() {
    DocumentHeader h =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 12/KH-UBND\n\nPhú Thọ, ngày 13\ntháng 02 năm"
                + " 2025\n\nKẾ HOẠCH\nCải cách hành chính năm 2025\n");
    assertThat(h.place()).contains("Phú Thọ");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2025, 2, 13)));
    assertThat(h.title()).contains("Cải cách hành chính năm 2025");
  }

  @Test
  void aDateLineWrappedAfterNgayAndANumberOnTheNextLine() {
    // Quyết định 06/2024/QĐ-UBND of Kon Tum as thuvienphapluat.vn lays out its header table
    DocumentHeader h =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n06/2024/QĐ-UBND\n|\n"
                + "Kon Tum, ngày\n25 tháng 01 năm 2024\n|\nQUYẾT\nĐỊNH\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO"
                + " ĐỊNH KỲ\nTRÊN ĐỊA BÀN TỈNH KON TUM\nỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật"
                + " Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n");
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH KON TUM");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("06/2024/QĐ-UBND");
    assertThat(h.place()).contains("Kon Tum");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2024, 1, 25)));
    assertThat(h.documentType()).contains(DocumentType.QUYET_DINH);
    assertThat(h.title()).contains("QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH KON TUM");
  }

  @Test
  void strayTableBarsAfterTheDateLine() {
    DocumentHeader h =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 30/2018/QĐ-UBND |"
                + " Hải Phòng, ngày 09 tháng 10 năm 2018 |\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ TRÁCH"
                + " NHIỆM\nỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\nCăn cứ Luật Cán bộ, công chức ngày"
                + " 13 tháng 11 năm 2008;\n");
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN");
    assertThat(h.place()).contains("Hải Phòng");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2018, 10, 9)));
    assertThat(h.title()).contains("BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM");
  }

  @Test
  void aTitleStopsBeforeTheBody() {
    // Kế hoạch 87/KH-UBND of Tuyên Quang: no blank line between the title and "Thực hiện ..."
    DocumentHeader h =
        DocumentHeader.read(
            "Số: 87/KH-UBND\nTuyên Quang, ngày\n10 tháng 12 năm 2013\nKẾ HOẠCH\nCẢI\nCÁCH HÀNH"
                + " CHÍNH TỈNH TUYÊN QUANG NĂM 2014\nThực hiện Nghị quyết số 30c/NQ-CP ngày"
                + " 08/11/2011 của Chính phủ;\nI. MỤC TIÊU\n");
    assertThat(h.title()).contains("CẢI CÁCH HÀNH CHÍNH TỈNH TUYÊN QUANG NĂM 2014");
  }

  @Test
  void aDocumentWithoutItsHeadingHasTheTypeOfItsSymbol() {
    DocumentHeader h =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 4851/KH-UBND | Bình"
                + " Dương, ngày 11 tháng 10 năm 2018 |\nCăn cứ Quyết định số 2071/QĐ-UBND ngày"
                + " 27/7/2018 của Ủy ban nhân dân tỉnh;\n");
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.article()).isFalse();
  }

  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aNumberWithALetter() {
    assertThat(numbers("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ"))
        .containsExactly("30c/NQ-CP");
  }

  @Test
  void aLawOrAReportCitedByNameBeforeItsNumber() {
    assertThat(
            numbers(
                "Căn cứ Luật Tổ chức chính phủ số 76/2015/QH13 ngày 19 tháng 6 năm 2015; Báo cáo"
                    + " thẩm định số 18/BCTĐ-STP ngày 25 tháng 5 năm 2018 của Sở Tư pháp."))
        .containsExactly("76/2015/QH13", "18/BCTĐ-STP");
    List<Citation> c = CitationExtractor.extract("Luật Tổ chức chính phủ số 76/2015/QH13");
    assertThat(c.get(0).type()).isEqualTo(DocumentType.LUAT);
    // a number word alone is no citation: "số" needs a number and symbol after it
    assertThat(numbers("Kế hoạch chuyển đổi số năm 2024 đạt 5 chỉ tiêu")).isEmpty();
  }

  @Test
  void aStraySpaceInsideASymbol() {
    assertThat(
            numbers(
                "Nghị quyết số 35/NQ- CP ngày 16/5/2016 của Chính phủ; Chỉ thị 11/CT- UBND tăng"
                    + " cường kỷ cương; Nghị quyết Số 154- NQ/TU thống nhất"))
        .containsExactly("35/NQ-CP", "11/CT-UBND", "154-NQ/TU");
  }

  @Test
  void twoUnitsJoinedByAnAmpersand() {
    assertThat(numbers("Công văn số 2231/SNV-CCHC&PC ngày 28 tháng 9 năm 2018"))
        .containsExactly("2231/SNV-CCHC&PC");
    assertThat(numbers("Công văn số 2231/SNV-CCHC& ngày 28/9/2018")).isEmpty();
  }

  @Test
  void anIssuerWrappedOverTwoLines() {
    Citation c =
        CitationExtractor.extract(
                "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính\nphủ quy định việc cung cấp")
            .get(0);
    assertThat(c.issuer()).contains("Chính phủ");
  }

  @Test
  void aListIndexGluedToTheName() {
    assertThat(
            numbers(
                "- 1Nghị định 93/2001/NĐ-CP quy định phân cấp\n- 10Nghị quyết 99/NQ-CP năm 2020"))
        .containsExactly("93/2001/NĐ-CP", "99/NQ-CP");
  }

  @Test
  void symbolsThatLostTheirHyphenInAPdfTextLayer() {
    // Quyết định 1961/QĐ-UBND of Kiên Giang as 123docz.net extracts its PDF: every hyphen gone
    DocumentHeader h =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN \nTỈNH KIÊN GIANG\n\nSố: 1961/QĐUBND\n\nCỘNG HÒA XàHỘI CHỦ NGHĨA"
                + " VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc \n\nKiên Giang, ngày 28 tháng 8 năm 2019\n\n"
                + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\nCăn cứ Luật"
                + " Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("1961/QĐ-UBND");
    assertThat(
            numbers(
                "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ; Căn cứ"
                    + " Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính"
                    + " phủ; Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018"))
        .containsExactly("30c/NQ-CP", "01/2018/TT-VPCP", "2468/QĐ-UBND");
    // a code that merely starts like a type, with its other hyphen still there, is left whole
    assertThat(numbers("Báo cáo thẩm định số 18/BCTĐ-STP ngày 25 tháng 5 năm 2018"))
        .containsExactly("18/BCTĐ-STP");
  }

  @Test
  void aDateLineWithoutItsComma() {
    // Quyết định 1565/QĐ-TTg as nhansu.vn lays it out: "Hà Nội ngày 18 tháng 7 năm 2025"
    DocumentHeader h =
        DocumentHeader.read(
            "THỦ TƯỚNG CHÍNH PHỦ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 1565/QĐ-TTg |\n"
                + "Hà Nội ngày 18 tháng 7 năm 2025 |\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức"
                + " Chính phủ ngày 18 tháng 02 năm 2025;\n");
    assertThat(h.place()).contains("Hà Nội");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2025, 7, 18)));
  }

  @Test
  void aNewsPageHeadlineIsItsTitle() {
    // mangyang.gialai.gov.vn: a menu, the headline, the publication date, the lead
    DocumentHeader h =
        DocumentHeader.read(
            "Giới thiệu  |   Liên hệ \n\nĐến năm 2025, 80% hồ sơ thủ tục hành chính được xử lý"
                + " hoàn toàn trực tuyến\n\n22/08/2022\nVăn phòng UBND tỉnh Gia Lai vừa có Công văn"
                + " truyền đạt ý kiến của UBND tỉnh.\n");
    assertThat(h.article()).isTrue();
    assertThat(h.title())
        .contains("Đến năm 2025, 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến");
    // a site's banner is followed by the headline, not by a date or a lead: not a title
    DocumentHeader banner =
        DocumentHeader.read(
            "Chào mừng dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9\n\nLãnh đạo Sở"
                + " Công Thương đã tham dự họp, dự nghe BÁO CÁO TÓM TẮT Chuyển đổi số quốc gia\n\n"
                + "Chủ nhật - 26/02/2023 19:52\nHội nghị trực tuyến toàn quốc về chuyển đổi số năm"
                + " 2023 đã được tổ chức.\n");
    assertThat(banner.title())
        .contains(
            "Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe BÁO CÁO TÓM TẮT Chuyển đổi số"
                + " quốc gia");
    // a source tag between the headline and the lead ("(Mic.gov.vn) -")
    DocumentHeader tagged =
        DocumentHeader.read(
            "Khánh Hoà giao chỉ tiêu hồ sơ tiếp nhận, giải quyết trực tuyến tới cấp xã, phường,"
                + " thị trấn năm 2022\n\n(Mic.gov.vn) - \n\nNgày 22/3/2022, UBND tỉnh Khánh Hoà"
                + " đã ban hành Quyết định 752/QĐ-UBND về việc giao chỉ tiêu.\n");
    assertThat(tagged.title())
        .contains(
            "Khánh Hoà giao chỉ tiêu hồ sơ tiếp nhận, giải quyết trực tuyến tới cấp xã, phường,"
                + " thị trấn năm 2022");
  }

  @Test
  void theSignerFromTheBlockOrASitesTableOfProperties() {
    // Quyết định 2165/QĐ-UBND of Hòa Bình as phapluatcongdong.vn gives it: the block cut off
    DocumentHeader table =
        DocumentHeader.read(
            "Số hiệu: | 2165/QĐ-UBND | Loại văn bản: | Quyết định |\nNơi ban hành: | Tỉnh Hòa Bình"
                + " | Người ký: | Nguyễn Văn Quang |\nNgày ban hành: | 31/10/2017 |\nỦY BAN NHÂN DÂN"
                + " |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2165/QĐ-UBND |\nHòa Bình, ngày 31"
                + " tháng 10 năm 2017 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCăn cứ Luật Tổ chức"
                + " chính quyền địa phương ngày 19/6/2015;\n");
    assertThat(table.signer()).contains("Nguyễn Văn Quang");
    assertThat(table.signature()).isEmpty();
    // the seed of Sở Nông nghiệp và PTNT: the name under "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
    DocumentHeader block =
        DocumentHeader.read(
            "KẾ HOẠCH\n\nNâng cao Chỉ số cải cách hành chính năm 2024\n\nNội dung.\n\nNơi"
                + " nhận:\n\n- Sở Nội vụ;\n- Lưu: VT, VP.\n\n**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\n"
                + "Nguyễn Phúc Đạt\n");
    assertThat(block.signer()).contains("Nguyễn Phúc Đạt");
    // a news page names people, none of them a signer
    assertThat(
            DocumentHeader.read(
                    "(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị"
                        + " 11/CT- UBND tăng cường kỷ cương, kỷ luật hành chính.\n")
                .signer())
        .isEmpty();
  }

  @Test
  void aReportWhoseHeadingQualifiesItsType() {
    // the "BÁO CÁO TÓM TẮT Chuyển đổi số quốc gia" Sở Công Thương Đồng Nai published (2023)
    String report =
        "BÁO CÁO TÓM TẮT\n\nChuyển đổi số quốc gia\n\n(Phục vụ Phiên họp lần thứ năm của Ủy ban"
            + " Quốc gia về chuyển đổi số\n\nHội nghị trực tuyến toàn quốc về chuyển đổi số năm"
            + " 2023)\n\nChuyển đổi số không chỉ là xu hướng mà đã trở thành yêu cầu tất yếu khách"
            + " quan đối với mỗi quốc gia và trong mọi lĩnh vực.\n";
    DocumentHeader h = DocumentHeader.read(report);
    assertThat(h.documentType()).contains(DocumentType.BAO_CAO);
    assertThat(h.article()).isFalse();
    assertThat(h.title()).contains("Chuyển đổi số quốc gia");
    // as a PDF text layer gives it, without blank lines: the title stops at the bracketed purpose
    DocumentHeader pdf = DocumentHeader.read(report.replace("\n\n", "\n"));
    assertThat(pdf.title()).contains("Chuyển đổi số quốc gia");
    // a qualifier alone is not a type, and the same heading quoted after a news page's lead is
    // not the page's heading
    assertThat(DocumentHeaderReader.headingType("TÓM TẮT SƠ KẾT")).isNull();
    DocumentHeader news =
        DocumentHeader.read(
            "Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe BÁO CÁO TÓM TẮT Chuyển đổi số quốc"
                + " gia\n\nChủ nhật - 26/02/2023 19:52\nHội nghị trực tuyến toàn quốc về chuyển đổi"
                + " số năm 2023 đã được tổ chức vào lúc 08h00 ngày 25/02/2023, Lãnh đạo Sở Công"
                + " Thương đã tham dự họp, dự nghe báo cáo tóm tắt Chuyển đổi số quốc gia, cụ thể"
                + " như sau:\n\n"
                + report);
    assertThat(news.article()).isTrue();
  }
}
