package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentHeader;
import org.junit.jupiter.api.Test;

/**
 * Classes of headers the tenth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen10}) missed on its first run, each with the lines of the real
 * page: a title in sentence case wrapped over a blank line, and a decision followed by the plan it
 * adopts, its "Nơi nhận" items wrapped, whose signature stood between them.
 */
class TenthHoldoutLayoutsTest {
  private static DocumentHeader header(String text) {
    return PlanReader.readAnyText("page.txt", text).header().orElseThrow();
  }

  /** Thông tư 08/2004/TT-BNV as vbpl.vn's Điện Biên copy gives it. */
  private static final String TT_08 =
      """
      BỘ NỘI VỤ
      Số: 08/2004/TT-BNV
      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Điện Biên, ngày 19 tháng 2 năm 2004

      THÔNG TƯ

      Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003

      của Chính phủ về chế độ công chức dự bị

      ________________

      Thi hành Nghị định số 115/2003/NĐ-CP ngày 10 tháng 10 năm 2003 của Chính phủ về chế độ công\
       chức dự bị, Bộ Nội vụ hướng dẫn thực hiện như sau:
      """;

  @Test
  void aTitleWrappedOverABlankLine() {
    assertThat(header(TT_08).title())
        .contains(
            "Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003 của Chính phủ về chế"
                + " độ công chức dự bị");
    // a body paragraph after the blank line opens with a capital: not the title's
    assertThat(header(TT_08.replace("của Chính phủ về chế độ công chức dự bị\n", "")).title())
        .contains("Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003");
  }

  /** The foot of Quyết định 240/QĐ-TTg (thuvienphapluat.vn) and the head of the plan it adopts. */
  private static final String QD_240 =
      """
      THỦ TƯỚNG CHÍNH
      PHỦ
      -------
      |
      CỘNG HÒA XÃ HỘI
      CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      ---------------
      |
      Số: 240/QĐ-TTg
      |
      Hà Nội, ngày 04
      tháng 02 năm 2025
      |
      QUYẾT ĐỊNH
      BAN
      HÀNH KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2025
      THỦ TƯỚNG CHÍNH PHỦ
      Điều 1. Ban hành kèm theo
      Quyết định này Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2025.
      Chính phủ xem xét, chỉ đạo./.
      Nơi nhận:
      - Như Điều 3;
      - TTgCP, các PTTgCP;
      - VPCP: BTCN, các PCN, Trợ lý TTgCP,
      các Vụ, Cục, TGĐ Cổng TTĐT;
      - Lưu: VT, KSTT (2b).
      |
      KT. THỦ TƯỚNG
      PHÓ THỦ TƯỚNG
      Nguyễn Hòa Bình
      |
      KẾ HOẠCH
      CẢI
      CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2025
      (Kèm theo Quyết định số: 240/QĐ-TTg ngày 04 tháng 02 năm 2025 của Thủ tướng Chính phủ)
      I. MỤC TIÊU
      """;

  @Test
  void theSignatureBeforeTheAdoptedPlanAndAWrappedRecipient() {
    DocumentHeader h = header(QD_240);
    assertThat(h.signer()).contains("Nguyễn Hòa Bình");
    assertThat(h.recipients())
        .containsExactly(
            "Như Điều 3",
            "TTgCP, các PTTgCP",
            "VPCP: BTCN, các PCN, Trợ lý TTgCP, các Vụ, Cục, TGĐ Cổng TTĐT");
    assertThat(h.archive()).containsExactly("VT", "KSTT (2b)");
  }
}
