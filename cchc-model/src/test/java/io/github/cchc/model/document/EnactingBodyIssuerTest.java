package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A copy without a header block that starts at its heading names its issuer by the enacting body
 * between the title and the bases ({@link EnactingBodyIssuer}).
 */
class EnactingBodyIssuerTest {
  private static String issuer(String text) {
    return String.join(" ", DocumentHeader.readLeniently(text).issuingBody());
  }

  @Test
  void theGovernment() {
    // the Government's 2025 Nghị quyết on the movement to protect the environment, a Markdown copy
    // (corpus set unseen40), its bold marks as the Markdown reader drops them
    assertThat(
            issuer(
                "NGHỊ QUYẾT\n\nVỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG;\n"
                    + "GIẢM THIỂU PHÁT SINH, PHÂN LOẠI, THU GOM, XỬ LÝ RÁC THẢI VÌ MỘT VIỆT NAM"
                    + " SÁNG -\nXANH - SẠCH - ĐẸP\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ"
                    + " ngày 18 tháng 02 năm 2025;\n"))
        .isEqualTo("CHÍNH PHỦ");
  }

  @Test
  void theNationalAssemblyUnderATitleInSentenceCase() {
    // the National Assembly's 2025 resolution on 8% growth, a Markdown copy (unseen40)
    assertThat(
            issuer(
                "NGHỊ QUYẾT\n\nVề bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục"
                    + " tiêu tăng trưởng đạt 8% trở lên\n\nQUỐC HỘI\n\nCăn cứ Hiến pháp nước Cộng"
                    + " hòa xã hội chủ nghĩa Việt Nam;\n"))
        .isEqualTo("QUỐC HỘI");
  }

  @Test
  void theHeaderBlocksIssuerStays() {
    // counter-example: with a header block, its issuer is kept (the Government's Nghị định
    // 48/2013/NĐ-CP as chinhphu.vn gives it, corpus set unseen8, shortened)
    assertThat(
            issuer(
                "CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
                    + " phúc\n---------------\nSố: 48/2013/NĐ-CP\nHà Nội, ngày 14 tháng 05 năm"
                    + " 2013\n\nNGHỊ ĐỊNH\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH LIÊN"
                    + " QUAN ĐẾN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức"
                    + " Chính phủ ngày 25 tháng 12 năm 2001;\n"))
        .isEqualTo("CHÍNH PHỦ");
    // and a title that runs on into the body's name ("… CỦA" then "CHÍNH PHỦ") gives no issuer
    assertThat(
            issuer(
                "NGHỊ QUYẾT\n\nVỀ VIỆC THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC CỦA\nCHÍNH PHỦ\n\nCăn"
                    + " cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"))
        .isEmpty();
  }
}
