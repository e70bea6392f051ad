package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A share whose whole is farming ("tỷ trọng chăn nuôi trong ngành nông nghiệp") is a part the plan
 * raises, a floor; the farm share of the economy's structure beside it stays a ceiling, and so does
 * farm labour's share named with "trong ngành nông nghiệp".
 */
class ShareWithinFarmingTest {
  @Test
  void aPartsShareWithinFarmingIsAFloor() {
    // timhieuvietnam.edu.vn, Hà Giang's chỉ tiêu chủ yếu to 2020 (corpus unseen45)
    String haGiang =
        """
        - Chỉ tiêu chủ yếu
        (2) Cơ cấu kinh tế: Thương mại - dịch vụ chiếm 39%, công nghiệp - xây dựng 28%, nông lâm\
         nghiệp - thuỷ sản 33%.
        (8) Tỷ trọng chăn nuôi trong ngành nông nghiệp đạt 30%.
        """;
    assertThat(TargetsRead.page(haGiang)).containsExactly("GE 39", "GE 28", "LE 33", "GE 30");
    // a second of the class: fishing's share within farming, in a structure's list of goals
    String fishing =
        """
        Các chỉ tiêu chủ yếu
        - Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản chiếm 25%; công nghiệp - xây dựng 35%; dịch vụ\
         40%.
        - Tỷ trọng thủy sản trong giá trị sản xuất nông nghiệp đạt 35%.
        """;
    assertThat(TargetsRead.page(fishing)).containsExactly("LE 25", "GE 35", "GE 40", "GE 35");
  }

  @Test
  void farmLabourWithinFarmingStaysACeiling() {
    // thesaigontimes.vn, the labour-market resolution (corpus unseen32)
    assertThat(
            TargetsRead.page(
                "Theo thông tin từ TTXVN, nội dung của nghị quyết này hướng đến mục tiêu năm 2025,"
                    + " tỷ trọng lao động trong ngành nông nghiệp đạt khoảng 25% trên tổng lao"
                    + " động."))
        .containsExactly("LE 25");
  }
}
