package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures named as some of a plan's goals after them ({@link NamedAmongGoals}). */
class NamedAmongGoalsTest {

  @Test
  void figuresNamedAsTwoOfTheGoalsAreGoals() {
    // kontumtv.vn's sapo on Kon Tum's chỉ tiêu for the last six months of 2022 (corpus unseen54)
    assertThat(
            TargetsRead.page(
                "(kontumtv.vn) – Tốc độ tăng trưởng GRDP của tỉnh tăng từ 10,3% trở lên; thu ngân"
                    + " sách nhà nước trên địa bàn hơn 1.700 tỷ đồng là hai trong 7 chỉ tiêu chủ yếu"
                    + " về phát triển kinh tế của tỉnh Kon Tum trong 6 tháng cuối năm 2022."))
        .containsExactly("GE 10.3");
    assertThat(NamedAmongGoals.names("ty le … la mot trong nhung chi tieu quan trong")).isTrue();
  }

  @Test
  void figuresNamedAmongTheGoalsMetAreAReportsTally() {
    // near case: the same naming of goals met or passed tells results
    assertThat(
            TargetsRead.page(
                "Tốc độ tăng trưởng GRDP của tỉnh tăng 10,5%, là một trong 5 chỉ tiêu đã vượt kế"
                    + " hoạch năm 2022."))
        .isEmpty();
    assertThat(NamedAmongGoals.names("la hai trong 7 chi tieu dat va vuot")).isFalse();
    assertThat(NamedAmongGoals.names("la mot trong nhung tinh dan dau")).isFalse();
  }

  @Test
  void figuresADashPointsBackAtAsGoalsAreGoals() {
    // daidoanket on the farm ministry's three goals for 2017 (unseen52); "những tháng còn lại" is
    // the rest of the year still to come, no remainder counted
    assertThat(
            TargetsRead.page(
                "“Tốc độ tăng trưởng ngành đạt 3,05%; xuất khẩu nông, lâm, thuỷ sản 33 tỷ USD và"
                    + " chương trình mục tiêu quốc gia xây dựng nông thôn mới 31%” - đây là 3 mục"
                    + " tiêu lớn mà toàn ngành nông nghiệp phải quyết liệt triển khai thực hiện"
                    + " trong những tháng còn lại của năm 2017."))
        .containsExactly("GE 3.05", "GE 31");
  }

  @Test
  void aGoalPointedBackAtAsMetOrTheRestCountedStaysAResult() {
    // near cases: the goal named as met; "còn lại" counting the rest of the provinces
    assertThat(
            TargetsRead.page(
                "“Tốc độ tăng trưởng ngành đạt 3,05%” - đây là chỉ tiêu đã đạt ngay trong năm"
                    + " 2017."))
        .isEmpty();
    assertThat(TargetsRead.page("Có 58 tỉnh đạt trên 90%, 5 tỉnh còn lại đạt 85%.")).isEmpty();
  }
}
