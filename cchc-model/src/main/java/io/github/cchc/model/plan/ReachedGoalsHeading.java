package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run-in heading that names goals as reached announces results, not goals: "Các chỉ tiêu đạt được
 * năm 2018: Về các chỉ tiêu kinh tế, Tổng sản phẩm trên địa bàn (GRDP) tăng 7,32% (kế hoạch
 * 7-7,2%). Trong đó, giá trị tăng thêm của các ngành:" then "- Nông, lâm, thủy sản tăng 4,99% (kế
 * hoạch 3%)." (the Wikipedia page of Bình Định). "Chỉ tiêu" there names the measures a year's
 * account is given by, and "đạt được" with a past year (or "đã") tells them as achieved: the
 * figures after it are results, and only the plan's figures set against them are goals. The
 * heading, with a field it turns to at once ("Về các chỉ tiêu kinh tế, …"), is no word of intent:
 * it neither opens a list of goals nor makes the paragraph one. "Các chỉ tiêu đạt được đến năm
 * 2030:" (a deadline) and a year no earlier than the latest the text names are goals to reach, no
 * such heading.
 */
final class ReachedGoalsHeading {
  private ReachedGoalsHeading() {}

  /**
   * The heading, on folded text: the goals named ("các chỉ tiêu", "một số mục tiêu chủ yếu"), "(đã)
   * đạt được", a past year or period ("năm 2018", "giai đoạn 2016-2020") or none after "đã", and a
   * colon; then, optionally, a field of them run in ("Về các chỉ tiêu kinh tế,").
   */
  private static final Pattern HEADING =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:(?:cac|nhung|mot\\s+so)\\s+)?(?:chi\\s+tieu|muc\\s+tieu)"
              + "(?:\\s+(?:chu\\s+yeu|co\\s+ban))?\\s+(da\\s+)?dat\\s+duoc"
              + "(?:\\s+(?:trong\\s+)?(?:nam|giai\\s+doan|nhiem\\s+ky)\\s+((?:19|20)\\d{2})"
              + "(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?)?\\s*:\\s*"
              + "(?:ve\\s+(?:cac\\s+|nhom\\s+)?(?:chi\\s+tieu|linh\\s+vuc)\\b[^,.:;%\\d]{0,30}[,:]\\s*)?");

  /**
   * Where the text after the heading begins, or 0 when the (folded) line opens on no such heading.
   *
   * @param folded the line, folded
   * @param latestYear the latest year the text names
   * @return the length of the heading, 0 when there is none
   */
  static int end(String folded, int latestYear) {
    Matcher m = HEADING.matcher(folded);
    if (!m.lookingAt()) {
      return 0;
    }
    String last = m.group(3) != null ? m.group(3) : m.group(2);
    boolean past = last != null ? Integer.parseInt(last) < latestYear : m.group(1) != null;
    return past ? m.end() : 0;
  }
}
