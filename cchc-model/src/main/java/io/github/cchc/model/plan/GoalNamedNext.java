package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * Figures the next sentence names as a goal: "50% số dân cư trú từ 14 tuổi trở lên, đặc biệt là các
 * trường hợp thường xuyên thực hiện các giao dịch phải được cấp căn cước công dân điện tử. Đây là
 * mục tiêu mà TP. Hà Nội phải đạt được vào ngày 1/5 năm nay …" (vtvgo), "Theo Nghị quyết số
 * 01/NQ-CP …, tốc độ tăng tổng kim ngạch xuất khẩu năm 2026 được giao đạt khoảng 15 - 16% so với
 * năm 2025. Đây là mục tiêu thách thức, …" (thoibaotaichinh). The demonstrative opening the next
 * sentence ("Đây là mục tiêu …", "Đó cũng là một trong những chỉ tiêu …") points back at what the
 * sentence before states: its word of intent stands after the figures, one sentence on, as "… là
 * hai trong 7 chỉ tiêu chủ yếu" does inside one sentence ({@link NamedAmongGoals}). Goals named by
 * their state ("Đây là chỉ tiêu đã đạt", "… chỉ tiêu không đạt") are a report's tally, and a
 * sentence told as a result stays one.
 */
final class GoalNamedNext {
  private GoalNamedNext() {}

  /** On folded text: "đây là mục tiêu", "đó cũng là một trong những chỉ tiêu" opening it. */
  private static final Pattern NAMES =
      Pattern.compile(
          "^(?:day|do)\\s+(?:cung\\s+)?la\\s+(?:mot\\s+trong\\s+(?:so\\s+)?(?:cac|nhung)\\s+)?"
              + "(?:muc\\s+tieu|chi\\s+tieu)\\b"
              + "(?!\\s+(?:(?:da|duoc|da\\s+duoc)\\s+)?(?:dat|vuot|hoan\\s+thanh|chua|khong)\\b)");

  /**
   * True when the sentence after this one (folded) opens by naming it as a goal.
   *
   * @param nextFolded the next sentence of the paragraph, folded; empty when there is none
   * @return whether the figures of the sentence before it are named as goals
   */
  static boolean names(String nextFolded) {
    return NAMES.matcher(nextFolded).lookingAt();
  }
}
