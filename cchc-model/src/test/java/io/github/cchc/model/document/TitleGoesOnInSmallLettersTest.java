package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title in small letters whose line opens with "thực hiện": the title's sentence going on, not
 * the body's first sentence (Nghị quyết 100/NQ-CP and 97/NQ-CP from the official gazette, corpus
 * unseen61).
 */
class TitleGoesOnInSmallLettersTest {
  private static final String HEAD =
      "CHÍNH PHỦ \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
          + "Số: 100/NQ-CP \nHà Nội, ngày 06 tháng 4 năm 2026     \n \nNGHỊ QUYẾT \n";

  @Test
  void aLineOpeningInSmallLettersGoesOnWithTheTitle() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HEAD
                + "Ban hành Chương trình hành động của Chính phủ  \n"
                + "thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư  \n"
                + "về công tác phi chính phủ nước ngoài giai đoạn 2026 - 2030 \n \nCHÍNH PHỦ \n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;  \n");
    assertThat(h.title())
        .hasValue(
            "Ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 49-CT/TW ngày 28"
                + " tháng 6 năm 2025 của Ban Bí thư về công tác phi chính phủ nước ngoài giai đoạn"
                + " 2026 - 2030");
  }

  @Test
  void theBodysFirstSentenceOpeningWithACapitalEndsTheTitle() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HEAD
                + "Về công tác phi chính phủ nước ngoài \n"
                + "Thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư, Chính"
                + " phủ ban hành Chương trình hành động như sau: \n");
    assertThat(h.title()).hasValue("Về công tác phi chính phủ nước ngoài");
  }
}
