package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The goal named after "so với mục tiêu / chỉ tiêu / kế hoạch" beside a result ({@link
 * GoalsAgainstResults}): its figure with a decimal comma or a yearly one is read whole, and its
 * words end at a clause joined by "và".
 */
class ContrastGoalFigureTest {
  @Test
  void aYearlyGoalInParenthesesAfterTheGoalsNameIsAGoal() {
    // m.infonet.vietnamnet.vn on Quảng Ngãi's poverty to 2020 (unseen41): the goal's figure in
    // parentheses is a yearly one (GoalsAgainstResults); the results before it are not goals
    assertThat(
            TargetsRead.page(
                "Huyện nghèo theo Nghị quyết 30a, ước thực hiện đến cuối năm 2020 giảm xuống còn"
                    + " 20,52%; bình quân giảm 5,25%/năm; vượt 1,25% so với mục tiêu đề ra"
                    + " (4%/năm)."))
        .containsExactly("GE 4");
    // a realistic variant without "/năm" reads as before
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hộ nghèo giảm còn 2,1%, vượt 0,4% so với mục tiêu đề ra (2,5%)."))
        .containsExactly("LE 2.5");
  }

  @Test
  void theGoalsFigureWithADecimalCommaIsReadWhole() {
    // plo.vn on Đồng Nai's 2025 results (unseen38): not cut at "8"
    assertThat(
            TargetsRead.page(
                "Quy mô kinh tế GRDP đạt gần 678.000 tỉ đồng, tăng trưởng kinh tế 9,63%, vượt so với"
                    + " mục tiêu Chính phủ giao là 8,5%."))
        .containsExactly("GE 8.5");
    // m.viettimes.vn on the 2020 plan the Quốc hội passed (unseen17): the 2019 goal beside it
    assertThat(
            TargetsRead.page(
                "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 90,7% so với chỉ tiêu tương ứng của năm 2019"
                    + " là 88,1%."))
        .containsExactly("GE 88.1");
  }

  @Test
  void aClauseJoinedByAndAfterThePlanIsAResult() {
    // nghean24h on Nghệ An's February 2026 (unseen23): the plan has no figure, 98,24% is a result
    assertThat(
            TargetsRead.page(
                "Tổng diện tích gieo trồng vụ Xuân ước đạt 117.794 ha, đạt 90,36% so với kế hoạch và"
                    + " đạt 98,24% so với cùng kỳ."))
        .isEmpty();
    // a realistic variant: the growth against a plan with no figure, then the year before
    assertThat(
            TargetsRead.page(
                "Kim ngạch xuất khẩu đạt 985,8 triệu USD, vượt so với kế hoạch và tăng 6,1% so với"
                    + " năm trước."))
        .isEmpty();
  }
}
