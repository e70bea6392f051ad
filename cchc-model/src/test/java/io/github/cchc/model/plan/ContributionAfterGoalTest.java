package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence opening on what the goal before it contributes to ("Góp phần giảm …") goes on with
 * that goal ({@link Goals#continues}).
 */
class ContributionAfterGoalTest {
  @Test
  void aContributionAfterAGoalIsAGoal() {
    // tuyenquangtv on Tuyên Quang's draft poverty resolution (unseen25)
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 19,32% đầu năm 2018 xuống còn 12,72% cuối năm"
                    + " 2020. Góp phần giảm tỷ lệ hộ nghèo bình quân toàn tỉnh trên 4%/năm theo chuẩn"
                    + " nghèo đa chiều trong giai đoạn 2016 – 2020."))
        .containsExactly("LE 12.72", "GT 4");
  }

  @Test
  void aContributionAfterAResultStaysAResult() {
    // near case: the sentence before reports a result
    assertThat(
            TargetsRead.page(
                "Năm 2019, tỉnh đã giảm tỷ lệ hộ nghèo xuống còn 14,5%. Góp phần giảm tỷ lệ hộ nghèo"
                    + " bình quân toàn tỉnh trên 4%/năm."))
        .isEmpty();
    assertThat(Goals.continues("gop phan giam ty le ho ngheo")).isTrue();
    assertThat(Goals.continues("gop phan vao thanh tich chung")).isFalse();
  }
}
