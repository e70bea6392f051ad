package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens on a past year and tells what happened ends a list of goals announced
 * before it. A list announced by a line or a run-in phrase ("Về các chỉ tiêu kinh tế, …", "Mục tiêu
 * cụ thể:") goes on over the lines after it, list-marked or not, until a heading or a line in the
 * past; a paragraph opening on a year before the latest the text names and telling its figures as a
 * result, with no word of intent of its own, is such a line even without "đã": "Năm 2019, tốc độ
 * tăng trưởng kinh tế đạt 6,81%, thấp hơn so với cùng kì năm 2018." after the 2018 figures set
 * against their plan (the Wikipedia page of Bình Định): the page has gone on to the next year's
 * account, not to more of the list. A list-marked item ("- Năm 2023, …") stays an item of the list,
 * and "Năm 2026, cắt giảm 100% …" in a page whose latest year is 2026 opens on a deadline.
 */
final class PastYearEndsList {
  private PastYearEndsList() {}

  /** A paragraph opening on a year: "Năm 2019, …", "Trong năm 2019, …" (folded). */
  private static final Pattern YEAR_OPENING =
      Pattern.compile("^(?:trong\\s+)?nam\\s+((?:19|20)\\d{2})\\s*,");

  /**
   * Whether the paragraph ends a list of goals before it.
   *
   * @param line the paragraph, stripped (NFC)
   * @param folded the paragraph, folded
   * @param latestYear the latest year the text names
   * @return whether it opens on a past year and tells a result, with no word of intent
   */
  static boolean ends(String line, String folded, int latestYear) {
    Matcher m = YEAR_OPENING.matcher(folded);
    return m.lookingAt()
        && Integer.parseInt(m.group(1)) < latestYear
        && !Goals.intent(folded)
        && ResultWords.toldAsResult(line, latestYear);
  }
}
