package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list of goals for a named year announced by "là:" ({@link GoalsListedForPeriod}), with the
 * economy's structure in the next paragraph, each share's change beside it no goal ({@link
 * ShareChangeBeside}).
 */
class GoalsListedForPeriodTest {
  // baogialai.com.vn on Chư Păh's goals for 2024, December 2023 (unseen22)
  private static final String CHU_PAH =
      """
      Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: Tốc độ tăng trưởng giá trị sản xuất đạt 9,5%\
       trở lên, tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, ngành nông-lâm nghiệp, thủy sản\
       là 3.621,68 tỷ đồng, tăng 8,53% so với năm 2023; ngành công nghiệp-xây dựng 3.671,79 tỷ đồng,\
       tăng 10,53% so với năm 2023; ngành thương mại-dịch vụ 1.669,24 tỷ đồng, tăng 9,38% so với năm\
       2023.

      Cơ cấu kinh tế (theo giá hiện hành) chuyển dịch như sau: Ngành nông-lâm nghiệp chiếm 38,10%,\
       giảm 0,07% so với năm 2023; ngành công nghiệp-xây dựng chiếm 36,50%, tăng 0,06% so với năm\
       2023; ngành thương mại-dịch vụ chiếm 25,40%, tăng 0,01% so với năm 2023.
      """;

  @Test
  void theStructureAfterAListOfTheYearsGoalsIsPartOfIt() {
    assertThat(TargetsRead.page(CHU_PAH))
        .containsExactly(
            "GE 9.5", "GE 8.53", "GE 10.53", "GE 9.38", "LE 38.10", "GE 36.50", "GE 25.40");
  }

  @Test
  void aListOfGoalsReachedAnnouncesResults() {
    // a realistic variant: the goals reached in the year before, then the structure reached
    assertThat(
            TargetsRead.page(
                """
                Các chỉ tiêu đạt được năm 2023 là: Tốc độ tăng trưởng giá trị sản xuất đạt 9,1%,\
                 tổng giá trị sản xuất đạt 8.100 tỷ đồng.

                Cơ cấu kinh tế chuyển dịch như sau: Ngành nông-lâm nghiệp chiếm 38,17%, giảm 0,5% so\
                 với năm 2022; ngành công nghiệp-xây dựng chiếm 36,44%.
                """))
        .doesNotContain("LE 38.17", "GE 36.44", "GE 0.5");
    assertThat(GoalsListedForPeriod.announces("cac chi tieu dat duoc nam 2023 la: toc do"))
        .isFalse();
    assertThat(GoalsListedForPeriod.announces("muc tieu cu the cua ke hoach den nam 2025 la: 100%"))
        .isTrue();
  }

  @Test
  void aGrowthIsKeptWhereAShareChangeIsNot() {
    // the growths of the sectors' output are goals, the changes of the shares are not
    assertThat(TargetsRead.page(CHU_PAH)).doesNotContain("GE 0.07", "GE 0.06", "GE 0.01");
  }
}
