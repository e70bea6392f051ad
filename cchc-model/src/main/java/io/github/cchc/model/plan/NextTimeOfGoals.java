package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A paragraph opening on another time of the goals just set: a deadline ("Đến năm 2020, GRDP/người
 * đạt 3.400 USD; cơ cấu kinh tế các ngành phi nông nghiệp chiếm khoảng 90%; …" after "Quảng Nam đặt
 * mục tiêu phấn đấu …", bandantoc.quangnam.gov.vn quoting Quyết định 553/QĐ-TTg) or a period ("Giai
 * đoạn 2026 - 2030 giảm tỷ lệ tiếp xúc thụ động với khói thuốc lá tại nơi làm việc xuống dưới 25%;
 * …" after "Mục tiêu cụ thể, giai đoạn 2023 - 2025, …", baodantoc.vn on the tobacco control
 * strategy). Right after a sentence of goals, such a paragraph lists the goals for that time,
 * whatever its year: a decision quoted years later still sets what it set. A paragraph told as a
 * result ("Năm 2020, …", "đã đạt") is not one.
 */
final class NextTimeOfGoals {
  /** A period opening the (folded) sentence: "Giai đoạn 2026 - 2030", "Thời kỳ 2021-2030". */
  private static final Pattern PERIOD_OPENING =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:(?:trong|cu\\s+the|theo\\s+do)\\s*,?\\s+)?(?:giai\\s+doan|thoi\\s+ky)\\s+"
              + "(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\b");

  private NextTimeOfGoals() {}

  /**
   * True when the (folded) sentence opens on a deadline ({@link TimeAhead#opensOnDeadline}) or a
   * period of years.
   *
   * @param folded the sentence, folded
   * @return whether it opens on a time of goals
   */
  static boolean opensOnTime(String folded) {
    return TimeAhead.opensOnDeadline(folded) || PERIOD_OPENING.matcher(folded).lookingAt();
  }
}
