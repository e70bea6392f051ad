package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Chrome a copy of a news page keeps around its headline, with a space lost or glued to the
 * headline: the paper's follow prompt with "trên" glued to the service ({@code FOLLOW_PROMPT} of
 * {@link NewsHeadline}) and a fetch client's error message before the headline ({@link
 * FetchErrorPrefix}).
 */
class ChromeBeforeHeadlineTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void aFollowPromptWhoseServiceIsGluedToTren() {
    // baogialai.com.vn on Kiên Giang's tourism (corpus unseen47)
    assertThat(
            title(
                "Kiên Giang đặt mục tiêu đạt 38.000 tỷ doanh thu du lịch vào năm 2025\n\n"
                    + "Theo dõi Báo Gia Lai trênGoogle News\n"
                    + "Kiên Giang đẩy mạnh phát triển du lịch thành ngành kinh tế mũi nhọn, mục"
                    + " tiêu đến năm 2025 đón 10,7 triệu lượt du khách, trong đó 900.000 lượt"
                    + " khách quốc tế, tổng doanh thu đạt 38.000 tỷ đồng.\n"))
        .isEqualTo("Kiên Giang đặt mục tiêu đạt 38.000 tỷ doanh thu du lịch vào năm 2025");
    // a realistic variant of another paper, its prompt glued the same way
    assertThat(
            title(
                "Bình Định phấn đấu tăng trưởng GRDP trên 10% năm 2026\n\n"
                    + "Theo dõi Báo Bình Định trênGoogle News\n"
                    + "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt trên 10%, thu"
                    + " ngân sách tăng 15% so với năm trước.\n"))
        .isEqualTo("Bình Định phấn đấu tăng trưởng GRDP trên 10% năm 2026");
  }

  @Test
  void aFetchErrorBeforeTheHeadline() {
    // tinhuygialai.org.vn on Nghị quyết 05-NQ/TU of 2017 (corpus unseen46)
    String text =
        "The request was aborted: Could not create SSL/TLS secure channel. Tỉnh ủy ban hành Nghị"
            + " quyết về giảm nhanh và bền vững tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giai"
            + " đoạn 2017 - 2020 và định hướng đến năm 2025\n"
            + "18/04/2017 - Lượt xem: 2976\n"
            + "Ngày 12 tháng 4 năm 2017, Ban Chấp hành Đảng bộ tỉnh (khóa XV) đã ban hành Nghị"
            + " quyết số 05-NQ/TU về giảm nhanh và bền vững tỷ lệ hộ nghèo trong đồng bào dân tộc"
            + " thiểu số giai đoạn 2017 - 2020 và định hướng đến năm 2025\n";
    assertThat(title(text))
        .isEqualTo(
            "Tỉnh ủy ban hành Nghị quyết về giảm nhanh và bền vững tỷ lệ hộ nghèo trong đồng bào"
                + " dân tộc thiểu số giai đoạn 2017 - 2020 và định hướng đến năm 2025");
  }

  @Test
  void otherMessagesOfTheClientAndAHeadlineWithout() {
    assertThat(
            FetchErrorPrefix.without(
                "The remote server returned an error: (404) Not Found. Tỉnh ủy Gia Lai sơ kết"))
        .isEqualTo("Tỉnh ủy Gia Lai sơ kết");
    assertThat(FetchErrorPrefix.without("The operation has timed out Hội nghị sơ kết Nghị quyết"))
        .isEqualTo("Hội nghị sơ kết Nghị quyết");
    // counter-example: a headline that opens with English words of its own stays whole
    assertThat(FetchErrorPrefix.without("The Economist: Việt Nam tăng trưởng 8%"))
        .isEqualTo("The Economist: Việt Nam tăng trưởng 8%");
  }
}
