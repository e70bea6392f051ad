package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change given as a range, a plan's margin: what happened is measured as one figure, and a change
 * by "1,5 - 2%" is what a plan allows for ("Tỉ lệ hộ nghèo giảm 1,5 - 2%, giảm tỉ lệ thất nghiệp ở
 * khu vực thành thị còn 2,4%...", the paragraph after "Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu kinh tế -
 * xã hội trong năm tới" on plo.vn). A sentence told as a result only by such changes and by levels
 * to come down to ("còn 2,4%") goes on with the goals of the paragraphs before it ({@link
 * GoalsRunOn}); a change by one figure ("tăng 0,6%") or a past year named still ends them.
 */
final class ChangeByRange {
  /**
   * A change by a range of percentages, on folded text: "giảm 1,5 - 2%", "tăng bình quân 6-6,5%",
   * "tăng từ 10 đến 12%".
   */
  private static final Pattern RANGE_CHANGE =
      Pattern.compile(
          "(?<!khong\\s)\\b(?:tang|giam)\\s+(?:(?:binh\\s+quan|khoang|tu)\\s+)*"
              + "\\d{1,3}(?:[,.]\\d+)?\\s?%?\\s*(?:[-–]|den)\\s*\\d{1,3}(?:[,.]\\d+)?\\s?%");

  /**
   * A level to come down to, on folded text: "giảm tỉ lệ thất nghiệp … còn 2,4%", "giảm xuống 2%";
   * not "chỉ còn" (what is left, reported).
   */
  private static final Pattern LEVEL_DOWN =
      Pattern.compile(
          "\\b(?:(?:giam|ha)\\s+xuong\\s+(?:con\\s+)?|(?<!chi\\s)con\\s+)"
              + "(?:duoi\\s+|khoang\\s+|muc\\s+)?(?=\\d)");

  private ChangeByRange() {}

  /**
   * True when the (NFC) sentence changes something by a range and, with its changes by a range and
   * its levels to come down to blanked out, tells nothing as a result.
   *
   * @param sentence the sentence, NFC
   * @return whether it is told as a result only by a plan's margins and levels
   */
  static boolean onlyMargins(String sentence) {
    String folded = VietnameseText.fold(sentence);
    Matcher m = RANGE_CHANGE.matcher(folded);
    if (!m.find()) {
      return false;
    }
    StringBuilder blanked = new StringBuilder(sentence);
    do {
      blank(blanked, m.start(), m.end());
    } while (m.find());
    Matcher l = LEVEL_DOWN.matcher(folded);
    while (l.find()) {
      blank(blanked, l.start(), l.end());
    }
    return !ResultWords.toldAsResult(blanked.toString(), Integer.MAX_VALUE);
  }

  private static void blank(StringBuilder s, int from, int to) {
    for (int i = from; i < to; i++) {
      s.setCharAt(i, ' ');
    }
  }
}
