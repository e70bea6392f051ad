package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A level still held ("vẫn chiếm 52,7%", "vẫn còn 5%", "vẫn ở mức 3%") is a result, not a goal.
 * Real headline of phunuvietnam.vn's tag page on the 2020 socio-economic resolution (unseen21).
 */
class LevelStillHeldTest {

  @Test
  void stillHeldIsAResult() {
    String headline = "Tỷ lệ hộ nghèo vùng dân tộc thiểu số vẫn chiếm 52,7% hộ nghèo cả nước";
    assertThat(ResultWords.toldAsResult(headline, Integer.MAX_VALUE)).isTrue();
    assertThat(TargetExtractor.extract(headline + "\n", true)).isEmpty();
    // a realistic variant
    assertThat(
            ResultWords.toldAsResult(
                "Tỷ lệ lao động nông nghiệp vẫn ở mức 45%.", Integer.MAX_VALUE))
        .isTrue();
  }

  @Test
  void keptAsAGoalIsNoResult() {
    // counter-example: a level to keep, no "vẫn"
    assertThat(ResultWords.toldAsResult("Duy trì tỷ lệ che phủ rừng ở mức 45%.", Integer.MAX_VALUE))
        .isFalse();
  }
}
