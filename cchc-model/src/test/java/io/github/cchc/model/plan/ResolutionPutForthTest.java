package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body putting forth a resolution ("đưa ra nghị quyết …") sets the figures of its content, as a
 * word of intent does ({@link Goals}).
 */
class ResolutionPutForthTest {
  @Test
  void theContentOfAResolutionPutForthIsAGoal() {
    // truyenhinhnghean on sustainable poverty reduction (unseen25)
    assertThat(
            TargetsRead.page(
                "Đại hội đảng bộ tỉnh nhiệm kỳ 2020 - 2025, đưa ra nghị quyết tỷ lệ hộ nghèo đa chiều"
                    + " giảm mỗi năm khoảng 1% - 1,5%, trong đó vùng miền núi từ 2% - 3%."))
        .containsExactly("GE 1", "GE 2");
  }

  @Test
  void aResolutionNamedAsCarriedOutSetsNothing() {
    // near case: a resolution carried out, its results reported
    assertThat(
            TargetsRead.page(
                "Thực hiện nghị quyết Đại hội, năm 2022 tỷ lệ hộ nghèo đa chiều của tỉnh đã giảm"
                    + " 1,2%."))
        .isEmpty();
  }
}
