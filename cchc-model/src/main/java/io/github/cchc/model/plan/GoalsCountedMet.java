package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals counted as carried out after the effort a body made, on NFC text: "Triển khai thực hiện
 * Nghị quyết đại hội Đảng bộ xã lần thứ XIV, Đảng bộ, chính quyền và nhân dân xã Hải Trung đã nỗ
 * lực phấn đấu, thực hiện thắng lợi 9 chỉ tiêu chủ yếu trên các lĩnh vực như: …" (baonamdinh on xã
 * Hải Trung's congress 2020-2025), "đã hoàn thành 12 chỉ tiêu", "đã phấn đấu và cơ bản đạt 15 chỉ
 * tiêu". The past ("đã") and a verb of fulfilment before the goals' count make them a report's
 * tally, as "12/15 chỉ tiêu đạt" is ({@link Goals}): the "phấn đấu" of the effort made and the "chỉ
 * tiêu" counted are no words of intent, and the list the sentence opens is the results. Only the
 * words of effort ("nỗ lực", "phấn đấu", "cố gắng", "cơ bản", "và") may stand between "đã" and the
 * verb: "Đại hội đã xác định phấn đấu hoàn thành 15 chỉ tiêu" sets them, and so does a count
 * without "đã" ("Tập trung thực hiện thắng lợi 9 chỉ tiêu chủ yếu").
 */
final class GoalsCountedMet {
  private GoalsCountedMet() {}

  private static final Pattern COUNTED_MET =
      Pattern.compile(
          "(?<!\\p{L})đã(?:\\s*,?\\s+(?:nỗ\\s+lực|phấn\\s+đấu|cố\\s+gắng|cơ\\s+bản|và))*\\s*,?\\s+"
              + "(?:thực\\s+hiện\\s+thắng\\s+lợi|hoàn\\s+thành|đạt|vượt)(?:\\s+và\\s+vượt)?"
              + "\\s+\\d{1,3}\\s+(?:mục\\s+tiêu|chỉ\\s+tiêu)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The (NFC) sentence with each count of goals told as met blanked out. */
  static String without(String sentence) {
    StringBuilder blanked = new StringBuilder(sentence);
    blank(sentence, blanked);
    return blanked.toString();
  }

  /** Blanks out, in {@code blanked} (the sentence's copy), each count of goals told as met. */
  static void blank(String sentence, StringBuilder blanked) {
    Matcher m = COUNTED_MET.matcher(sentence);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
  }
}
