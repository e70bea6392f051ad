package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML line-break tags a document site's text layer leaves at the end of its lines. */
class LineBreakTagsTest {

  @Test
  void headerLinesEndingInBrTags() {
    // Thông tư 06/2019/TT-BTTTT on tailieu.vn (corpus unseen19), its hyphens lost by the layer
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "BỘ THÔNG TIN VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\n"
                + "TRUYỀN THÔNG Độc lập Tự do Hạnh phúc <br />\n<br />\n"
                + "Số: 06/2019/TTBTTTT Hà Nội, ngày 19 tháng 7 năm 2019<br />\n<br />\n<br />\n"
                + "THÔNG TƯ<br />\n<br />\n"
                + "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 24/2015/TTBTTTT NGÀY 18 <br />\n"
                + "THÁNG 8 NĂM 2015 CỦA BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG QUY <br />\n"
                + "ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG TÀI NGUYÊN INTERNET<br />\n<br />\n"
                + "Căn cứ Luật Viễn thông ngày 23 tháng 11 năm 2009;<br />\n");
    assertThat(h.documentType()).hasValue(DocumentType.THONG_TU);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("06/2019/TT-BTTTT");
    assertThat(h.title())
        .hasValue(
            "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 24/2015/TTBTTTT NGÀY 18 THÁNG 8 NĂM 2015"
                + " CỦA BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG TÀI"
                + " NGUYÊN INTERNET");
  }

  @Test
  void aBrTagWithoutItsSlashToo() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN<br>\nTỈNH NAM ĐỊNH<br>\n\nSố: 70/KH-UBND<br>\n"
                + "Nam Định, ngày 26 tháng 4 năm 2024<br>\n\nKẾ HOẠCH<br>\n"
                + "TRIỂN KHAI TỔNG KIỂM KÊ TÀI SẢN CÔNG<br>\n\nThực hiện Quyết định số 213/QĐ-TTg;\n");
    assertThat(h.documentType()).hasValue(DocumentType.KE_HOACH);
    assertThat(h.title()).hasValue("TRIỂN KHAI TỔNG KIỂM KÊ TÀI SẢN CÔNG");
  }
}
