package io.github.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link FusedDateline}: each form of a page's dateline fused with a line, from the stored pages
 * the readers met (the Đồng Nai page of unseen33, "date 2026-01-20 …"; the Kiên Giang headline "…
 * LẤY SỰ HÀI LÒNG CỦA NGƯỜI DÂN LÀM THƯỚC ĐO 19/01/2026 13:17"), and a date inside a sentence,
 * which stays.
 */
class FusedDatelineTest {

  @Test
  void anIsoDateBeforeTheLineWithOrWithoutTheWordDate() {
    assertThat(FusedDateline.without("date 2026-01-20 Đồng Nai: Phấn đấu 100% hồ sơ trực tuyến"))
        .isEqualTo("Đồng Nai: Phấn đấu 100% hồ sơ trực tuyến");
    assertThat(FusedDateline.without("date 2020-07 Tỷ lệ hồ sơ đúng hạn đạt 98%"))
        .isEqualTo("Tỷ lệ hồ sơ đúng hạn đạt 98%");
    assertThat(FusedDateline.without("2025-11-13 Tỷ lệ hồ sơ đúng hạn đạt 98%"))
        .isEqualTo("Tỷ lệ hồ sơ đúng hạn đạt 98%");
  }

  @Test
  void aDayMonthYearBeforeTheLineWithOrWithoutATime() {
    assertThat(FusedDateline.without("20/01/2026 15:35 Phấn đấu 100% hồ sơ trực tuyến"))
        .isEqualTo("Phấn đấu 100% hồ sơ trực tuyến");
    assertThat(FusedDateline.without("20/01/2026 Phấn đấu 100% hồ sơ trực tuyến"))
        .isEqualTo("Phấn đấu 100% hồ sơ trực tuyến");
  }

  @Test
  void aDayMonthYearAfterTheLineWithATimeToTheMinuteOrTheSecondOrNone() {
    String headline = "LẤY SỰ HÀI LÒNG CỦA NGƯỜI DÂN LÀM THƯỚC ĐO";
    assertThat(FusedDateline.without(headline + " 19/01/2026 13:17")).isEqualTo(headline);
    assertThat(FusedDateline.without(headline + " 19/01/2026 13:17:05")).isEqualTo(headline);
    assertThat(FusedDateline.without(headline + " 19/01/2026")).isEqualTo(headline);
  }

  @Test
  void aDateInsideTheLineStays() {
    String s =
        "Nghị quyết 25/NQ-CP ngày 05/02/2025 về mục tiêu tăng trưởng năm 2025 đạt 8% trở lên.";
    assertThat(FusedDateline.without(s)).isEqualTo(s);
    // a year range opening a line is no ISO date
    assertThat(FusedDateline.without("2021-2025 là giai đoạn")).isEqualTo("2021-2025 là giai đoạn");
  }
}
