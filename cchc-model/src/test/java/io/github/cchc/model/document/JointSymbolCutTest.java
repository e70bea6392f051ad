package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A joint symbol cut at a hyphen, its rest of several bodies' codes on the line under it (Thông tư
 * liên tịch 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH from the official gazette, corpus
 * unseen63).
 */
class JointSymbolCutTest {
  private static final String HEAD =
      "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \n TÒA ÁN NHÂN DÂN TỐI CAO -  \n"
          + "BỘ CÔNG AN - BỘ QUỐC PHÒNG -  \nBỘ LAO ĐỘNG - THƯƠNG BINH  \nVÀ XÃ HỘI \n"
          + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n \n";
  private static final String TAIL =
      "Hà Nội, ngày 18 tháng 02 năm 2022 \n \nTHÔNG TƯ LIÊN TỊCH \n"
          + "Quy định về phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận \n \n"
          + "Căn cứ Bộ luật Tố tụng hình sự ngày 27 tháng 11 năm 2015; \n";

  @Test
  void theRestOfTheJointSymbolIsJoinedAndIsNoWordOfTheIssuer() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HEAD + "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA-BQP-BLĐTBXH \n" + TAIL);
    assertThat(h.numberSymbol())
        .contains(DocumentNumber.parse("01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH"));
    assertThat(String.join(" ", h.issuingBody())).doesNotContain("TANDTC");
  }

  @Test
  void aWordInCapitalsUnderTheCutIsNoRest() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HEAD + "Số: 01/2022/TTLT-VKSNDTC-\nHƯỚNGDẪNTHỰCHIỆNNAY \n" + TAIL);
    assertThat(h.numberSymbol().map(DocumentNumber::hasSymbol).orElse(false)).isFalse();
  }
}
