package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An estimate that is the plan's own figure, no result: a plan sets the figures of the year it
 * plans as estimates ("ước đạt", "ước tăng"), and a sentence that sets goals and goes on to the
 * estimate with no figure before it gives that estimate as one of the goals it sets: "Kỳ họp thống
 * nhất các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026, trong đó tốc độ tăng trưởng GRDP ước đạt từ
 * 11% trở lên" (vneconomy on Đà Nẵng's 2026 goals), "Năm 2026, tỉnh tiếp tục đặt mục tiêu nâng cao
 * hơn nữa chất lượng cấp nước nông thôn với kế hoạch, tỷ lệ dân số nông thôn được sử dụng nước
 * sạch, nước hợp vệ sinh ước đạt 98,73%" (baophutho). An estimate after a goal's figure ("đặt mục
 * tiêu tăng trưởng 8%, ước đạt 8,2%") is the result set against it; so is one with no subject of
 * its own, opening a clause after the goal ("Năm 2024, tỉnh đặt mục tiêu tăng trưởng kinh tế, ước
 * đạt 8,2%"), and one after goals named as met or set in the past ("đã đề ra", "đạt 13/15 chỉ
 * tiêu").
 */
final class PlanEstimate {
  private PlanEstimate() {}

  /**
   * Goals set by a body, on folded text: "thống nhất các chỉ tiêu", "thông qua 14 chỉ tiêu", "đặt
   * ra những chỉ tiêu", "xác định các chỉ tiêu"; not "đề ra" or "giao", which a report uses for the
   * goals its results are set against ("chỉ tiêu HĐND tỉnh giao").
   */
  private static final Pattern GOALS_SET =
      Pattern.compile(
          "\\b(?:thong\\s+nhat|thong\\s+qua|dat\\s+ra|xac\\s+dinh)\\s+(?:(?:cac|nhung|\\d+)\\s+)?"
              + "(?:muc\\s+tieu|chi\\s+tieu)\\b");

  /** A figure, on folded text: a digit not inside a year named by "năm". */
  private static final Pattern FIGURE = Pattern.compile("(?<!nam\\s)(?<![\\d.,])\\d");

  /** A past or a goal met before the estimate, on folded text. */
  private static final Pattern PAST_OR_MET =
      Pattern.compile(
          "\\bda\\b|\\b(?:vuot|hoan\\s+thanh|chua\\s+dat|khong\\s+dat)\\b"
              + "|\\bso\\s+voi\\b"
              + "|\\bdat\\s+(?:va\\s+vuot\\s+)?\\d+/\\d+");

  /**
   * True when the estimate starting at {@code estimate} in the (NFC) sentence is the plan's own
   * figure: a word of intent or goals set by a body come before it, the estimate has its measure as
   * subject, and no figure (but the count of the goals set and the years), past or verdict on a
   * goal comes before it in the sentence.
   *
   * @param sentence the sentence, NFC
   * @param folded the sentence, folded (same length)
   * @param estimate where the estimate ("ước") starts in {@code folded}
   */
  static boolean plansOwn(String sentence, String folded, int estimate) {
    return plansOwn(sentence, folded, estimate, false);
  }

  /**
   * A sentence opening on the part of the goals just set, on folded text: "Trong đó, …", "Trong số
   * đó, …".
   */
  private static final Pattern PART_OF_GOALS = Pattern.compile("^trong\\s+(?:so\\s+)?do\\s*,\\s*");

  /**
   * True when the (folded) sentence sets goals by a body and gives none of their figures, past or
   * verdict: "Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu kinh tế - xã hội trong năm tới." (plo.vn); the
   * sentence after it opening on "Trong đó, …" goes on to the goals it set ({@link
   * #plansOwn(String, String, int, boolean)}).
   */
  static boolean setsGoals(String folded) {
    Matcher set = GOALS_SET.matcher(folded);
    if (!set.find()) {
      return false;
    }
    String rest =
        folded.substring(0, set.start())
            + " ".repeat(set.end() - set.start())
            + folded.substring(set.end());
    return !FIGURE.matcher(rest).find() && !PAST_OR_MET.matcher(rest).find();
  }

  /**
   * As {@link #plansOwn(String, String, int)}, and true as well when the sentence before set goals
   * with no figure ({@link #setsGoals}, {@code goalsSetBefore}) and this one opens on their part
   * ("Trong đó, tổng sản phẩm xã hội ước đạt 64.400- 64.920 tỉ đồng; tăng trưởng kinh tế 6- 6,8%",
   * the next sentence of plo.vn on Đắk Lắk's 2024): the estimate with its measure as subject, no
   * figure, past or verdict before it, is one of the goals set, as in one sentence.
   */
  static boolean plansOwn(String sentence, String folded, int estimate, boolean goalsSetBefore) {
    if (goalsSetBefore) {
      Matcher part = PART_OF_GOALS.matcher(folded);
      if (part.lookingAt() && part.end() < estimate) {
        String before = folded.substring(part.end(), estimate);
        String between = before.strip();
        return !between.isEmpty()
            && ",;:".indexOf(between.charAt(between.length() - 1)) < 0
            && !FIGURE.matcher(before).find()
            && !PAST_OR_MET.matcher(before).find();
      }
    }
    int from = -1;
    int intent = Goals.intentStart(sentence);
    if (intent >= 0 && intent < estimate) {
      from = intent;
    }
    String before = folded.substring(0, estimate);
    Matcher set = GOALS_SET.matcher(before);
    if (set.find() && (from < 0 || set.start() < from)) {
      from = set.end();
      // the count of the goals set ("thông qua 14 chỉ tiêu") is no figure before the estimate
      before =
          before.substring(0, set.start())
              + " ".repeat(set.end() - set.start())
              + before.substring(set.end());
    }
    if (from < 0) {
      return false;
    }
    String between = folded.substring(from, estimate).strip();
    // the estimate has a subject of its own, the measure it gives ("tốc độ tăng trưởng GRDP ước
    // đạt"); one opening a clause after a comma reports on the goal named before it
    return !between.isEmpty()
        && ",;:".indexOf(between.charAt(between.length() - 1)) < 0
        && !FIGURE.matcher(before).find()
        && !PAST_OR_MET.matcher(before).find();
  }
}
