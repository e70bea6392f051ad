package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A decision named as a sentence's source, requiring a level by a year after it was made, sets a
 * goal ({@link DecisionAsSource}).
 */
class DecisionAsSourceTest {
  @Test
  void aDecisionsRequirementByAYearAheadIsAGoal() {
    // sggp on rural clean water (unseen23): the decision of 2021 requires 65% by 2030; the
    // strategy's result after it stays a result
    assertThat(
            TargetsRead.page(
                "Theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ phê duyệt ngày 24-11-2021,"
                    + " đến năm 2030, 65% dân số phải được sử dụng nước sạch đạt quy chuẩn. Sau 10"
                    + " năm triển khai Chiến lược quốc gia về cấp nước sạch và vệ sinh nông thôn giai"
                    + " đoạn 2001-2020, đã có 51% người dân ở nông thôn được sử dụng nước sạch đạt"
                    + " quy chuẩn của Bộ Y tế. Mục tiêu của chiến lược là đến năm 2045, 100% người"
                    + " dân được sử dụng nước sạch đạt quy chuẩn."))
        .containsExactly("GE 65", "EQ 100");
  }

  @Test
  void aDeadlineNoLaterThanTheDecisionIsNoGoalItSets() {
    // a near case: the deadline is the decision's own year, what it tells is a level reached
    assertThat(
            TargetsRead.page(
                "Theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ phê duyệt ngày 24-11-2021,"
                    + " đến năm 2021, 51% dân số được sử dụng nước sạch đạt quy chuẩn."))
        .isEmpty();
    assertThat(
            DecisionAsSource.setsDeadlineAhead(
                "theo quyet dinh so 1978/qd-ttg phe duyet ngay 24-11-2021, den nam 2030, 65%",
                2045))
        .isTrue();
    // a plan named as source is PlanAccount's, not this one's
    assertThat(DecisionAsSource.setsDeadlineAhead("theo ke hoach, den nam 2030, 65%", 2030))
        .isFalse();
  }
}
