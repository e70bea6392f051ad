package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tally of the goals met closing a sentence that sets a goal: "Tỉnh Quảng Trị đặt mục tiêu tăng
 * trưởng GRDP 9–10% trong năm 2026 và xác định 9 nhóm giải pháp trọng tâm …, dựa trên nền tảng
 * 17/17 chỉ tiêu đã hoàn thành trong năm nay." (vneconomy on Quảng Trị's 2026 goals). The tally
 * reports the year now ending, the base the new goal stands on; it tells nothing of the figure set
 * before it, so it does not make that goal a result or a share of a goal. Only after a word of
 * intent and a figure: a sentence that only tallies ("đạt 17/17 chỉ tiêu") is a result.
 */
final class TallyAfterGoal {
  private TallyAfterGoal() {}

  /**
   * The tally closing the sentence, on folded text: ", dựa trên nền tảng 17/17 chỉ tiêu đã hoàn
   * thành trong năm nay", ", với 15/17 chỉ tiêu đạt và vượt".
   */
  private static final Pattern TALLY =
      Pattern.compile(
          ",\\s*(?:(?:dua\\s+tren|tren)\\s+(?:nen\\s+tang\\s+|co\\s+so\\s+)?|voi\\s+|sau\\s+khi\\s+)?"
              + "\\d{1,2}/\\d{1,2}\\s+chi\\s+tieu\\s+(?:[^.;,%]{0,40}?\\s)?(?:da\\s+)?(?:hoan\\s+thanh|dat)"
              + "\\b[^.;%]*\\.?\\s*$");

  private static final Pattern FIGURE = Pattern.compile("\\d\\s?%");

  /**
   * The (NFC) sentence without the tally of goals met that closes it, when a word of intent and a
   * figure come before the tally; the sentence itself otherwise.
   */
  static String without(String sentence) {
    String f = VietnameseText.fold(sentence);
    if (f.indexOf('/') < 0) {
      return sentence;
    }
    Matcher t = TALLY.matcher(f);
    if (!t.find()) {
      return sentence;
    }
    String before = sentence.substring(0, t.start());
    int intent = Goals.intentStart(before);
    if (intent < 0 || !FIGURE.matcher(f.substring(intent, t.start())).find()) {
      return sentence;
    }
    return before + ".";
  }
}
