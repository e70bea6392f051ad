package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Party committee's header flattened onto one line: Báo cáo chính trị 708-BC/TU of Thanh Hóa's
 * Tỉnh ủy as baothanhhoa prints it (corpus set unseen37).
 */
class FlattenedPartyHeaderTest {
  private static final String TITLE =
      "TĂNG CƯỜNG XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ TRONG SẠCH, VỮNG MẠNH; PHÁT TRIỂN NHANH, TOÀN"
          + " DIỆN VÀ BỀN VỮNG";

  @Test
  void theCellsOfTheLineAreRead() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "TỈNH ỦY THANH HÓA * Số 708-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM Thanh Hóa, ngày 06 tháng 10"
                + " năm 2025 |\n"
                + TITLE
                + "\n(Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa khóa XIX trình Đại"
                + " hội Đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030)\n***\nĐại hội đại biểu"
                + " Đảng bộ tỉnh Thanh Hóa lần thứ XX là sự kiện chính trị trọng đại của Tỉnh.\n");
    assertThat(h.documentType()).hasValue(DocumentType.BAO_CAO);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("708-BC/TU");
    assertThat(h.place()).hasValue("Thanh Hóa");
    assertThat(h.date().map(Object::toString)).hasValue("2025-10-06");
    assertThat(h.issuingBody()).containsExactly("TỈNH ỦY THANH HÓA");
    assertThat(h.title()).hasValue(TITLE);
  }

  @Test
  void aTownsCommitteeInTheSameForm() {
    // a realistic variant: a district committee's Kế hoạch, the same one-line form
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "HUYỆN ỦY THỌ XUÂN * Số 125-KH/HU | ĐẢNG CỘNG SẢN VIỆT NAM Thọ Xuân, ngày 12 tháng 3"
                + " năm 2024 |\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2024\n"
                + "Thực hiện Nghị quyết số 06-NQ/TU của Tỉnh ủy.\n");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("125-KH/HU");
    assertThat(h.place()).hasValue("Thọ Xuân");
    assertThat(h.issuingBody()).containsExactly("HUYỆN ỦY THỌ XUÂN");
  }

  @Test
  void theSameWordsInProseAreNoHeader() {
    // counter-example: the Party's name inside a sentence, with a citation and a date, no bar
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "Thực hiện Chỉ thị số 05-CT/TW của Đảng Cộng sản Việt Nam, ngày 15 tháng 5 năm 2016 về"
                + " đẩy mạnh học tập.\n");
    assertThat(h.numberSymbol()).isEmpty();
  }
}
