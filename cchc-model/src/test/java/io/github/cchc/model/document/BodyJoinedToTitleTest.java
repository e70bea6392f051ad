package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title in capitals joined to the body's first sentence in one paragraph of a Markdown copy ends
 * where the sentence starts ({@link BodyJoinedToTitle}).
 */
class BodyJoinedToTitleTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void theTitleEndsWhereTheBodyStarts() {
    // Thông báo 648/TB-VPCP of 2025, a Markdown copy (corpus set unseen42), as the Markdown reader
    // gives it
    assertThat(
            title(
                "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
                    + " phúc\nSố: 648/TB-VPCP\nHà Nội, ngày 27 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT"
                    + " LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC VỚI LÃNH"
                    + " ĐẠO TỈNH ĐIỆN BIÊN Trong các ngày 08 và 09 tháng 11 năm 2025, Phó Thủ tướng"
                    + " Chính phủ Lê Thành Long đã dự Lễ khởi công xây dựng Trường Phổ thông nội"
                    + " trú.\n"))
        .isEqualTo(
            "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO"
                + " TỈNH ĐIỆN BIÊN");
  }

  @Test
  void whereTheBodyStarts() {
    // a realistic variant: a Kế hoạch's title joined to its "Thực hiện …" sentence
    String line =
        "TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026 Thực hiện Quyết định số 1234/QĐ-UBND"
            + " của Ủy ban nhân dân tỉnh";
    assertThat(line.substring(BodyJoinedToTitle.at(line))).startsWith("Thực hiện Quyết định");
    // counter-examples: a symbol with small letters inside a title in capitals, a title in
    // sentence case, a title all in capitals
    assertThat(
            BodyJoinedToTitle.at(
                "BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 193/2001/QĐ-TTg NGÀY 20 THÁNG 12 NĂM 2001 CỦA"
                    + " THỦ TƯỚNG CHÍNH PHỦ"))
        .isEqualTo(-1);
    assertThat(BodyJoinedToTitle.at("Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025"))
        .isEqualTo(-1);
    assertThat(BodyJoinedToTitle.at("CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023")).isEqualTo(-1);
  }
}
