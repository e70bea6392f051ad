package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The budget deficit a budget estimate passed for a year to come gives is a ceiling it sets, though
 * told "tương đương" a share of GDP ({@link DeficitOfEstimate}).
 */
class DeficitOfEstimateTest {
  @Test
  void theDeficitOfAnEstimatePassedIsACeiling() {
    // Nghị quyết 245/2025/QH15 on the 2026 estimate, as tnt305's news copy gives it (unseen48)
    assertThat(
            TargetsRead.page(
                """
                Nghị quyết số 245/2025/QH15, Quốc hội quyết nghị: Thông qua dự toán ngân sách nhà\
                 nước (NSNN) năm 2026 với số thu NSNN là 2.529.467 tỷ đồng.

                Mức bội chi NSNN là 605.800 tỷ đồng, tương đương 4,2% tổng sản phẩm trong nước\
                 (GDP), gồm: Bội chi ngân sách trung ương là 583.700 tỷ đồng, tương đương 4% GDP;\
                 bội chi ngân sách địa phương là 22.100 tỷ đồng, tương đương 0,2% GDP.
                """))
        .containsExactly("LE 4.2", "LE 4", "LE 0.2");
  }

  @Test
  void theDeficitOfAYearClosedStaysAResult() {
    // near cases: no estimate passed (a report on the year), and an estimate of a year past
    assertThat(
            TargetsRead.page(
                "Năm 2025, mức bội chi NSNN là 605.800 tỷ đồng, tương đương 4,2% tổng sản phẩm trong"
                    + " nước (GDP)."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                """
                Quốc hội đã thông qua dự toán ngân sách nhà nước năm 2024 từ cuối năm 2023, và\
                 nay xem xét quyết toán năm 2025.

                Mức bội chi NSNN là 400.000 tỷ đồng, tương đương 3,6% GDP.
                """))
        .isEmpty();
    assertThat(DeficitOfEstimate.givesDeficit("muc boi chi nsnn da thuc hien la 3,4% gdp"))
        .isFalse();
  }
}
