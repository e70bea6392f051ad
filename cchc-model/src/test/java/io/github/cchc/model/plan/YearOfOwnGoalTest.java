package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence opening on the latest year the text names and setting its own goal ("Năm 2025, tỉnh …
 * đặt mục tiêu …") opens a paragraph of that year's goals, as it would after a goal ({@link
 * GoalsOrResults}).
 */
class YearOfOwnGoalTest {
  @Test
  void theYearsOwnGoalOpensAParagraphOfGoals() {
    // nongnghiep on Vĩnh Phúc's 2025 goals after its 2024 results (unseen16)
    assertThat(
            TargetsRead.page(
                """
                Tuy nhiên, tổng thu ngân sách nhà nước năm 2024 đạt 31.486,9 tỷ, chỉ tăng 4,1%,\
                 trong đó thu nội địa chỉ tăng 1,6%, thấp hơn so với năm 2023.
                Năm 2025, tỉnh Vĩnh Phúc đặt mục tiêu tăng trưởng kinh tế từ 8 đến 9%. Tổng thu\
                 ngân sách phấn đấu đạt 27.026 tỷ đồng, trong đó thu nội địa 22.026 tỷ đồng. Thu\
                 hút đầu tư đạt 600 triệu USD vốn FDI và 3.000 tỷ đồng vốn DDI. Tỷ lệ hộ nghèo còn\
                 khoảng 0,3%. Tỷ lệ lao động qua đào tạo phấn đấu đạt 82%.
                """))
        .containsExactly("GE 8", "LE 0.3", "GE 82");
  }

  @Test
  void aPastYearsGoalOpensNoParagraphOfGoals() {
    // near case: the year is before the latest the page names, its paragraph reports results
    assertThat(
            TargetsRead.page(
                """
                Năm 2024, tỉnh đặt mục tiêu tăng trưởng kinh tế 8%. Tỷ lệ hộ nghèo còn khoảng\
                 0,5%. Năm 2025 là năm cuối của nhiệm kỳ.
                """))
        .doesNotContain("LE 0.5");
    // a request after the year's result sets no goal of the year: the result stays a result
    assertThat(
            TargetsRead.page(
                "Năm 2024, tỷ lệ hồ sơ đúng hạn đạt 95,2%, đề nghị các sở tiếp tục duy trì."))
        .isEmpty();
  }
}
