package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A tally of the goals met closing a sentence that sets a goal does not make the goal a result
 * ({@link TallyAfterGoal}).
 */
class TallyAfterGoalTest {
  @Test
  void aGoalBeforeATallyOfGoalsMetIsRead() {
    // vneconomy on Quảng Trị's 2026 goals (unseen31)
    assertThat(
            TargetsRead.page(
                "Tỉnh Quảng Trị đặt mục tiêu tăng trưởng GRDP 9–10% trong năm 2026 và xác định 9"
                    + " nhóm giải pháp trọng tâm để tạo bước chuyển mạnh mẽ trong phát triển kinh tế"
                    + " – xã hội, dựa trên nền tảng 17/17 chỉ tiêu đã hoàn thành trong năm nay."))
        .containsExactly("GE 9");
  }

  @Test
  void aTallyWithNoGoalBeforeItStaysAResult() {
    // near cases: the figure is the year's result, no word of intent before the tally; and a
    // result told in the past before it
    assertThat(
            TargetsRead.page(
                "Năm 2025, tăng trưởng GRDP của tỉnh đạt 8%, với 17/17 chỉ tiêu đã hoàn thành."))
        .isEmpty();
    assertThat(
            TallyAfterGoal.without(
                "Tăng trưởng GRDP đạt 8%, dựa trên nền tảng 17/17 chỉ tiêu đã hoàn thành."))
        .isEqualTo("Tăng trưởng GRDP đạt 8%, dựa trên nền tảng 17/17 chỉ tiêu đã hoàn thành.");
  }
}
