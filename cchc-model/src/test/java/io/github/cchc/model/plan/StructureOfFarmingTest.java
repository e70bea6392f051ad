package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The structure of the farm sector itself ("cơ cấu ngành nông lâm thủy sản", "cơ cấu giá trị sản
 * xuất trong nội bộ ngành nông nghiệp") gives shares of farming, not the economy's farm share a
 * plan holds down ({@link ShareWithinFarming#structureOfFarming}).
 */
class StructureOfFarmingTest {
  @Test
  void thePartsOfTheFarmSectorAreFloors() {
    // nongnghiep.vn on the Prime Minister's plan for farming to 2020 (unseen56)
    assertThat(
            TargetsRead.page(
                "Một số chỉ tiêu cụ thể đặt ra là cơ cấu ngành nông lâm thủy sản đến năm 2020 nông"
                    + " nghiệp chiếm 64,7%, lâm nghiệp 2%, thủy sản 33,3%."))
        .containsExactly("GE 64.7", "GE 2", "GE 33.3");
    // Đức Linh's plan for farming 2021-2025 (unseen57)
    assertThat(
            TargetsRead.page(
                "Phấn đấu cơ cấu giá trị sản xuất trong nội bộ ngành nông nghiệp trồng trọt chiếm"
                    + " 55%, chăn nuôi chiếm 30% và dịch vụ nông nghiệp chiếm 15%."))
        .containsExactly("GE 55", "GE 30", "GE 15");
  }

  @Test
  void theEconomysFarmShareStaysACeiling() {
    assertThat(
            TargetsRead.page(
                "Phấn đấu cơ cấu kinh tế đến năm 2025: nông, lâm nghiệp, thủy sản chiếm 20%; công"
                    + " nghiệp - xây dựng chiếm 45%; dịch vụ chiếm 35%."))
        .containsExactly("LE 20", "GE 45", "GE 35");
    // the structure by sectors named from farming on, industry among them
    assertThat(
            TargetsRead.page(
                "Phấn đấu cơ cấu ngành nông nghiệp - công nghiệp - dịch vụ đến năm 2025: nông"
                    + " nghiệp chiếm 20%, công nghiệp chiếm 45%, dịch vụ chiếm 35%."))
        .containsExactly("LE 20", "GE 45", "GE 35");
  }
}
