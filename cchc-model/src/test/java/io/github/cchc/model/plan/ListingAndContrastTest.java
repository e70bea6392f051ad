package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of false targets of the fresh sets {@code unseen21/} and {@code unseen27/}: a tag page's
 * headline printed twice over the sapo that states its goal ({@link ListingHeadline}), and a result
 * told above its goal in parentheses, with the sentence going on with it.
 */
class ListingAndContrastTest {
  private static final String HEADLINE =
      "Nghị quyết phát triển kinh tế - xã hội 2020: Chỉ tiêu tỷ lệ hộ nghèo đa chiều giảm 1 - 1,5%";

  @Test
  void aListingHeadlinePrintedTwiceIsCountedOnceInItsSapo() {
    // phunuvietnam.vn, the tag page "tỷ lệ hộ nghèo"
    String page =
        "Tags:\n\ntỷ lệ hộ nghèo\n\n"
            + HEADLINE
            + "\n\n"
            + HEADLINE
            + "\nSáng nay 11/11, tiếp tục Kỳ họp thứ 8, Quốc hội biểu quyết thông qua Nghị quyết về"
            + " kế hoạch phát triển kinh tế - xã hội năm 2020 với 88,02% tổng số đại biểu Quốc hội"
            + " tán thành. Trong đó, Nghị quyết đặt ra chỉ tiêu tỷ lệ hộ nghèo theo chuẩn nghèo"
            + " tiếp cận đa chiều giảm 1 đến 1,5%, riêng các huyện nghèo giảm 4%.\n";
    assertThat(TargetsRead.article(page)).containsExactly("GE 1", "GE 4");
  }

  @Test
  void aLongLinePrintedOnceKeepsItsGoal() {
    // the counter-example: the same headline printed once, no sapo stating its goal
    String page =
        "Tags:\n\ntỷ lệ hộ nghèo\n\n"
            + HEADLINE
            + "\n\nCả nước có khoảng 14,6 triệu người dân tộc thiểu số chiếm hơn 14% dân số cả"
            + " nước.\n";
    assertThat(TargetsRead.article(page)).contains("GE 1");
  }

  @Test
  void aResultToldAboveItsGoalAndWhatGoesOnWithItAreNoNewGoals() {
    // sggp.org.vn, Tây Ninh's 2025 results: only the goal in parentheses is read
    assertThat(
            TargetsRead.page(
                "Năm 2025, Tây Ninh đạt tốc độ tăng trưởng kinh tế ước tăng 9,52% (cao hơn chỉ"
                    + " tiêu Chính phủ giao là 9,3%), đứng thứ hai vùng Đông Nam bộ và đứng thứ 8"
                    + " cả nước. Trong đó, chỉ số sản xuất công nghiệp tăng 14,92%."))
        .containsExactly("GE 9.3");
    // the whole page: the plan its lead names is not what the results after it go on with
    assertThat(
            TargetsRead.article(
                "Năm 2025, tỉnh Tây Ninh đạt được nhiều kết quả tăng trưởng ấn tượng, tạo tiền đề"
                    + " vững chắc cho giai đoạn phát triển mới. Địa phương đặt mục tiêu trở thành"
                    + " trung tâm kết nối chiến lược của khu vực và cả nước.\n\nNăm 2025, Tây Ninh"
                    + " đạt tốc độ tăng trưởng kinh tế ước tăng 9,52% (cao hơn chỉ tiêu Chính phủ"
                    + " giao là 9,3%), đứng thứ hai vùng Đông Nam bộ và đứng thứ 8 cả nước. Trong đó,"
                    + " chỉ số sản xuất công nghiệp tăng 14,92%. Xuất khẩu của Tây Ninh đạt 16,08 tỷ"
                    + " USD, tăng 9,21%; nhập khẩu 12,16 tỷ USD, tăng 13,77%.\n"))
        .containsExactly("GE 9.3");
    // a realistic variant: below the goal
    assertThat(
            TargetsRead.page(
                "Tỷ lệ giải ngân vốn đầu tư công đạt 82,4% (thấp hơn chỉ tiêu đề ra là 95%). Trong"
                    + " đó, vốn ngân sách tỉnh đạt 78%."))
        .containsExactly("GE 95");
  }
}
