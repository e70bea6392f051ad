package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence opening on a plan and what it "là" (is) sets the figures of its content ({@link
 * PlanIsContent}).
 */
class PlanIsContentTest {
  @Test
  void whatThePlanIsIsAGoal() {
    // truyenhinhdaknong on Đắk Nông's ethnic-minority poverty goals (unseen46)
    assertThat(
            TargetsRead.page(
                "Kế hoạch của tỉnh giai đoạn 2020-2025 là đào tạo nghề cho trên 24 nghìn người,"
                    + " trong đó người DTTS chiếm tỷ lệ 35%. Để thực hiện được mục tiêu trên, giải"
                    + " pháp của tỉnh là tập trung nguồn lực."))
        .containsExactly("GE 35");
  }

  @Test
  void aPlanNamedInsideAReportSetsNothing() {
    // near cases: a share of the plan reached, and the plan not opening the sentence
    assertThat(
            TargetsRead.page("Năm 2024, thu ngân sách đạt 105% kế hoạch, tăng 8% so với năm 2023."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                "Thực hiện kế hoạch của tỉnh, năm 2024 người DTTS chiếm tỷ lệ 35% số người được đào"
                    + " tạo nghề."))
        .isEmpty();
    assertThat(PlanIsContent.contentFrom("ke hoach cua tinh giai doan 2020-2025 la dao tao"))
        .isPositive();
    assertThat(PlanIsContent.contentFrom("ke hoach la mot trong nhung giai phap")).isNegative();
  }
}
