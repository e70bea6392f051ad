package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence opening on the vision of a plan or strategy, the year it looks to: "Tầm nhìn đến 100
 * năm thành lập nước (năm 2045), TP.HCM nằm trong nhóm 100 thành phố tốt nhất thế giới, …"
 * (thanhnien on HCM City's first congress), "Tầm nhìn đến năm 2045, giáo dục nghề nghiệp trên địa
 * bàn tỉnh …". A plan's "tầm nhìn" states what is to be by then: a goal, as a sentence opening on a
 * deadline still to come is ({@link TimeAhead#deadlineAhead}). Only as the sentence's opening: a
 * plan's title cited inside a sentence ("Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050")
 * names the plan, it sets nothing.
 */
final class VisionAhead {
  private VisionAhead() {}

  /**
   * On folded text: "tầm nhìn đến năm 2045,", "tầm nhìn đến 100 năm thành lập nước (năm 2045),";
   * the year is group {@code year}.
   */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?tam\\s+nhin\\s+(?:den|toi)\\s+(?:[^,.;:()]{0,40}?\\(\\s*)?"
              + "(?:nam\\s+)?(?<year>(?:19|20)\\d{2})\\s*\\)?\\s*[,:]");

  /**
   * A vision cited inside a sentence, on folded text: "…, tầm nhìn đến năm 2045”" in a resolution's
   * title, "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050"; its year is group {@code
   * year}.
   */
  private static final Pattern CITED =
      Pattern.compile(
          "(?<=[\\p{L}\\d)”\"'],[ \\t]?|[\\p{L}\\d][ \\t])tam\\s+nhin\\s+(?:(?:den|toi)\\s+)?(?:nam\\s+)?"
              + "(?<year>(?:19|20)\\d{2})(?!\\d)");

  /**
   * The (folded) text with the years of the visions it cites inside its sentences blanked out: a
   * plan's or a resolution's title names the horizon it looks to beyond its goals ("Nghị quyết số
   * 29-NQ/TƯ … về “Tiếp tục đẩy mạnh CNH, HĐH đất nước đến năm 2030, tầm nhìn đến năm 2045”",
   * hanict on Hà Nội's CTr 21), and that horizon is no deadline of the page's figures: the latest
   * year the text names ({@link TimeAhead#latestYear}) is taken without it. A vision opening a
   * sentence ({@link #opens}) sets goals and keeps its year.
   */
  static String withoutCited(String folded) {
    Matcher m = CITED.matcher(folded);
    if (!m.find()) {
      return folded;
    }
    StringBuilder out = new StringBuilder(folded);
    do {
      for (int i = m.start("year"); i < m.end("year"); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }

  /**
   * True when the (folded) sentence opens on a vision whose year is no earlier than the latest the
   * text names.
   */
  static boolean opens(String folded, int latestYear) {
    Matcher m = OPENS.matcher(folded);
    return m.lookingAt() && Integer.parseInt(m.group("year")) >= latestYear;
  }
}
