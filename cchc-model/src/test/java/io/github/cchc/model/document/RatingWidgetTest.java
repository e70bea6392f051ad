package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rating widget's line between a news page's headline and its lead is chrome, not the headline:
 * thuysanvietnam's page on Quyết định 1445/QĐ-TTg (corpus set unseen39).
 */
class RatingWidgetTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void theRatingLineIsPassedOver() {
    assertThat(
            title(
                "Đến năm 2020, tổng sản lượng thủy sản đạt khoảng 7 triệu tấn\n\nChưa có đánh giá"
                    + " về bài viết\n\nNgày 16/8, Thủ tướng Chính phủ ký ban hành Quyết định số"
                    + " 1445/QĐ-TTg phê duyệt Quy hoạch tổng thể phát triển thủy sản đến năm 2020,"
                    + " tầm nhìn 2030.\n"))
        .isEqualTo("Đến năm 2020, tổng sản lượng thủy sản đạt khoảng 7 triệu tấn");
    // a realistic variant: the widget's other wording
    assertThat(
            title(
                "Đến năm 2020, tổng sản lượng thủy sản đạt khoảng 7 triệu tấn\n\nĐánh giá bài viết"
                    + " của bạn\n\nNgày 16/8, Thủ tướng Chính phủ ký ban hành Quyết định số"
                    + " 1445/QĐ-TTg phê duyệt Quy hoạch tổng thể phát triển thủy sản đến năm 2020,"
                    + " tầm nhìn 2030.\n"))
        .isEqualTo("Đến năm 2020, tổng sản lượng thủy sản đạt khoảng 7 triệu tấn");
  }

  @Test
  void aHeadlineAboutRatingsStays() {
    // counter-example: a headline that speaks of an assessment is no widget
    assertThat(
            title(
                "Đánh giá kết quả cải cách hành chính năm 2024 của các sở, ngành\n\nNgày 16/8, Ủy"
                    + " ban nhân dân tỉnh đã tổ chức hội nghị đánh giá kết quả cải cách hành chính"
                    + " năm 2024.\n"))
        .isEqualTo("Đánh giá kết quả cải cách hành chính năm 2024 của các sở, ngành");
  }
}
