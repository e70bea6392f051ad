package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An estimate ("ước đạt") covers its own clause, not a later one bounding its figure as a plan does
 * ({@link ResultWords#estimated}).
 */
class EstimateClauseTest {

  @Test
  void aBoundedClauseAfterTheEstimateIsAGoal() {
    // vnexpress on Thanh Hóa's 2026 (unseen54)
    assertThat(
            TargetsRead.page(
                "Hội nghị thống nhất mục tiêu năm 2026 với 32 chỉ tiêu chủ yếu, trong đó tăng"
                    + " trưởng GRDP từ 11% trở lên, tổng vốn đầu tư phát triển ước đạt 168 nghìn tỷ"
                    + " đồng, thu ngân sách tăng tối thiểu 7%, giá trị xuất khẩu khoảng 8,5 tỷ"
                    + " USD."))
        .containsExactly("GE 11", "GE 7");
  }

  @Test
  void anUnboundedClauseAfterTheEstimateStaysEstimated() {
    // near case: the growth after the estimate, with no bound
    assertThat(
            TargetsRead.page(
                "Tỉnh đặt mục tiêu năm 2026 tăng trưởng từ 10% trở lên; tổng vốn đầu tư ước đạt 168"
                    + " nghìn tỷ đồng, tăng 12%."))
        .containsExactly("GE 10");
    String unbounded = "Tổng vốn đầu tư ước đạt 168 nghìn tỷ đồng, thu ngân sách tăng 9%.";
    assertThat(ResultWords.estimated(unbounded)[1]).isEqualTo(unbounded.length());
  }
}
