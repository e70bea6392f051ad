package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page's date written in words alone on the line under its headline ("Ngày 30 tháng 07 năm 2020")
 * is the page's particulars, and the line above it the headline.
 */
class HeadlineOverDateInWordsTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  private static final String LEAD =
      "Trong 3 ngày (28 đến 30/7), Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"
          + " lần thứ IX, nhiệm kỳ 2020-2025 đã diễn ra và thành công tốt đẹp.\n";

  @Test
  void theDateInWordsUnderTheHeadline() {
    // http://baosonla.org.vn/vi/bai-viet/dai-hoi-dai-bieu-dang-bo-khoi-cac-co-quan-va-doanh-nghiep-tinh-lan-thu-ix-thanh-cong-tot-dep-32969
    // (corpus set unseen44)
    assertThat(
            title(
                "Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ IX thành"
                    + " công tốt đẹp\n\nNgày 30 tháng 07 năm 2020\n\n"
                    + LEAD))
        .isEqualTo(
            "Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ IX thành công"
                + " tốt đẹp");
    // a realistic variant: the time after the date
    assertThat(
            title(
                "Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ IX thành"
                    + " công tốt đẹp\n\nNgày 5 tháng 8 năm 2020 | 08:15\n\n"
                    + LEAD))
        .isEqualTo(
            "Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ IX thành công"
                + " tốt đẹp");
  }

  @Test
  void aShortLineThatGoesOnAfterItsDateIsNoDate() {
    // counter-example: a short wrapped line of a body opening with its date is no particulars, so
    // the line above it is not taken for a headline
    assertThat(
            title(
                "Tổng thu ngân sách nhà nước trên địa bàn tỉnh năm nay\n\nNgày 30 tháng 7 năm"
                    + " 2020, Ban Chấp hành\n\nđã họp.\n"))
        .isNull();
  }
}
