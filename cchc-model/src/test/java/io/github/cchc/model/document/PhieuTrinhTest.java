package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Phiếu trình, the internal form by which a provincial office puts an incoming document to its
 * leaders: "PHIẾU TRÌNH" under "UBND TỈNH LÂM ĐỒNG / VĂN PHÒNG" (Phiếu trình 105/PT-NC of the Văn
 * phòng UBND tỉnh Lâm Đồng, 2025, a Word 97 .doc of github.com/vpubnd49/VBAI), read as a Công văn
 * with "PHIẾU TRÌNH" in its issuer before the type was known.
 */
class PhieuTrinhTest {
  /** The head of Phiếu trình 105/PT-NC as its .doc gives it. */
  private static final String PHIEU_TRINH_105 =
      """
      UBND TỈNH LÂM ĐỒNG
      VĂN PHÒNG

      Số: 105/PT-NC

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc




      PHIẾU TRÌNH
      Kính gửi:



      - Lãnh đạo UBND tỉnh;
      - Lãnh đạo Văn phòng UBND tỉnh.




      I. NỘI DUNG TRÌNH/CHỈ ĐẠO
      1. Văn bản/cơ quan, đơn vị: Tờ trình số 298/TTr-CAT-PC04 ngày 24/10/2025 của Công an tỉnh.
      2. Trích yếu: V/v tập trung triển khai thực hiện công tác cai nghiện ma túy tự nguyện tại \
      gia đình, cộng đồng.
      """;

  @Test
  void theHeadingNamesAPhieuTrinhNotPartOfItsIssuer() {
    DocumentHeader h = DocumentHeader.readLeniently(PHIEU_TRINH_105);
    assertThat(h.documentType()).hasValue(DocumentType.PHIEU_TRINH);
    assertThat(h.issuingBody()).containsExactly("UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("105/PT-NC");
    assertThat(h.addressees())
        .containsExactly("Lãnh đạo UBND tỉnh", "Lãnh đạo Văn phòng UBND tỉnh");
  }

  @Test
  void aFormWithItsNumberLeftBlankIsAPhieuTrinhToo() {
    // Phiếu trình of the same office for Tờ trình 83/TTr-CAT(PA05), "Số:         /PT-NC"
    DocumentHeader h =
        DocumentHeader.readLeniently(
            PHIEU_TRINH_105.replace("Số: 105/PT-NC", "Số:         /PT-NC"));
    assertThat(h.documentType()).hasValue(DocumentType.PHIEU_TRINH);
    assertThat(h.issuingBody()).containsExactly("UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG");
  }

  @Test
  void theNameAndTheSymbolCodeParse() {
    assertThat(DocumentType.parse("PHIẾU TRÌNH")).isEqualTo(DocumentType.PHIEU_TRINH);
    assertThat(DocumentType.parse("PT")).isEqualTo(DocumentType.PHIEU_TRINH);
    assertThat(DocumentType.PHIEU_TRINH.fullName()).isEqualTo("Phiếu trình");
    // counter-example: the Tờ trình the form submits keeps its own type
    assertThat(DocumentType.parse("TỜ TRÌNH")).isEqualTo(DocumentType.TO_TRINH);
    assertThat(DocumentNumber.parse("298/TTr-CAT-PC04").type()).hasValue(DocumentType.TO_TRINH);
  }
}
