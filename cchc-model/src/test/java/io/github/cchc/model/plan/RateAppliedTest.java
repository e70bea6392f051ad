package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class of {@link RateApplied}: a charge's rate applied "theo mức … bằng N%" by a rule. */
class RateAppliedTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /**
   * unseen52's Bộ Nội vụ letter 11208 on the costs of managing the allowances of people of merit.
   */
  @Test
  void theRateOfACostARuleSetsIsNoTarget() {
    assertThat(
            read(
                "Bộ Nội vụ đã đề xuất phân bổ tỷ lệ chi phí quản lý trong phạm vi dự toán được giao"
                    + " cho công tác quản lý của toàn ngành theo mức chi phí quản lý bằng 1,7% theo"
                    + " quy định tại Thông tư số 44/2022/TT-BTC gửi Bộ Tài chính tổng hợp, đảm bảo"
                    + " thời gian theo quy định của pháp luật về ngân sách nhà nước."))
        .isEmpty();
    // a fee's rate, other words
    assertThat(read("Thu lệ phí theo mức lệ phí là 0,5% giá trị tài sản, đảm bảo đúng quy định."))
        .isEmpty();
  }

  /** A level to reach, no charge rated, stays a goal, with or without "theo mức". */
  @Test
  void aLevelToReachStaysAGoal() {
    assertThat(read("Phấn đấu tỷ lệ hồ sơ đúng hạn đạt mức 95%.")).containsExactly("GE 95");
    assertThat(read("Năm 2025 phấn đấu tăng trưởng kinh tế theo mức kịch bản là 8%."))
        .containsExactly("GE 8");
  }
}
