package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Only so much working, "chỉ vận hành khoảng 44% công suất", is a shortfall measured, a result
 * ({@link ResultWords}).
 */
class OnlySoMuchWorkingTest {

  @Test
  void onlySoMuchWorkingIsAResult() {
    // nld.com.vn on Khánh Hòa's growth in 2025 (unseen41), inside an account of the plan
    assertThat(
            PlanReader.readAnyText(
                    "page.txt",
                    "Theo đó, Khánh Hòa phấn đấu tăng trưởng 8,1%.\n\nNhà máy điện BOT Vân Phong"
                        + " chỉ vận hành khoảng 44% công suất thiết kế; các nhà máy điện mặt trời"
                        + " cũng buộc giảm phát điện do mưa kéo dài.")
                .targets()
                .stream()
                .map(TargetLines::of)
                .toList())
        .containsExactly("GE 8.1 PERCENT");
  }

  @Test
  void aBoundOnWhatIsToWorkIsStillAGoal() {
    // near case: a plan's ceiling after "chỉ vận hành"
    assertThat(
            TargetsRead.page(
                "Theo kế hoạch, năm 2026 nhà máy chỉ vận hành tối đa 80% công suất để bảo"
                    + " dưỡng."))
        .containsExactly("LE 80");
  }
}
