package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A share of a quota with a plan's bound before it, after a word of intent of the sentence's own,
 * is a goal ({@link GoalsOrResults}): "phấn đấu … đạt trên 95% kế hoạch", "yêu cầu … không vượt quá
 * 25% chỉ tiêu cả năm".
 */
class BoundedQuotaTest {

  @Test
  void aBoundedShareOfTheQuotaSetByAWordOfIntentIsAGoal() {
    // vneconomy on the Ministry of Construction's 2026 (unseen20)
    assertThat(
            TargetsRead.page(
                "Về các chỉ tiêu cụ thể, một trong những nhiệm vụ trọng tâm là phấn đấu tỷ lệ giải"
                    + " ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch được Thủ tướng Chính phủ"
                    + " giao."))
        .containsExactly("GT 95");
    // thoibaonganhang on credit in 2026 (unseen48)
    assertThat(
            TargetsRead.page(
                "NHNN yêu cầu các TCTD kiểm soát tốc độ tăng tín dụng trong 3 tháng đầu năm không"
                    + " vượt quá 25% chỉ tiêu cả năm"))
        .containsExactly("LE 25");
  }

  @Test
  void aShareReachedOrCarriedOnFromIntentBeforeStaysAResult() {
    // near cases: the word of intent in the sentence before (plo on Vĩnh Long's term, unseen23);
    // a share reached, without a bound
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu hoàn thành các chỉ tiêu. Tiến độ giải ngân vốn đầu tư công đạt bình"
                    + " quân trên 95% kế hoạch hằng năm."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu đẩy nhanh tiến độ, đến nay giải ngân đạt 65,2% kế hoạch."))
        .isEmpty();
  }

  @Test
  void theWholeQuotaAfterTheFutureIsAGoal() {
    // baothanhhoa on phường Đông Sơn's congress 2025-2030 (unseen18)
    assertThat(
            TargetsRead.page(
                "Trong nhiệm kỳ sẽ thành lập mới 750 doanh nghiệp, kết nạp 600 đảng viên, hoàn"
                    + " thành 100% chỉ tiêu giao quân."))
        .containsExactly("EQ 100");
    // near cases: the quota completed, the future after it; a share reached before the future
    assertThat(
            TargetsRead.page(
                "Năm 2024, xã đã hoàn thành 100% chỉ tiêu giao quân, năm tới sẽ tiếp tục."))
        .isEmpty();
    assertThat(TargetsRead.page("Thu ngân sách đạt 100% kế hoạch, dự kiến cuối năm sẽ vượt."))
        .isEmpty();
  }
}
