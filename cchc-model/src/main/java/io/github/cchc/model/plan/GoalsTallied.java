package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A report's tally of the goals met, without a figure of its own: "Khánh Hòa đã hoàn thành và vượt
 * 21/22 chỉ tiêu kinh tế - xã hội chủ yếu." (tienphong.vn on Khánh Hòa's 2025 results), "Toàn xã có
 * 19/21 chỉ tiêu đạt và vượt kế hoạch", "đạt và vượt 15/16 mục tiêu". A page that told a plan
 * before ("… đang đặt mục tiêu phấn đấu đến năm 2027 trở thành …") turns to the year's results with
 * it: the changes it goes on to give ("Tổng sản phẩm trên địa bàn (GRDP) tăng 7,11%; …") are
 * results, so the tally ends the page's account of the plan as a result with a figure does.
 */
final class GoalsTallied {
  private GoalsTallied() {}

  /**
   * A fraction of goals met, on folded text: "hoàn thành (và vượt) 21/22 chỉ tiêu", "đạt (và vượt)
   * 15/16 mục tiêu", "19/21 chỉ tiêu đạt (và vượt)".
   */
  private static final Pattern TALLY =
      Pattern.compile(
          "\\b(?:(?:da\\s+)?(?:hoan\\s+thanh|dat)(?:\\s+va\\s+vuot)?\\s+\\d+/\\d+\\s+(?:chi|muc)\\s+tieu\\b"
              + "|\\b\\d+/\\d+\\s+(?:chi|muc)\\s+tieu(?:\\s+[\\p{L}-]+){0,6}?\\s+(?:deu\\s+)?"
              + "(?:dat|hoan\\s+thanh|vuot)\\b)");

  /** Whether the folded sentence tallies the goals met. */
  static boolean in(String folded) {
    return TALLY.matcher(folded).find();
  }
}
