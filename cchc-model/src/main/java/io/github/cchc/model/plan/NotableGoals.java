package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals named as the outstanding ones of a term's account, on NFC text: "Trong nhiệm kỳ qua, Đảng
 * bộ xã đã hoàn thành 11/12 chỉ tiêu nghị quyết đề ra, một số mục tiêu nổi bật như: Hàng năm, trên
 * 90% chi bộ …" (baophutho on xã Thượng Long's congress 2025-2030), "các chỉ tiêu tiêu biểu đạt
 * được": a goal is "nổi bật" or "tiêu biểu" when it stands out among those reached, so its "mục
 * tiêu" or "chỉ tiêu" is no word of intent and the list it opens is no list of goals.
 */
final class NotableGoals {
  private NotableGoals() {}

  private static final Pattern NOTABLE =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:một\\s+số|các|những)\\s+)?(?:mục\\s+tiêu|chỉ\\s+tiêu)"
              + "(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:nổi\\s+bật|tiêu\\s+biểu)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Blanks out, in {@code blanked} (the sentence's copy), each goal named as outstanding. */
  static void blank(String sentence, StringBuilder blanked) {
    Matcher m = NOTABLE.matcher(sentence);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
  }
}
