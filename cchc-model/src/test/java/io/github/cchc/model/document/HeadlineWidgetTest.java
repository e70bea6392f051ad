package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page's widgets between its headline and its lead (the text-size control, the comment count
 * beside the paper's name, the author's rating) are passed over, and the line above them is the
 * headline ({@link HeadlineWidget}).
 */
class HeadlineWidgetTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void theCommentCountUnderAHeadlineIsPassedOver() {
    // https://thanhnien.vn/viet-nam-dat-muc-tieu-kinh-te-so-chiem-20-gdp-vao-nam-2025-post954513.html
    // (corpus set unseen35)
    assertThat(
            title(
                "Việt Nam đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025\n\n0 Thanh Niên\n\n"
                    + "Bộ Kế hoạch - Đầu tư đang lấy ý kiến về dự thảo “Chiến lược quốc gia về cách"
                    + " mạng công nghiệp lần thứ tư đến năm 2030”.\n"))
        .isEqualTo("Việt Nam đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025");
  }

  @Test
  void theCommentCountAndTheAuthorsRatingArePassedOver() {
    // https://m.thanhnien.vn/phat-trien-kinh-te-so-dat-20-gdp-vao-nam-2025-post1445066.html
    // (unseen28): without the widgets read as such, the lead's "Quyết định cũng nêu mục tiêu …"
    // further down was the title
    assertThat(
            title(
                "Phát triển kinh tế số đạt 20% GDP vào năm 2025\n\n0 Thanh Niên\n\n"
                    + "Đánh giá tác giả\n\nThủ tướng Chính phủ vừa ban hành Quyết định số"
                    + " 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội"
                    + " số đến năm 2025, định hướng đến năm 2030.\n\nQuyết định cũng nêu mục tiêu"
                    + " đến năm 2025, tỷ lệ dân số trưởng thành có điện thoại thông minh đạt"
                    + " 80%.\n"))
        .isEqualTo("Phát triển kinh tế số đạt 20% GDP vào năm 2025");
  }

  @Test
  void theTextSizeControlIsPassedOver() {
    // https://daibieunhandan.vn/lam-dong-phan-dau-dat-tieu-chi-tinh-nong-thon-moi-truoc-nam-2025
    // (unseen38)
    assertThat(
            title(
                "Lâm Đồng: Phấn đấu đạt tiêu chí tỉnh nông thôn mới trước năm 2025 \n\nXem với"
                    + " cỡ chữ\n\nTheo Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế -"
                    + " xã hội 5 năm 2021-2025 của tỉnh, các chỉ tiêu phấn đấu chủ yếu: Tốc độ"
                    + " tăng trưởng GRDP bình quân đạt 7% - 8%.\n"))
        .isEqualTo("Lâm Đồng: Phấn đấu đạt tiêu chí tỉnh nông thôn mới trước năm 2025");
  }

  @Test
  void widgetsAreToldFromTheLinesOfABody() {
    // the control as phutho.gov.vn prints it beside its buttons, and after a menu's bullet
    // (dongnai's Sở Công Thương, unseen)
    assertThat(HeadlineWidget.is("Xem cỡ chữ Email Print")).isTrue();
    assertThat(HeadlineWidget.is("  • Xem với cỡ chữ ")).isTrue();
    assertThat(HeadlineWidget.is("12 Tuổi Trẻ")).isTrue();
    // counter-examples: a count in a sentence, a sentence about the text's size
    assertThat(HeadlineWidget.is("20 Thanh Niên tình nguyện tham gia")).isFalse();
    assertThat(HeadlineWidget.is("Xem với cỡ chữ lớn hơn trên điện thoại.")).isFalse();
    assertThat(HeadlineWidget.is("2025 Năm Bản Lề Của Kế Hoạch Năm Năm")).isFalse();
  }
}
