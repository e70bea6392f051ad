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

  /** A share named, on folded text: "tỷ lệ …", "tỷ trọng …". */
  private static final Pattern SHARE_NAMED = Pattern.compile("\\bt[yi]\\s+(?:le|trong)\\b");

  private GoalOfLevelHeldDown() {}

  /**
   * The clause of a list the goal belongs to, of the (folded) text before it: from the last
   * semicolon or the last share named, whichever comes later. In "thu ngân sách Nhà nước tăng 5,83%
   * so với năm 2023; tỷ lệ hộ nghèo đạt 6,07% vượt so với kế hoạch đề ra là 6,11%, tỷ lệ hộ dân
   * tham gia bảo hiểm y tế đạt 93,96% vượt so với kế hoạch đề ra là 93,75%" (gialaitv on Gia Lai's
   * 2024) the poverty rate's goal is a ceiling, whatever grew by an amount in the clause before,
   * and the goal of the insurance's share after it is none.
   */
  static String ownClause(String before) {
    int from = before.lastIndexOf(';') + 1;
    Matcher share = SHARE_NAMED.matcher(before);
    while (share.find()) {
      from = Math.max(from, share.start());
    }
    return before.substring(from);
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
      // the subject in the target's own part of the sentence: a list may name two goals alike
      // ("vượt so với kế hoạch đề ra là 6,11%, … vượt so với kế hoạch đề ra là 93,75%")
      int at = sentence.indexOf(t.subject(), Math.max(0, sentence.indexOf(t.text())));
      if (at <= 0 || !GOAL_NAMED.matcher(subject).find() || OWN_DIRECTION.matcher(subject).find()) {
        continue;
      }
      String before = ownClause(VietnameseText.fold(sentence.substring(0, at)));
      if (HeldDown.namesShareHeldDown(before) && !CHANGE_BY.matcher(before).find()) {
        targets.set(i, Target.builder().from(t).comparator(Comparison.LE).build());
      }
    }
  }
}
