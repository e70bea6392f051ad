package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence opening on a plan's vision ("Tầm nhìn đến năm 2045, …") sets goals ({@link
 * VisionAhead}).
 */
class VisionAheadTest {
  @Test
  void aVisionOpeningTheSentenceSetsItsGoal() {
    // thanhnien on HCM City's first congress (unseen21)
    assertThat(
            TargetsRead.page(
                "Tầm nhìn đến 100 năm thành lập nước (năm 2045), TP.HCM nằm trong nhóm 100 thành phố"
                    + " tốt nhất thế giới, xứng tầm siêu đô thị quốc tế của Đông Nam Á."))
        .containsExactly("RANK_WITHIN 100");
    assertThat(VisionAhead.opens("tam nhin den nam 2045, giao duc nghe nghiep", 2045)).isTrue();
  }

  @Test
  void aVisionNamedInAPlansTitleSetsNothing() {
    // near cases: the vision in a plan's title inside a sentence of results, and a vision's year
    // earlier than the latest the text names
    assertThat(
            TargetsRead.page(
                "Thực hiện Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, năm 2024 tỉnh"
                    + " nằm trong nhóm 10 tỉnh dẫn đầu cả nước."))
        .isEmpty();
    assertThat(VisionAhead.opens("tam nhin den nam 2030, tinh nam trong nhom 10", 2045)).isFalse();
  }

  @Test
  void aVisionCitedInsideASentenceIsNoLatestYear() {
    // hanict on Hà Nội's CTr 21 (unseen52): the resolution's title's horizon
    assertThat(
            TimeAhead.latestYear(
                "nghi quyet so 29-nq/tu ve “tiep tuc day manh cnh, hdh dat nuoc den nam 2030, tam"
                    + " nhin den nam 2045”."))
        .isEqualTo(2030);
    assertThat(TimeAhead.latestYear("quy hoach tinh thoi ky 2021-2030, tam nhin 2050"))
        .isEqualTo(2030);
    // a vision opening its sentence or its line keeps its year
    assertThat(TimeAhead.latestYear("muc tieu den nam 2030.\ntam nhin den nam 2045, 90% ..."))
        .isEqualTo(2045);
    assertThat(TimeAhead.latestYear("muc tieu den nam 2030. tam nhin den nam 2045, 90% ..."))
        .isEqualTo(2045);
  }
}
