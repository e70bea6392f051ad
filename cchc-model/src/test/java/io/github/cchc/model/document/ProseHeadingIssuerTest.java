package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The issuer named by an older document's prose heading ("CỦA CHÍNH PHỦ SỐ …") where no issuing
 * body stands above its number: Nghị định 37/2007/NĐ-CP and 29/1998/NĐ-CP as Word copies of the
 * gazette's text give them (a district's document archive; TCVN3 public-domain decrees).
 */
class ProseHeadingIssuerTest {
  @Test
  void theGazettesHeadingNamesTheIssuer() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "NGHỊ ĐỊNH\n"
                + "CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007\n"
                + "VỀ MINH BẠCH TÀI SẢN, THU NHẬP\n\n\n"
                + "CHÍNH PHỦ\n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
                + "Căn cứ Luật Phòng, chống tham nhũng ngày 29 tháng 11 năm 2005;\n"
                + "Xét đề nghị của Tổng Thanh tra,\n\n"
                + "NGHỊ ĐỊNH :\n"
                + "Chương I\n");
    assertThat(h.issuingBody()).containsExactly("CHÍNH PHỦ");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("37/2007/NĐ-CP");
    assertThat(h.title()).hasValue("VỀ MINH BẠCH TÀI SẢN, THU NHẬP");
    // the Prime Minister's, wrapped inside the issuer's words (Chỉ thị 16/2001/CT-TTg, unseen2)
    assertThat(
            ProseHeadingIssuer.of(
                "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY"
                    + " DỰNG KẾ HOẠCH"))
        .hasValue("THỦ TƯỚNG CHÍNH PHỦ");
  }

  @Test
  void aHeadingWithoutItsIssuerOrInSmallLettersNamesNone() {
    assertThat(ProseHeadingIssuer.of("SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007 VỀ MINH BẠCH"))
        .isEmpty();
    assertThat(
            ProseHeadingIssuer.of(
                "của các cơ quan số 37/2007/NĐ-CP ngày 09 tháng 3 năm 2007 về minh bạch"))
        .isEmpty();
  }

  @Test
  void theMottoWithItsDashesSpacedAnyHowIsNoTitle() {
    // a Word table of Phú Thọ's Sở Thông tin và Truyền thông, 2011: "Độc lập- Tự do- Hạnh phúc"
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "\nUBND TỈNH PHÚ THỌ\nSỞ THÔNG TIN & TRUYỀN THÔNG\n\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập- Tự do- Hạnh phúc\n\n\n\n\n"
                + "BẢNG TỔNG HỢP KẾT QUẢ\nPhân loại cán bộ công chức năm 2011\n\nSTT\n\nSở TTTT\n");
    assertThat(h.title()).isNotEqualTo(java.util.Optional.of("Độc lập- Tự do- Hạnh phúc"));
    assertThat(HeaderText.nationalPart("doc lap-tu do-hanh phuc")).isTrue();
    assertThat(HeaderText.nationalPart("doc lap- tu do- hanh phuc")).isTrue();
    // counter-example: a headline with a dash is no part of the motto
    assertThat(HeaderText.nationalPart("tu do - hanh phuc cua nguoi dan la thuoc do")).isFalse();
  }
}
