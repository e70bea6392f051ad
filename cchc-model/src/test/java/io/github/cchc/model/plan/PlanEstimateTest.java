package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.VietnameseText;
import org.junit.jupiter.api.Test;

/**
 * An estimate that is the plan's own figure, given with its measure after the words that set the
 * goals, is a goal; an estimate after a goal's figure, or opening a clause of its own, stays a
 * result ({@link PlanEstimate}).
 */
class PlanEstimateTest {
  @Test
  void anEstimateAmongTheGoalsSetIsAGoal() {
    // vneconomy on Đà Nẵng's 2026 goals (unseen50)
    assertThat(
            TargetsRead.page(
                "Kỳ họp thống nhất các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026, trong đó tốc độ"
                    + " tăng trưởng GRDP ước đạt từ 11% trở lên."))
        .containsExactly("GE 11");
    // baophutho on rural clean water (unseen23)
    assertThat(
            TargetsRead.page(
                "Năm 2026, tỉnh tiếp tục đặt mục tiêu nâng cao hơn nữa chất lượng cấp nước nông"
                    + " thôn với kế hoạch, tỷ lệ dân số nông thôn được sử dụng nước sạch, nước hợp"
                    + " vệ sinh ước đạt 98,73%; trong đó, tỷ lệ dân cư nông thôn được sử dụng nước"
                    + " sạch đáp ứng quy chuẩn phấn đấu đạt 60,06%."))
        .containsExactly("GE 98.73", "GE 60.06");
  }

  @Test
  void anEstimateAfterTheGoalsFigureOrWithNoSubjectStaysAResult() {
    // near cases: the estimate is the result set against the goal named before it
    assertThat(TargetsRead.page("Tỉnh đặt mục tiêu tăng trưởng 8%, ước đạt 8,2%."))
        .containsExactly("GE 8");
    assertThat(TargetsRead.page("Năm 2024, tỉnh đặt mục tiêu tăng trưởng kinh tế, ước đạt 8,2%."))
        .isEmpty();
    // goals met before the estimate: a report's tally
    assertThat(
            TargetsRead.page(
                "Năm 2024, tỉnh đạt và vượt 13/15 chỉ tiêu đã đề ra, trong đó tốc độ tăng trưởng"
                    + " GRDP ước đạt 10,2%."))
        .isEmpty();
    String f = VietnameseText.fold("Kỳ họp đã thông qua các chỉ tiêu, trong đó GRDP ước đạt 7%");
    assertThat(PlanEstimate.plansOwn(f, f, f.indexOf("uoc"))).isFalse();
  }
}
