package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of false or mis-compared targets of the fresh sets {@code unseen26/} and {@code
 * unseen27/}: a reached goal followed by the parts of its result in parentheses, and a goal that no
 * unit be left beyond a figure ({@link NoneBeyond}).
 */
class ResultsPartsAndNoneBeyondTest {
  @Test
  void partsOfAResultInParenthesesAfterAReachedGoalAreResults() {
    // sggp.org.vn, Sóc Trăng's 2024 results ("đạt, vượt 24 chỉ tiêu")
    assertThat(
            TargetsRead.page(
                "Theo đó, tốc độ tăng trưởng kinh tế năm 2024 của tỉnh Sóc Trăng ước đạt 7%, đạt chỉ"
                    + " tiêu nghị quyết (khu vực I tăng 3,94%; khu vực II tăng 10,3%; khu vực III"
                    + " tăng 8,96%)."))
        .isEmpty();
    // a realistic variant of the class: a plan's name and two sectors
    assertThat(
            TargetsRead.page(
                "Năm 2024, giá trị sản xuất ước tăng 6,2%, đạt kế hoạch, vượt chỉ tiêu đề ra (nông"
                    + " nghiệp tăng 3,1%; công nghiệp - xây dựng tăng 9,4%)."))
        .isEmpty();
  }

  @Test
  void aReachedGoalWithItsFigureInParenthesesKeepsTheGoal() {
    // tayninh.dcs.vn's poverty results, the counter-example: one goal in the parentheses
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hộ nghèo giảm 1,17%, đạt chỉ tiêu của Chương trình do Quốc hội, Chính phủ"
                    + " giao (từ 1-1,5%)."))
        .containsExactly("GE 1");
  }

  @Test
  void noUnitLeftAboveAFigureIsAnUpperBound() {
    // dantocmiennui.vn, Lâm Đồng's poverty goals to 2020
    assertThat(
            TargetsRead.page(
                "Đến năm 2020, phấn đấu đưa huyện Đam Rông thoát khỏi tình trạng đặc biệt khó khăn"
                    + " theo Nghị quyết số 30a của Chính phủ; không còn xã nào có trên 15% hộ nghèo,"
                    + " riêng vùng đồng bào dân tộc thiểu số không còn xã có trên 20% hộ nghèo."))
        .containsExactly("LE 15", "LE 20");
    // a realistic variant: none below a figure is every unit at least that figure
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2025 không còn xã nào có tỷ lệ tham gia bảo hiểm y tế dưới 90%."))
        .containsExactly("GE 90");
  }

  @Test
  void aLevelAboveAFigureWithoutUnitsCountedKeepsItsComparator() {
    // the counter-example: no negated existence of units before the figure
    assertThat(TargetsRead.page("Phấn đấu đến năm 2025 có trên 15% số xã đạt chuẩn nông thôn mới."))
        .containsExactly("GT 15");
    assertThat(TargetsRead.page("Phấn đấu tỷ lệ hộ nghèo giảm, không còn ở mức trên 3%."))
        .containsExactly("GT 3");
  }
}
