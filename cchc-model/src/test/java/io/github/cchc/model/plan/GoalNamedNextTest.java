package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures the next sentence names as a goal, "Đây là mục tiêu …" ({@link GoalNamedNext}). */
class GoalNamedNextTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  /** thoibaotaichinh.vn on exports in 2026 (corpus unseen48). */
  private static final String EXPORTS =
      " date 2026-01-29 (TBTCO) - Theo Nghị quyết số 01/NQ-CP ngày 8/1/2026 của Chính phủ, tốc độ"
          + " tăng tổng kim ngạch xuất khẩu năm 2026 được giao đạt khoảng 15 - 16% so với năm 2025."
          + " Đây là mục tiêu thách thức, đòi hỏi nỗ lực cao độ của các ngành, các địa phương và"
          + " doanh nghiệp ngay từ những ngày đầu năm.";

  @Test
  void theSentenceNamedAGoalAfterItGivesItsFigure() {
    assertThat(read(EXPORTS)).containsExactly("GE 15 PERCENT");
  }

  @Test
  void aResultOrAGoalNamedByItsStateStaysAResult() {
    // the near cases: the sentence before told as a result, or the goal named as reached
    assertThat(
            read(
                "Tổng kim ngạch xuất khẩu năm 2025 đã đạt 475 tỷ USD, tăng 17% so với năm 2024. Đây"
                    + " là mục tiêu mà ngành phấn đấu nhiều năm."))
        .isEmpty();
    assertThat(
            read(
                "Tỷ lệ che phủ rừng của tỉnh 45,2%. Đây là chỉ tiêu đã đạt ngay từ giữa nhiệm kỳ."))
        .isEmpty();
  }

  @Test
  void onlyADemonstrativeOpeningTheNextSentenceNamesIt() {
    assertThat(GoalNamedNext.names(VietnameseText.fold("Đây là mục tiêu thách thức, đòi hỏi …")))
        .isTrue();
    assertThat(
            GoalNamedNext.names(
                VietnameseText.fold("Đó cũng là một trong những chỉ tiêu quan trọng của tỉnh.")))
        .isTrue();
    assertThat(GoalNamedNext.names(VietnameseText.fold("Đây là chỉ tiêu không đạt."))).isFalse();
    assertThat(GoalNamedNext.names(VietnameseText.fold("Mục tiêu này là thách thức lớn.")))
        .isFalse();
    assertThat(GoalNamedNext.names("")).isFalse();
  }
}
