package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure judged against the plan named without the plan's figure is a result: "Điểm sáng của nền
 * kinh tế nằm ở chỉ tiêu tổng kim ngạch xuất khẩu đạt 985,8 triệu USD, vượt so với kế hoạch và tăng
 * 6,1% so với cùng kỳ; tổng lượng khách du lịch … đạt 7.600 nghìn lượt khách đạt so với kế hoạch và
 * tăng 13,4% so với cùng kỳ." (cafef on Lâm Đồng's 2024 results), "Cụ thể, tốc độ tăng giá trị sản
 * xuất thủy sản bình quân hàng năm đạt 6% (đạt theo kế hoạch)." (khoahocchonhanong on the fisheries
 * of 2016-2020). The "chỉ tiêu" that names the indicator reported ("chỉ tiêu tổng kim ngạch xuất
 * khẩu đạt …") and a "Cụ thể, …" going on from a goal set nothing there. A plan's figure named with
 * the judgement ("vượt chỉ tiêu 80% đề ra", "(kế hoạch 10%)") is still read as the goal the result
 * is set against ({@link GoalsAgainstResults}), and a word of intent after the judgement ("…, vượt
 * kế hoạch; năm 2025 phấn đấu đạt 97%") still sets its goal.
 */
final class JudgedAgainstPlan {
  private JudgedAgainstPlan() {}

  /**
   * The judgement right after a result, on NFC text: "985,8 triệu USD, vượt so với kế hoạch", "6%
   * (đạt theo kế hoạch)", "98%, vượt kế hoạch", "45,2%, đạt kế hoạch đề ra", the goal named by its
   * source without its figure ("duy trì 51,61%, đạt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần
   * thứ XVII đề ra", vietnam.vn on Hòa Bình's forest cover; "cả năm ước đạt 8%, đạt mục tiêu của
   * Trung ương, Quốc hội"); it ends there (a bracket, a comma, "và", the end), so no figure of the
   * plan follows it. "Đạt" (reached), not "đặt" (set: "nhiệm kỳ 2025-2030, đặt mục tiêu, …"), which
   * folding would confuse.
   */
  private static final Pattern JUDGED =
      Pattern.compile(
          "\\d(?:\\s?%|(?:\\s+\\p{L}+){1,3})?\\s*[,(]\\s*(?:đã\\s+)?(?:vượt|đạt)\\s+"
              + "(?:so\\s+với\\s+|theo\\s+)?(?:kế\\s+hoạch|chỉ\\s+tiêu|mục\\s+tiêu)"
              + "(?:\\s+(?:của\\s+|do\\s+)?(?:nghị\\s+quyết|kế\\s+hoạch|chương\\s+trình|đại\\s+hội"
              + "|trung\\s+ương|quốc\\s+hội|chính\\s+phủ|tỉnh|thành\\s+phố|huyện)"
              + "(?:[^,;.()\\d%]{0,80}?\\s(?:đề\\s+ra|giao|đặt\\s+ra))?)?"
              + "(?:\\s+(?:đề\\s+ra|được\\s+giao|năm))?(?=\\s*(?:[),;.]|và(?!\\p{L})|$))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A goal noun naming the indicator reported: "chỉ tiêu tổng kim ngạch xuất khẩu đạt …". */
  private static final Pattern NAMED_INDICATOR =
      Pattern.compile(
          "\\b(?:chi|muc)\\s+tieu\\s+(?!(?:la|dat|de|duoc|cua|nay|tren|sau|nam|ve|chu|co)\\b)");

  /**
   * True when the (NFC) sentence reports a figure judged against the plan named without its figure
   * and sets no goal before or after it by a word of intent.
   */
  static boolean reported(String sentence) {
    Matcher m = JUDGED.matcher(sentence);
    if (!m.find()) {
      return false;
    }
    int last = m.end();
    while (m.find()) {
      last = m.end();
    }
    if (Goals.intentStart(sentence.substring(last)) >= 0) {
      return false;
    }
    // the judgements' own "đề ra", "kế hoạch" and the goal noun naming the indicator set nothing
    String before =
        VietnameseText.fold(JUDGED.matcher(sentence.substring(0, last)).replaceAll(" "));
    return !Goals.intent(NAMED_INDICATOR.matcher(before).replaceAll(""));
  }
}
