package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A clause of its own that sets a goal after the shares of a goal a sentence reports gives that
 * goal; the shares stay results ({@link GoalsAgainstResults#goalSetAfterShares}).
 */
class GoalSetAfterSharesTest {
  @Test
  void theGoalSetAfterTheSharesIsRead() {
    // dantri on Tây Ninh's 2025 (unseen51)
    assertThat(
            TargetsRead.page(
                "Riêng năm 2025, đến nay giải ngân đạt 74,58% kế hoạch Thủ tướng giao và 70,99% kế"
                    + " hoạch UBND tỉnh phân bổ; tỉnh phấn đấu đến cuối năm giải ngân 100%."))
        .containsExactly("EQ 100");
  }

  @Test
  void sharesWithNoGoalOfTheirOwnAfterThemStayResults() {
    assertThat(
            TargetsRead.page(
                "Riêng năm 2025, đến nay giải ngân đạt 74,58% kế hoạch Thủ tướng giao; tỉnh phấn"
                    + " đấu hoàn thành kế hoạch."))
        .isEmpty();
    // the word of intent before the share, in the same clause: a share of a goal, a result
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu giải ngân đạt 95% kế hoạch, đến nay đạt 74,58% kế hoạch."))
        .isEmpty();
    String f = "den nay giai ngan dat 74,58% ke hoach, phan dau giai ngan 100%";
    assertThat(GoalsAgainstResults.goalSetAfterShares(f, f.indexOf("phan dau"))).isFalse();
  }
}
