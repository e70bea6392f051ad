package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The prose heading of the Government's older documents ("NGHỊ ĐỊNH⏎CỦA CHÍNH PHỦ SỐ … NGÀY … VỀ
 * …") as legal-document sites copy it, and their header table flattened row by row (corpus
 * tuning-h).
 */
class OldProseHeadingsTest {

  /** Nghị định 61/1998/NĐ-CP on a thuvienphapluat mirror: "1998VỀ" glued by the copy. */
  private static final String ND_61 =
      "CHÍNH\nPHỦ\n********\n|\nCỘNG\nHOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          + "********\n|\nSố:\n61/1998/NĐ-CP\n|\nHà\nNội, ngày 15 tháng 8 năm 1998\n|\nNGHỊ ĐỊNH\n"
          + "CỦA CHÍNH PHỦ SỐ 61/1998/NĐ-CP NGÀY 15 THÁNG 8 NĂM 1998VỀ CÔNG\n"
          + "TÁC THANH TRA, KIỂM TRA ĐỐI VỚI CÁC DOANH NGHIỆP\nCHÍNH PHỦ\n"
          + "Căn cứ Luật tổ chức Chính phủ\nngày 30 tháng 9 năm 1992;\n";

  /** Nghị định 101-CP of 1997 on luatvietnam: the header's rows, the heading in small letters. */
  private static final String ND_101 =
      "tải Nghị định 101-CP\nCHÍNH PHỦ Số: 101-CP |\n"
          + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 23 tháng 9 năm 1997 |\nNGHỊ ĐỊNH\n"
          + "Của Chính phủ số 101-CP ngày 23 tháng 9 năm 1997 quy định chi tiết thi hành một số"
          + " điều của Luật ban hành văn bản quy phạm pháp luật\nCHÍNH PHỦ\n"
          + "Căn cứ và Luật Tổ chức Chính phủ ngày 30 th\n";

  @Test
  void headingWithTheYearGluedToVe() {
    DocumentHeader h = DocumentHeader.readLeniently(ND_61);
    assertThat(h.title()).hasValue("VỀ CÔNG TÁC THANH TRA, KIỂM TRA ĐỐI VỚI CÁC DOANH NGHIỆP");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("61/1998/NĐ-CP");
    // the heading's own number is not a citation
    assertThat(CitationExtractor.extract(ND_61)).isEmpty();
  }

  @Test
  void headingOfTheIssuerWithASubjectWithoutVe() {
    DocumentHeader h = DocumentHeader.readLeniently(ND_101);
    assertThat(h.title())
        .hasValue(
            "quy định chi tiết thi hành một số điều của Luật ban hành văn bản quy phạm pháp luật");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("101-CP");
    assertThat(h.date().map(Object::toString)).hasValue("1997-09-23");
    // the rows of the header's table: the issuer's cell and the number's; the national title's
    // cell and the date line's
    assertThat(h.issuingBody()).containsExactly("CHÍNH PHỦ");
    assertThat(h.place()).hasValue("Hà Nội");
    // the site's "tải" line names it; the heading's number is the document's own
    assertThat(CitationExtractor.extract(ND_101)).hasSize(1);
  }

  @Test
  void signerInTheSitesListOfPropertiesAfterTheText() {
    // Quyết định 215-NQ/QHK6 of 1978 on hethongphapluat.vn (corpus tuning-h)
    String text =
        "UỶ BAN THƯỜNG VỤ QUỐC HỘI | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            + "Số: 215-NQ/QHK6 | Hà Nội, ngày 17 tháng 04 năm 1978 |\nQUYẾT ĐỊNH\n"
            + "PHÊ CHUẨN VIỆC THÀNH LẬP VIỆN NGHIÊN CỨU QUẢN LÝ KINH TẾ, MỘT CƠ QUAN NGANG BỘ\n"
            + "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ vào điều 53 của Hiếp pháp năm 1959;\n"
            + "QUYẾT NGHỊ:\nPhê chuẩn việc thành lập Viện nghiên cứu quản lý kinh tế.\n"
            + "HIỆU LỰC VĂN BẢN\n- Số hiệu: 215-NQ/QHK6\n- Loại văn bản: Quyết định\n"
            + "- Người ký: Trường Chinh\n- Ngày công báo: Đang cập nhật\n";
    assertThat(DocumentHeader.readLeniently(text).signer()).hasValue("Trường Chinh");
    // two lists naming two signers: none is taken
    assertThat(DocumentHeader.readLeniently(text + "- Người ký: Nguyễn Văn An\n").signer())
        .isEmpty();
  }

  @Test
  void proseHeadingUnderTheSitesMenu() {
    // Chỉ thị 120-HĐBT of 1982 on luatvietnam (corpus tuning-h): no "Số:" line, no national title
    String text =
        "Chỉ thị về sắp xếp lại các cơ sở sản xuất và xây dựng\n\n • Thuộc tính\n • Nội dung\n"
            + " • VB gốc\n\nBáo lỗi\nTình trạng hiệu lực: Đã biết\n\nCHỈ THỊ\n\n"
            + "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 120-HĐBT NGÀY 17-7-1982 VỀ\n"
            + "SẮP XẾP LẠI CÁC CƠ SỞ SẢN XUẤT VÀ XÂY DỰNG\n\n \n\n"
            + "Nền kinh tế nước ta do những hậu quả của chiến tranh để lại.\n";
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.documentType()).hasValue(DocumentType.CHI_THI);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("120-HĐBT");
    assertThat(h.date().map(Object::toString)).hasValue("1982-07-17");
    assertThat(h.title()).hasValue("VỀ SẮP XẾP LẠI CÁC CƠ SỞ SẢN XUẤT VÀ XÂY DỰNG");
    // a news page with a type's name in capitals and no prose heading stays a news page
    DocumentHeader news =
        DocumentHeader.readLeniently(
            "Tin tức\n\nCHỈ THỊ\n\nThủ tướng yêu cầu tăng cường kỷ luật hành chính trong năm"
                + " 2025 ở mọi cấp\n\nNgày 12/3, Thủ tướng Chính phủ đã ký ban hành chỉ thị"
                + " về tăng cường kỷ luật, kỷ cương hành chính.\n");
    assertThat(news.numberSymbol()).isEmpty();
  }

  @Test
  void typeAndItsIssuerOnTheHeadingsLine() {
    // Nghị định 109/2004/NĐ-CP, the PDF's text layer (corpus tuning-p)
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "CHÍNH PHỦ\n-------------\nSố: 109/2004/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------------------------\n\n"
                + "Hà nội, ngày 02 tháng 4 năm 2004\n\n\nNGHỊ ĐỊNH CỦA CHÍNH PHỦ\n"
                + "Về đăng ký kinh doanh\n\n\nCHÍNH PHỦ\n\n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n");
    assertThat(h.documentType()).hasValue(DocumentType.NGHI_DINH);
    assertThat(h.title()).hasValue("Về đăng ký kinh doanh");
    assertThat(h.place()).hasValue("Hà Nội");
    // a prose heading with its number on the line is not a heading of type and issuer alone
    assertThat(DocumentHeaderReader.headingType("NGHỊ ĐỊNH CỦA CHÍNH PHỦ"))
        .isEqualTo(DocumentType.NGHI_DINH);
    assertThat(
            DocumentHeaderReader.headingType(
                "QUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 67-HĐBT NGÀY 8 THÁNG 4 NĂM 1982"))
        .isNull();
  }

  @Test
  void proseHeadingWithSpacesBeforeTheSymbolsSlashes() {
    // Quyết định 115/2004/QĐ-TTg, the PDF's text layer (corpus tuning-p)
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "QUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 115 /2004 /QĐ-TTG\n"
                + "NGÀY 25  THÁNG 6  NĂM 2004  VỀ VIỆC SỬA ĐỔI ,  BỔ SUNG\n"
                + "QUY CHẾ THÀNH LẬP, TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO LÃNH TÍN DỤNG\n"
                + "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("115/2004/QĐ-TTg");
    assertThat(h.date().map(Object::toString)).hasValue("2004-06-25");
  }

  @Test
  void clerksCodeUnderTheMottoIsNotTheIssuers() {
    // Quyết định 256/2004/QĐ-UB of Cần Thơ, the .doc (corpus tuning-p)
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nXV80\n\nSố:  256 /2004/QĐ-UB\n\n"
                + "TP.Cần Thơ, ngày  01 tháng  7 năm 2004\n\n\n"
                + "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nV/v ban hành Chương trình\n");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ");
  }
}
