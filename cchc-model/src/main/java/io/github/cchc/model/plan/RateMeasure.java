package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * The name of a rate a goal measures, on folded text: "tốc độ tăng trưởng", "tốc độ tăng" (the
 * growth rate), "mức tăng trưởng". It names what is measured, not a change that happened: a
 * sentence told as a change only by it ("Tốc độ tăng trưởng giá trị sản xuất thủy sản đạt 3 -
 * 4%/năm.", the paragraph after "Mục tiêu đến năm 2030, phát triển thủy sản thành ngành kinh tế
 * quan trọng …" on kinhtedothi.vn on the fisheries strategy 339/QĐ-TTg) goes on with the goals
 * before it ({@link GoalsRunOn}), where "Từ năm 2016, … tăng 0,6%" ends them, and so does a
 * sentence naming a period gone by.
 */
final class RateMeasure {
  /** The rate's name, followed by no figure of its own ("tốc độ tăng 7%" is a change). */
  private static final Pattern RATE_NAME =
      Pattern.compile(
          "\\b(?:toc\\s+do|muc)\\s+tang(?:\\s+truong)?\\b(?!\\s+(?:\\d|binh\\s+quan\\s+\\d))");

  /**
   * A period gone by named anywhere in the sentence: "Trong nhiệm kỳ qua, kinh tế - xã hội phát
   * triển toàn diện: Tốc độ tăng trưởng … đạt 7,2%/năm" (baonghean on xã Nghĩa Hành's congress) is
   * the term's result.
   */
  private static final Pattern PERIOD_GONE_BY =
      Pattern.compile(
          "\\b(?:nhiem\\s+ky|nam|giai\\s+doan|thoi\\s+gian|thang)\\s+(?:vua\\s+)?qua\\b");

  private RateMeasure() {}

  /**
   * True when the (folded) sentence, told as a change, is told so only by the name of a rate it
   * measures: with the name blanked out, nothing in it tells a result or a change.
   */
  static boolean onlyName(String folded) {
    String blanked = RATE_NAME.matcher(folded).replaceAll(" ");
    return !blanked.equals(folded)
        && !PERIOD_GONE_BY.matcher(folded).find()
        && !ResultWords.toldAsResult(blanked, Integer.MAX_VALUE);
  }
}
