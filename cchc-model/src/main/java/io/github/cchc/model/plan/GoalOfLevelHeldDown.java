package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goal a level held down is set against is a ceiling. A result that brings a share a plan holds
 * down ({@link HeldDown}: poverty, unemployment, malnutrition …) to a level, then names the goal it
 * is set against with a bare figure, gives that goal as the most the level may be: "tỷ lệ hộ nghèo
 * trên địa bàn tỉnh tiếp tục giảm còn 2,68%, thấp hơn chỉ tiêu kế hoạch được giao (2,75%)"
 * (baophutho.vn on Phú Thọ's poverty rate in 2025: at most 2,75). The goal read alone has no
 * subject of its own ("thấp hơn chỉ tiêu kế hoạch được giao") to tell it a ceiling. A result that
 * is a change by an amount ("giảm 1,17%, đạt chỉ tiêu … (từ 1-1,5%)") has a goal that is a change
 * too, at least its figure; a goal with a word of direction of its own keeps it. The level is
 * looked for in the goal's own item of a list parted by ';': "… thu ngân sách Nhà nước tăng 5,83%
 * so với năm 2023; tỷ lệ hộ nghèo đạt 6,07% vượt so với kế hoạch đề ra là 6,11%, …; tỷ lệ hộ dân
 * tham gia bảo hiểm y tế đạt 93,96% vượt so với kế hoạch đề ra là 93,75%" (gialaitv on Gia Lai's
 * 2024: at most 6,11; the insurance cover's goal stays a floor, the change of the revenue before it
 * is another item's).
 */
final class GoalOfLevelHeldDown {
  /** A goal named by its kind, on folded text: "chỉ tiêu", "mục tiêu", "kế hoạch", "nghị quyết". */
  private static final Pattern GOAL_NAMED =
      Pattern.compile("\\b(?:chi\\s+tieu|muc\\s+tieu|ke\\s+hoach|nghi\\s+quyet)\\b");

  /** A word of direction of the goal's own, on folded text: "giảm", "tăng", "từ", "tối thiểu". */
  private static final Pattern OWN_DIRECTION =
      Pattern.compile(
          "\\b(?:giam|tang|tu|toi\\s+thieu|it\\s+nhat|tren|duoi|khong\\s+qua|toi\\s+da|tro\\s+len)\\b");

  /** A change by an amount, on folded text: "giảm 1,17%", "giảm hơn 3%", "tăng bình quân 2%". */
  private static final Pattern CHANGE_BY =
      Pattern.compile("\\b(?:giam|tang)\\s+(?:(?:hon|duoc|binh\\s+quan|khoang|them|tren)\\s+)*\\d");

  /**
   * A rate named, on folded text: "tỷ lệ", "tỉ trọng", "tốc độ", "chỉ số", "bội chi", "lạm phát".
   */
  private static final Pattern RATE_NAMED =
      Pattern.compile(
          "\\bt[yi]\\s+(?:le|trong)\\b|\\btoc\\s+do\\b|\\bchi\\s+so\\b|\\bboi\\s+chi\\b|\\blam\\s+phat\\b");

  private GoalOfLevelHeldDown() {}

  /**
   * Where the level the goal at {@code at} is set against starts in the (NFC) sentence: at the last
   * rate named before the goal, within the goal's item of a list parted by ';'.
   */
  private static int levelFrom(String sentence, int at) {
    int from = sentence.lastIndexOf(';', at - 1) + 1;
    Matcher r = RATE_NAMED.matcher(VietnameseText.fold(sentence)).region(from, at);
    int last = -1;
    while (r.find()) {
      last = r.start();
    }
    return last < 0 ? from : last;
  }

  /**
   * Turns to {@link Comparison#LE} each target read from {@code from} on in {@code targets} that is
   * the bare goal of a level held down in the (NFC) {@code sentence}.
   */
  static void turn(List<Target> targets, int from, String sentence) {
    for (int i = from; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (t.comparator() != Comparison.GE || t.unit().orElse(null) != TargetUnit.PERCENT) {
        continue;
      }
      String subject = VietnameseText.fold(t.subject());
      // where the goal stands: its own words with its figure, as two goals of a list may have the
      // same subject ("kế hoạch đề ra là 6,11%", "kế hoạch đề ra là 93,75%")
      int at = sentence.indexOf(t.text());
      if (at < 0) {
        at = sentence.indexOf(t.subject());
      }
      if (at <= 0 || !GOAL_NAMED.matcher(subject).find() || OWN_DIRECTION.matcher(subject).find()) {
        continue;
      }
      // the level is the goal's own clause's: a list's items are parted by ';' ("thu ngân sách
      // Nhà nước tăng 5,83% so với năm 2023; tỷ lệ hộ nghèo đạt 6,07% vượt so với kế hoạch đề ra
      // là 6,11%")
      String before = VietnameseText.fold(sentence.substring(levelFrom(sentence, at), at));
      if (HeldDown.namesShareHeldDown(before) && !CHANGE_BY.matcher(before).find()) {
        targets.set(i, Target.builder().from(t).comparator(Comparison.LE).build());
      }
    }
  }
}
