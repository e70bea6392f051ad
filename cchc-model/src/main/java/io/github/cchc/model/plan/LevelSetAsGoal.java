package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level to come down to set as a goal: a sentence whose word of intent stands before its first
 * figure and that is told as a result only by the level it names ("Theo Kế hoạch, mục tiêu giảm tỷ
 * lệ hộ nghèo toàn tỉnh hết năm 2025 còn 0,9%.", hoinhabaobacgiang on Bắc Giang's plan for poverty
 * reduction in 2025). The "còn 0,9%" is the level to reach, not one reached: the sentence sets a
 * goal, and a page's account of the plan goes on after it ("Tỷ lệ hộ nghèo ở huyện nghèo giảm trên
 * 4%, …"), where a result would end it. A sentence telling anything else that happened ("Mục tiêu
 * giảm còn 2%, đến nay còn 1,5%") is still a result.
 */
final class LevelSetAsGoal {
  private LevelSetAsGoal() {}

  /** A percentage in a sentence: "8%", "95,2 %". */
  private static final Pattern PERCENT_FIGURE = Pattern.compile("\\d\\s?%");

  /**
   * True when the (NFC) sentence sets a level to come down to as its goal: its word of intent
   * before its first percentage, and told as a result only by levels ({@link
   * ResultWords#toldOnlyByLevel}); {@code latestYear} is the latest year the text names.
   */
  static boolean sets(String sentence, int latestYear) {
    int at = Goals.intentStart(sentence);
    if (at < 0) {
      return false;
    }
    Matcher figure = PERCENT_FIGURE.matcher(sentence);
    return figure.find()
        && at < figure.start()
        && ResultWords.toldOnlyByLevel(sentence, latestYear);
  }
}
