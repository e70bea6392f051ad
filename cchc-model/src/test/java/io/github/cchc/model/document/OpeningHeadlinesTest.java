package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headlines of news pages of the held-out sets unseen15 to unseen18 (test resources {@code
 * io/github/cchc/model/corpus}) read as no title: a headline after the store's date stamp on its
 * line, and a headline opening the page over no particulars nor lead the reader knows (a caption, a
 * stray stop, nothing; in capitals closed by a stop). Each with the lines of the real page and a
 * second case of the class.
 */
class OpeningHeadlinesTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void aHeadlineAfterTheStoresDateStamp() {
    // baophutho.vn (unseen15): the stamp and the headline on one line, the lead under them
    String text =
        """
         date 2025-12-23 Kỳ họp thứ Tư, HĐND phường Tân Hòa

        Ngày 23/12, HĐND phường Tân Hòa khóa X, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ Tư (kỳ họp thường lệ cuối năm 2025), đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025.
        """;
    assertThat(title(text)).isEqualTo("Kỳ họp thứ Tư, HĐND phường Tân Hòa");
    // baothanhhoa.vn (unseen18), the same stamp
    assertThat(
            title(
                """
                 date 2025-12-26 Xã Hồ Vương triển khai nhiệm vụ năm 2026

                Ngày 26/12, HĐND xã Hồ Vương tổ chức kỳ họp thứ ba (kỳ họp thường lệ cuối năm 2025) nhằm đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025.
                """))
        .isEqualTo("Xã Hồ Vương triển khai nhiệm vụ năm 2026");
  }

  @Test
  void theStampAloneIsNoHeadline() {
    String text =
        """
        date 2025-12-23

        Ngày 23/12, HĐND phường Tân Hòa khóa X tổ chức Kỳ họp thứ Tư.
        """;
    assertThat(title(text)).isNotEqualTo("date 2025-12-23");
  }

  @Test
  void aHeadlineOverACaptionOrNothing() {
    // thainguyentv.vn (unseen18): a photo's caption under the headline
    assertThat(
            title(
                """
                Tỷ lệ điều tra khám phá án đạt 95%
                Toàn cảnh hội nghị.

                Trong quý III năm 2023, lực lượng Cảnh sát điều tra toàn tỉnh đã triển khai thực hiện nghiêm túc các chỉ tiêu.
                """))
        .isEqualTo("Tỷ lệ điều tra khám phá án đạt 95%");
    // vbsp.org.vn (unseen15): the page is its one line
    assertThat(title("Năm 2020 có 50% số xã đạt chuẩn nông thôn mới (VTV1 - 19h - 10/01/17)\n"))
        .isEqualTo("Năm 2020 có 50% số xã đạt chuẩn nông thôn mới (VTV1 - 19h - 10/01/17)");
    // baodanang.vn (unseen18): a stray stop under it
    assertThat(
            title(
                "Phường Thạc Gián phấn đấu giảm hết hộ nghèo\n\n.\n\nNgày 28-4, Đảng bộ phường.\n"))
        .isEqualTo("Phường Thạc Gián phấn đấu giảm hết hộ nghèo");
  }

  @Test
  void aHeadlineInCapitalsClosedByAStop() {
    // cujut.daknong.gov.vn (unseen17)
    String text =
        """
        TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025.
        Ngày 24 tháng 12 năm 2024 UBND xã Nam Dong tổ chức báo cáo tình hình thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm 2024 và phương hướng, nhiệm vụ năm 2025.
        Tham dự Hội nghị có:
        """;
    assertThat(title(text))
        .isEqualTo(
            "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2024 VÀ"
                + " PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025");
  }

  @Test
  void aSitesNameOverItsMenuIsNoHeadline() {
    assertThat(title("Cổng thông tin điện tử Sở Nội vụ tỉnh\n\nTrang chủ\n\nGiới thiệu\n"))
        .isNull();
  }

  @Test
  void aSentenceInSentenceCaseOpeningThePageIsNoHeadline() {
    // a lead closed by a stop, not in capitals, with nothing read as a headline
    assertThat(title("Ngày 24 tháng 12 năm 2024 UBND xã Nam Dong tổ chức hội nghị tổng kết năm.\n"))
        .isNull();
  }
}
