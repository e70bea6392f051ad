package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals that run on past the paragraph that set them. A page that states a document's goals often
 * gives them over several paragraphs after the sentence that set them, with no word of intent of
 * their own: "… hướng đến mục tiêu năm 2025, tỷ trọng lao động trong ngành nông nghiệp đạt khoảng
 * 25% …. Năng suất lao động xã hội bình quân có tốc độ tăng trưởng trên 6,5%/năm." then a paragraph
 * "Tỷ lệ thất nghiệp được duy trì ở mức dưới 3%. …" (thesaigontimes on the Government's resolution
 * on the labour market); "Đà Nẵng sẽ phấn đấu tăng trưởng kinh tế giai đoạn 2021-2030 đạt 12%/năm.
 * …" then "Tỷ lệ việc làm tăng thêm đạt 5-5,5%/năm, tỷ lệ lao động qua đào tạo đạt trên 70% vào năm
 * 2030." and "Tỷ lệ chất thải rắn được thu gom xử lý đạt 100%, …" (thitruonghanghoa on Đà Nẵng's
 * 2021-2030 goals). Such a paragraph of goals, ended by no result, goes on into the paragraphs
 * after it until a sentence is told as a result (the past, "Năm 2024, …", a place reported) or a
 * heading; a sentence with a word of goals of its own ("Mục tiêu của tỉnh là …") ends the run too,
 * its paragraph then read as any other.
 *
 * <p>A paragraph of goals is opened, besides the openings {@link TargetExtractor} knows, by a
 * sentence with a word of intent that names a goal of a year still to come, anywhere in the
 * paragraph: "mục tiêu năm 2025", "có mục tiêu vào năm 2025", "mục tiêu đến năm 2030" (the year no
 * earlier than the latest the text names).
 */
final class GoalsRunOn {
  /**
   * A goal named with its year, on folded text: "mục tiêu năm 2025", "mục tiêu vào năm 2025", the
   * field of the goals between them ("chỉ tiêu kinh tế - xã hội năm 2024", "các chỉ tiêu chủ yếu
   * năm 2026"), or the year to come named as such ("14 chỉ tiêu kinh tế - xã hội trong năm tới", in
   * group 2).
   */
  private static final Pattern GOAL_OF_YEAR =
      Pattern.compile(
          "\\b(?:muc\\s+tieu|chi\\s+tieu)\\s+"
              + "(?:(?:kinh\\s+te\\s*-\\s*xa\\s+hoi|kinh\\s+te|chu\\s+yeu)\\s+)?"
              + "(?:(?:den|vao|trong|toi|cua)\\s+)?(?:(?:het|cuoi)\\s+)?"
              + "nam\\s+(?:((?:19|20)\\d{2})\\b|(toi)\\b)");

  private GoalsRunOn() {}

  /**
   * True when the (folded) sentence names a goal of a year no earlier than {@code latestYear}.
   *
   * @param folded the sentence, folded
   * @param latestYear the latest year the text names
   * @return whether it names a goal of a year still to come
   */
  static boolean namesGoalOfYearAhead(String folded, int latestYear) {
    Matcher m = GOAL_OF_YEAR.matcher(folded);
    while (m.find()) {
      if (m.group(2) != null || Integer.parseInt(m.group(1)) >= latestYear) {
        return true;
      }
    }
    return false;
  }

  /** A year, on folded text. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

  /**
   * Whether a paragraph goes on with the goals of the paragraph before it: that one ended in a
   * paragraph of goals no result ended, and this one is no heading and opens on a word (not on the
   * markup of a page's copy: "0cm;text-align:justify;line-height:130%\">").
   *
   * @param goalsBefore whether the paragraph before ended as a paragraph of goals
   * @param heading whether this paragraph is a heading
   * @param line the paragraph, stripped
   * @return whether its sentences are goals, until one ends the run ({@link #ends})
   */
  static boolean carries(boolean goalsBefore, boolean heading, String line) {
    return goalsBefore && !heading && !line.isEmpty() && Character.isLetter(line.charAt(0));
  }

  /**
   * Whether a sentence of a paragraph carried on from goals before it ends the run: in a paragraph
   * with no word of goals of its own, only a sentence that tells nothing in particular ({@link
   * Told#NOTHING}) and names no year before the latest the text names goes on with the goals. A
   * change ("Từ năm 2016, trung bình mỗi năm tỷ lệ che phủ rừng ở tỉnh Sơn La tăng 0,6%.",
   * kinhtenongthon on Sơn La's forest cover), a result, or an account of past years ("… từ 42,4%
   * (năm 2016) lên 45,4% (năm 2020)") ends it: the page has gone back to what happened.
   *
   * @param told how the sentence tells its figures
   * @param sentence the sentence, NFC
   * @param folded the sentence, folded
   * @param latestYear the latest year the text names
   * @return whether the run of goals ends at this sentence
   */
  static boolean ends(Told told, String sentence, String folded, int latestYear) {
    // a sentence told as a change only by the name of the rate it measures (RateMeasure), or as a
    // result only by changes by a range and levels to come down to (ChangeByRange)
    if (told != Told.NOTHING
        && !(told == Told.CHANGE && RateMeasure.onlyName(folded))
        && !ChangeByRange.onlyMargins(sentence)) {
      return true;
    }
    Matcher m = YEAR.matcher(folded);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) < latestYear) {
        return true;
      }
    }
    return false;
  }
}
