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

  @Test
  void anEstimateOpeningThePartOfGoalsSetInTheSentenceBeforeIsAGoal() {
    // plo.vn on Đắk Lắk's 2024 (unseen50): the goals set by count, then "Trong đó, … ước đạt"
    assertThat(
            TargetsRead.page(
                "Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu kinh tế - xã hội trong năm tới. Trong đó, tổng"
                    + " sản phẩm xã hội ước đạt 64.400- 64.920 tỉ đồng; tăng trưởng kinh tế 6-"
                    + " 6,8%; GRDP đầu người đạt 68,8 - 69,3 triệu đồng/người."))
        .containsExactly("GE 6");
    assertThat(PlanEstimate.setsGoals(VietnameseText.fold("Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu.")))
        .isTrue();
  }

  @Test
  void anEstimateAfterGoalsNamedAsMetOrAfterAFigureStaysAResult() {
    // near cases: goals set in the past, or met, set nothing of the sentence after them
    assertThat(
            PlanEstimate.setsGoals(
                VietnameseText.fold("Năm 2024, tỉnh đã đặt ra 14 chỉ tiêu, đạt 13/14 chỉ tiêu.")))
        .isFalse();
    assertThat(
            TargetsRead.page(
                "Kỳ họp đã thông qua 14 chỉ tiêu năm 2023. Trong đó, tăng trưởng kinh tế ước đạt"
                    + " 6,2%."))
        .isEmpty();
    // the estimate after the goal's figure is the result set against it
    String f = VietnameseText.fold("Trong đó, tăng trưởng kinh tế 6%, ước đạt 6,2%.");
    assertThat(PlanEstimate.plansOwn(f, f, f.indexOf("uoc"), true)).isFalse();
    // with no goals set before, "Trong đó, … ước đạt" is a report's part
    String g = VietnameseText.fold("Trong đó, tăng trưởng kinh tế ước đạt 6,2%.");
    assertThat(PlanEstimate.plansOwn(g, g, g.indexOf("uoc"), false)).isFalse();
    assertThat(PlanEstimate.plansOwn(g, g, g.indexOf("uoc"), true)).isTrue();
  }
}
