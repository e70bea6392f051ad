package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Đề ra" after a growth scenario ("kịch bản đề ra") or a goal a body set itself ("mục tiêu tự đề
 * ra") sets the goal named at its place, not the results before it ({@link Goals#intentStart}).
 */
class GoalNamedBeforeSetOutTest {
  @Test
  void theScenarioSetIsTheGoalTheResultsBeforeItAreNot() {
    // baomoi on Hà Nội's first quarter of 2025 (unseen53)
    assertThat(
            TargetsRead.page(
                "Quý 1-2025, Hà Nội thu ngân sách trên địa bàn đạt 250.120 tỷ đồng. GRDP tăng 7,35%"
                    + " (cùng kỳ tăng 5,44%; cao hơn kịch bản đề ra đầu năm là 7,21%)."))
        .containsExactly("GE 7.21");
    // vnexpress on Phú Thọ's 2025 (unseen53): the goal the province set itself is named, no figure
    assertThat(
            TargetsRead.page(
                "Kết quả tăng trưởng 10,3% không chỉ giúp tỉnh hoàn thành mục tiêu tự đề ra, còn"
                    + " vượt mức chỉ tiêu 10% do Chính phủ giao."))
        .containsExactly("GE 10");
  }

  @Test
  void setOutOnItsOwnStillSetsTheSentence() {
    // no goal named before "đề ra": what the figure measures is set out
    assertThat(TargetsRead.page("Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC Nhà nước đã đề ra."))
        .containsExactly("EQ 100");
    // a scenario drawn up is still a word of intent
    assertThat(
            TargetsRead.page("Tỉnh xây dựng kịch bản tăng trưởng kinh tế năm 2025 đạt 8% trở lên."))
        .containsExactly("GE 8");
  }
}
