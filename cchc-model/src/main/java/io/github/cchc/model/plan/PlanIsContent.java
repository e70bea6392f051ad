package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence opening on a plan and what it is: "Kế hoạch của tỉnh giai đoạn 2020-2025 là đào tạo
 * nghề cho trên 24 nghìn người, trong đó người DTTS chiếm tỷ lệ 35%." (truyenhinhdaknong on Đắk
 * Nông's ethnic-minority poverty goals), "Kế hoạch đến năm 2025 là tất cả các thủ tục hành chính
 * …". What the plan "là" (is) is its content: the figures after it are set, as after a word of
 * intent. Only the plan opening the sentence and naming at most its owner and period before "là": a
 * plan named inside a report ("thu ngân sách đạt 105% kế hoạch") sets nothing.
 */
final class PlanIsContent {
  private PlanIsContent() {}

  /** On folded text: "kế hoạch của tỉnh giai đoạn 2020-2025 là ", "kế hoạch đến năm 2025 là ". */
  private static final Pattern OPENS =
      Pattern.compile("^(?:[-–•+*]\\s*)?ke\\s+hoach\\b[^.,;:%]{0,60}?\\s+la\\s+(?!mot\\b)");

  /** Where the plan's content begins in the (folded) sentence; -1 when it does not open so. */
  static int contentFrom(String folded) {
    Matcher m = OPENS.matcher(folded);
    return m.lookingAt() ? m.end() : -1;
  }
}
