package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rate per thousand typed "%o" (the letter o for "‰") is no percentage, as "%0" is not; the
 * percentages beside it are read.
 */
class PerMilleLetterTest {
  @Test
  void aRatePerThousandTypedWithTheLetterOIsNoPercentage() {
    // kinhtedothi.vn, Phú Quốc's plan for 2021-2025 (corpus unseen47)
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2025, giữ tỷ lệ tăng dân số tự nhiên dưới 11%o/năm; giảm tỷ lệ"
                    + " hộ nghèo dưới 1%."))
        .containsExactly("LT 1");
    // baothaibinh.com.vn, Thái Bình's 2019 goals (corpus unseen45): the list's last item
    assertThat(
            TargetsRead.page(
                """
                Các chỉ tiêu chủ yếu năm 2019:
                -Tỷ lệ lao động qua đào tạo đạt 66%.
                -Mức giảm tỷ lệ sinh khoảng 0,1%o.
                """))
        .containsExactly("GE 66");
  }

  @Test
  void aPercentageBeforeAWordStaysAPercentage() {
    // counter-example: "%" then a word ("100% ở các xã", typed without its space) is a percentage
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%ở các xã."))
        .containsExactly("GE 100");
  }
}
