package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence opening on a decision or directive named as its source and going on to a deadline
 * still ahead: "Theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ phê duyệt ngày 24-11-2021,
 * đến năm 2030, 65% dân số phải được sử dụng nước sạch đạt quy chuẩn." (sggp on rural clean water).
 * A Quyết định or a Chỉ thị sets rules as often as goals, so it is not a plan named as source
 * ({@link PlanAccount#accordingToPlan}) by itself; what it requires by a year still to come is a
 * goal it sets, as "Theo Kế hoạch, đến năm 2025, …" is.
 */
final class DecisionAsSource {
  private DecisionAsSource() {}

  /**
   * The decision as source, then within its clause the deadline, on folded text: "theo quyết định
   * số …, đến năm 2030,", "theo chỉ thị …, đến hết năm 2025,"; the year is group {@code year}.
   */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:theo|(?:cung\\s+)?(?:tai|trong))\\s+(?:quyet\\s+dinh|chi\\s+thi"
              + "|ket\\s+luan)\\b[^.;:]{0,200}?,\\s*(?:den|truoc)\\s+(?:het\\s+|cuoi\\s+)?"
              + "(?:nam\\s+)?(?<year>(?:19|20)\\d{2})\\s*,");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  /**
   * True when the (folded) sentence opens on a decision named as its source and sets a deadline
   * after the decision was made: later than the years its name and date give ("phê duyệt ngày
   * 24-11-2021, đến năm 2030"), or, when they give none, no earlier than the latest year the text
   * names. A deadline already reached when the decision was made ("Theo Quyết định số 12/2015/…,
   * đến năm 2015, …") is no goal it sets.
   */
  static boolean setsDeadlineAhead(String folded, int latestYear) {
    Matcher m = OPENS.matcher(folded);
    if (!m.lookingAt()) {
      return false;
    }
    int deadline = Integer.parseInt(m.group("year"));
    int made = 0;
    Matcher y = YEAR.matcher(folded).region(0, m.start("year"));
    while (y.find()) {
      made = Math.max(made, Integer.parseInt(y.group()));
    }
    return made > 0 ? deadline > made : deadline >= latestYear;
  }
}
