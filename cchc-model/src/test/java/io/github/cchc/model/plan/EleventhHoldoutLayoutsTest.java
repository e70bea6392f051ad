package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * Headers of three classes the twelfth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen12}) missed on its first run: from the Báo cáo of huyện Giồng
 * Trơm that 123docz shows as text, the national title with a letter of "HÒA" misprinted ("CỘNG HỊA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM"), which was read as part of the issuing body, and a title in sentence
 * case followed by its "Kính gửi:" line, which was read as the title's end; and a joint circular
 * headed "THÔNG TƯ" over its "TTLT" symbol.
 */
class EleventhHoldoutLayoutsTest {
  private static DocumentHeader header(String text) {
    return PlanReader.readAnyText("page.txt", text).header().orElseThrow();
  }

  /** The head of the Báo cáo of huyện Giồng Trơm (123docz.net), its number and day left blank. */
  private static final String GIONG_TROM =
      """
      ỦY BAN NHÂN DÂN
      HUYỆN GIỒNG TRƠM

      Số:

      /BC-UBND

      CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM

      Độc lập - Tự do - Hạnh phúc
      Giồng Trơm, ngày

      tháng 11 năm 2023

      BÁO CÁO
      Tình hình thực hiện các mục tiêu phát triển
      bền vững trên địa bàn huyện Giồng Trơm năm 2023
      Kính gửi: Sở Kế hoạch và Đầu tư
      Thực hiện Công văn số 3338/SKHĐT-TH ngày 19 tháng 11 năm 2023
      của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện các mục tiêu
      """;

  @Test
  void aMisprintedNationalTitleIsNoIssuer() {
    assertThat(String.join(" ", header(GIONG_TROM).issuingBody()))
        .isEqualTo("ỦY BAN NHÂN DÂN HUYỆN GIỒNG TRƠM");
    // the same head with the title written right stays as it was
    assertThat(String.join(" ", header(GIONG_TROM.replace("CỘNG HỊA", "CỘNG HÒA")).issuingBody()))
        .isEqualTo("ỦY BAN NHÂN DÂN HUYỆN GIỒNG TRƠM");
  }

  @Test
  void aKinhGuiLineEndsTheTitle() {
    assertThat(header(GIONG_TROM).title())
        .contains(
            "Tình hình thực hiện các mục tiêu phát triển bền vững trên địa bàn huyện Giồng Trơm"
                + " năm 2023");
    // a Kế hoạch of a sở with "Kính gửi" under a title of one line
    String plan =
        """
        SỞ NỘI VỤ TỈNH LONG AN
        Số: 15/KH-SNV
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Long An, ngày 10 tháng 3 năm 2025

        KẾ HOẠCH
        Kiểm tra công tác cải cách hành chính năm 2025
        Kính gửi: Các phòng, đơn vị thuộc Sở
        Thực hiện Kế hoạch số 100/KH-UBND ngày 5 tháng 1 năm 2025 của UBND tỉnh.
        """;
    assertThat(header(plan).title()).contains("Kiểm tra công tác cải cách hành chính năm 2025");
  }

  /** Thông tư liên tịch 01/2004/TTLT/BVHTT-BYT as vbpl.vn's Hậu Giang copy gives it. */
  private static final String TTLT_01 =
      """
      BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ
      Số: 01/2004/TTLT/BVHTT-BYT
      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Hậu Giang, ngày 12 tháng 1 năm 2004

      THÔNG TƯ

      Hướng dẫn về hoạt động quảng cáo trong lĩnh vực y tế

      Căn cứ Pháp lệnh Quảng cáo số 39/2001/PL-UBTVQH ngày 16 tháng 11 năm 2001;
      """;

  @Test
  void aJointCircularHeadedThongTu() {
    assertThat(header(TTLT_01).documentType()).contains(DocumentType.THONG_TU_LIEN_TICH);
    // its symbol written with a hyphen
    assertThat(
            header(TTLT_01.replace("01/2004/TTLT/BVHTT-BYT", "02/2011/TTLT-VPCP-BNV"))
                .documentType())
        .contains(DocumentType.THONG_TU_LIEN_TICH);
    // a circular of one ministry stays a Thông tư
    assertThat(header(TTLT_01.replace("01/2004/TTLT/BVHTT-BYT", "08/2004/TT-BNV")).documentType())
        .contains(DocumentType.THONG_TU);
  }
}
