package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The growth of the population named as a rate ("tốc độ tăng dân số") is held down, as "tỷ lệ tăng
 * dân số" is: a level of it without a direction is a ceiling; a share raised beside it stays a
 * floor.
 */
class PopulationGrowthRateTest {
  @Test
  void aPopulationGrowthRateHeldAtALevelIsACeiling() {
    // baokhanhhoa.vn, the population and reproductive health strategy 2011-2020 (corpus unseen48)
    assertThat(
            TargetsRead.page(
                "Chiến lược đề ra 11 mục tiêu cụ thể. Một là, phấn đấu tốc độ tăng dân số ở mức"
                    + " khoảng 1% vào năm 2015."))
        .containsExactly("LE 1");
    // a second of the class, "tốc độ gia tăng dân số", beside a share raised
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2025, tốc độ gia tăng dân số khoảng 1,1%; tỷ lệ dân số được quản"
                    + " lý sức khỏe đạt 90%."))
        .containsExactly("LE 1.1", "GE 90");
  }

  @Test
  void belowALevelKeepsItsOwnComparator() {
    // thanhhoa Như Xuân's chỉ tiêu to 2020 (corpus unseen): "dưới" already says it
    assertThat(
            TargetsRead.page(
                """
                CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025
                II. Về văn hóa - xã hội (10 chỉ tiêu) 12. Tốc độ tăng dân số bình quân hằng năm\
                 dưới 1%.
                """))
        .containsExactly("LT 1");
  }
}
