package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Results told without a past tense, on {@code unseen27/}'s pages: a change by more than an amount
 * ("tăng hơn 4%") and a sentence announcing results ("đạt nhiều kết quả nổi bật như, …").
 */
class ResultsAnnouncedTest {
  @Test
  void aChangeByMoreThanAnAmountIsAResult() {
    // tienphong.vn, Sóc Trăng's first half of 2025
    assertThat(
            TargetsRead.page(
                "Cụ thể, nông nghiệp tiếp tục khẳng định vai trò nền tảng cho kinh tế Sóc Trăng, với"
                    + " diện tích gieo sạ lúa đạt hơn 331.000ha, tăng hơn 4% so với cùng kỳ."))
        .isEmpty();
  }

  @Test
  void aSentenceAnnouncingResultsIsAResult() {
    // vietnamplus.vn, xã Giồng Riềng's congress (An Giang)
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ 2020-2025, xã Giồng Riềng đạt nhiều kết quả nổi bật như, sản lượng lương"
                    + " thực hằng năm đạt hơn 136.000 tấn, trên 95% diện tích lúa chất lượng cao; có"
                    + " 46 mô hình sản xuất hiệu quả."))
        .isEmpty();
  }

  @Test
  void aGoalOfARiseByMoreThanAnAmountStaysAGoal() {
    // the counter-example: a word of intent sets it
    assertThat(TargetsRead.page("Phấn đấu năm 2026 thu ngân sách tăng hơn 10% so với năm 2025."))
        .containsExactly("GT 10");
  }
}
