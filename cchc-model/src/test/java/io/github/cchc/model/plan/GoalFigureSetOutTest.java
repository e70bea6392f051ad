package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A goal noun with its figure before "đề ra" ("vượt xa chỉ tiêu 80% đề ra", {@code unseen26/}'s Huế
 * results page): "đề ra" names that goal as set, at its place, and does not make every figure of
 * the sentence a goal.
 */
class GoalFigureSetOutTest {
  @Test
  void aResultBeforeAGoalSetOutWithItsFigureIsAResult() {
    // huengaynay.vn, Huế's PAR results of 2025 (the sentence up to its goal)
    assertThat(
            TargetsRead.page(
                "Thực hiện Nghị quyết 71/NQ-CP, thành phố đã đạt được những con số ấn tượng: Tỷ lệ"
                    + " dịch vụ công trực tuyến đạt gần 100%, nằm trong top đầu cả nước và vượt xa"
                    + " chỉ tiêu 80% đề ra."))
        .containsExactly("GE 80");
    // a realistic variant: "mục tiêu … đã đề ra"
    assertThat(
            TargetsRead.page(
                "Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%, cao hơn mục tiêu 95% đã đề"
                    + " ra."))
        .containsExactly("GE 95");
  }

  @Test
  void setOutOnItsOwnStillNamesTheFiguresAsSet() {
    // the counter-example: "đề ra" with no goal noun before it
    assertThat(
            TargetsRead.page(
                "Hoàn thành 100% nhiệm vụ của Kế hoạch cải cách hành chính Nhà nước đã đề ra."))
        .isNotEmpty();
  }
}
