package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A place of several words wrapped inside its name above the date line: "Thừa⏎Thiên Huế, ngày …"
 * (Kế hoạch 110/KH-UBND of Thừa Thiên Huế on thuviennhadat, corpus set unseen37) and "Thành phố
 * Hồ⏎Chí Minh, ngày …" (Kế hoạch 174/KH-UBND of Hồ Chí Minh City, unseen40, here without the copy's
 * Markdown stars).
 */
class WrappedProvinceNameTest {
  private static final String HUE =
      "ỦY\nBAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n110/KH-UBND\n|\nThừa\n"
          + "Thiên Huế, ngày 18 tháng 03 năm 2022\n|\nKẾ HOẠCH\n"
          + "PHÒNG CHỐNG SUY DINH DƯỠNG THẤP CÒI Ở TRẺ EM DƯỚI 5 TUỔI\n"
          + "Thực hiện Quyết định số 5556/QĐ-BYT ngày 04/12/2021 của Bộ trưởng Bộ Y tế.\n";

  @Test
  void thuaThienHueWrappedAfterItsFirstWord() {
    DocumentHeader h = DocumentHeader.readLeniently(HUE);
    assertThat(h.place()).hasValue("Thừa Thiên Huế");
    assertThat(h.date()).hasToString("Optional[2022-03-18]");
  }

  @Test
  void hoChiMinhCityWrappedInsideItsName() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
                + " NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 174/KH-UBND\n|\n"
                + "Thành phố Hồ\nChí Minh, ngày 18 tháng 11 năm 2025\n|\nKẾ HOẠCH\n"
                + "TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH VỰC BÌNH ĐẲNG GIỚI\n"
                + "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội.\n");
    assertThat(h.place()).hasValue("Thành phố Hồ Chí Minh");
  }

  @Test
  void aLineAboveThatIsNoNamesStartIsLeft() {
    // counter-examples: two capitalised words of chrome over a two-word place, and the motto
    assertThat(WrappedProvinceName.joins("Trang Chủ", "Hà Nội")).isFalse();
    assertThat(WrappedProvinceName.joins("Hạnh phúc", "Thiên Huế")).isFalse();
    assertThat(WrappedProvinceName.joins("Thừa", "Thiên Huế")).isTrue();
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HUE.replace("Thừa\nThiên Huế, ngày", "Trang Chủ\nHà Nội, ngày"));
    assertThat(h.place()).hasValue("Hà Nội");
  }
}
