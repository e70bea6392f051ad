package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goals set by their count for the year to come open a paragraph of goals that runs on; goals
 * counted as met, of a year gone by or with a figure of their own do not ({@link GoalsSetForTerm}).
 */
class GoalsSetForTermTest {
  @Test
  void goalsSetByTheirCountForTheYearToComeRunOn() {
    // tinbong247 on Bình Dương's 2025 (unseen51): the change after "Trong đó, …" is one of them
    assertThat(
            TargetsRead.page(
                "Ủy ban nhân dân (UBND) tỉnh Bình Dương cho biết, trong năm 2025, tỉnh này xây dựng"
                    + " 36 chỉ tiêu tổng hợp phát triển kinh tế - xã hội, môi trường, đô thị. Trong"
                    + " đó về kinh tế, tổng sản phẩm trong tỉnh (GRDP) tăng từ 10% trở lên. Tổng thu"
                    + " ngân sách Nhà nước trên địa bàn đạt 80.725 tỷ đồng, thu hút vốn đầu tư trực"
                    + " tiếp nước ngoài đạt 1,8 tỷ USD, tổng vốn đầu tư phát triển toàn xã hội tăng"
                    + " 11%."))
        .containsExactly("GE 10", "GE 11");
    assertThat(
            GoalsSetForTerm.opensGoals(
                "tinh uy dak lak dat ra 14 chi tieu kinh te - xa hoi trong nam toi.",
                2024,
                Told.NOTHING))
        .isTrue();
  }

  @Test
  void goalsMetOrOfAYearGoneByOpenNothing() {
    assertThat(
            GoalsSetForTerm.opensGoals(
                "nam 2024, tinh da hoan thanh 34/36 chi tieu de ra.", 2025, Told.NOTHING))
        .isFalse();
    assertThat(
            GoalsSetForTerm.opensGoals(
                "trong nam 2024, tinh xay dung 36 chi tieu tong hop.", 2025, Told.NOTHING))
        .isFalse();
    // near case on a page: goals of 2024 set, the 2025 page gives their results
    assertThat(
            TargetsRead.page(
                "Trong năm 2024, tỉnh xây dựng 36 chỉ tiêu tổng hợp. Trong đó về kinh tế, GRDP"
                    + " tăng 8%. Tổng vốn đầu tư phát triển toàn xã hội tăng 11%. Kế hoạch năm 2025"
                    + " đang được xây dựng."))
        .doesNotContain("GE 11");
  }
}
