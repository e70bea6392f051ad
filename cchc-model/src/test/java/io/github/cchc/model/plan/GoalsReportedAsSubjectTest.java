package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goals that are the subject of what they did ("Một số chỉ tiêu kinh tế tăng khá") are reported,
 * not set: their "chỉ tiêu" is no word of intent. Real sentences of Bỉm Sơn's 2021 results
 * (baothanhhoa.vn, unseen22).
 */
class GoalsReportedAsSubjectTest {

  @Test
  void goalsThatGrewAreNoIntent() {
    assertThat(Goals.intentStart("Một số chỉ tiêu kinh tế tăng khá.")).isNegative();
    assertThat(
            Goals.intentStart(
                "Hầu hết các chỉ tiêu kinh tế - xã hội đều đạt, vượt kế hoạch và tăng so với cùng"
                    + " kỳ (CK)."))
        .isNegative();
    // a realistic variant
    assertThat(Goals.intentStart("Các chỉ tiêu kinh tế - xã hội đều đạt và vượt.")).isNegative();
  }

  @Test
  void goalsListedOrSetStayIntent() {
    // counter-examples: a list of goals, goals to reach
    assertThat(Goals.intentStart("Một số chỉ tiêu chủ yếu:")).isNotNegative();
    assertThat(Goals.intentStart("Phấn đấu các chỉ tiêu kinh tế tăng khá so với năm 2025."))
        .isZero();
  }

  @Test
  void bimSonsBreakdownOfAResultIsNoGoal() {
    String page =
        "Theo đó, năm 2021 dù gặp nhiều khó khăn, thách thức, song tình hình kinh tế - xã hội của"
            + " thị xã tiếp tục duy trì, phát triển ổn định và đạt kết quả đáng khích lệ trên các"
            + " lĩnh vực. Hầu hết các chỉ tiêu kinh tế - xã hội đều đạt, vượt kế hoạch và tăng so"
            + " với cùng kỳ (CK). Một số chỉ tiêu kinh tế tăng khá. Cụ thể, tổng giá trị sản xuất"
            + " địa bàn đạt trên 29.511 tỷ đồng, đạt 100,2% kế hoạch tăng 15,9% so CK. Trong đó,"
            + " công nghiệp - xây dựng tăng trưởng 18,4% so CK; thương mại - dịch vụ tăng 9,7%;"
            + " nông - lâm - thủy sản tăng 3,4% so CK.";
    assertThat(TargetExtractor.extract(page, true)).isEmpty();
  }
}
