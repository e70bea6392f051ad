package io.github.cchc.model.plan;

import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The horizon of a plan presented by a page: the year of its vision, beyond the term its goals are
 * set for. A quy hoạch 2021-2030 "tầm nhìn đến năm 2050" sets its figures for 2030 and tells what
 * the province is to be by 2050 ("Tầm nhìn đến năm 2050, tỉnh Hòa Bình trở thành tỉnh phát triển,
 * …", trangtraiviet on Hòa Bình's quy hoạch; "Đến năm 2045, Gia Lai là “Cao nguyên sinh thái, …”",
 * tbnhnew on Gia Lai's): that year is no deadline of the figures, and the latest year the text
 * names ({@link TimeAhead#latestYear}), the present the goals look ahead from, is the end of the
 * term, so that "Đến năm 2030, …" and "đặt mục tiêu phấn đấu đến năm 2030, …" are still to come.
 * The vision is a sentence opening on "tầm nhìn đến …" ({@link VisionAhead}) or on a deadline, with
 * no figure after its year (one with figures sets goals by that year); its year is left out only
 * when the latest year left is itself the end of a term the text names ("thời kỳ 2021 – 2030", "đến
 * năm 2030"), so a page of a year's results keeps the deadline it looks to.
 */
final class PlanHorizon {
  private PlanHorizon() {}

  /** The rest of a sentence without a figure, up to its end or its line's. */
  private static final String FIGURELESS = "[^\\d.!?\\n]*(?:[.!?]|$)";

  /**
   * A vision opening a sentence (at the start of the text, of a line or after a full stop) with no
   * figure after its year, on folded text: "tầm nhìn đến năm 2050, tỉnh Hòa Bình trở thành tỉnh
   * phát triển, …"; the year is group {@code year}. One giving figures ("Tầm nhìn đến năm 2045, 90%
   * …") sets goals by its year and keeps it.
   */
  private static final Pattern VISION =
      Pattern.compile(
          "(?:^|(?<=[.!?]\\s)|(?<=\\n))(?:[-–•+*]\\s*)?tam\\s+nhin\\s+(?:den|toi)\\s+(?:nam\\s+)?"
              + "(?<year>(?:19|20)\\d{2})\\s*[,:]"
              + FIGURELESS,
          Pattern.MULTILINE);

  /**
   * A sentence opening on a deadline with no figure after it, on folded text: "Đến năm 2045, Gia
   * Lai là “Cao nguyên sinh thái, …”": what is to be, told without a goal's figure; the year is
   * group {@code year}.
   */
  private static final Pattern FIGURELESS_DEADLINE =
      Pattern.compile(
          "(?:^|(?<=[.!?]\\s)|(?<=\\n))(?:den|toi)\\s+(?:nam\\s+)?(?<year>(?:19|20)\\d{2})\\s*,"
              + FIGURELESS,
          Pattern.MULTILINE);

  /**
   * A term named by its end, on folded text: "đến năm 2030", "thời kỳ 2021 – 2030", "giai đoạn
   * 2021-2030"; the year is group {@code end}.
   */
  private static final Pattern TERM_END =
      Pattern.compile(
          "\\b(?:den|truoc)\\s+(?:het\\s+|cuoi\\s+)?nam\\s+(?<end>(?:19|20)\\d{2})\\b"
              + "|\\b(?:nhiem\\s+ky|giai\\s+doan|thoi\\s+ky)\\s+(?:19|20)\\d{2}\\s*[-–]\\s*"
              + "(?<end2>(?:19|20)\\d{2})\\b");

  /**
   * The (folded) text with the years of its visions beyond the term blanked out, or the text as it
   * is when it has none: see the class comment. {@code latest} gives the latest year a text names.
   */
  static String withoutHorizon(String folded, ToIntFunction<String> latest) {
    StringBuilder out = new StringBuilder(folded);
    boolean any =
        blank(VISION.matcher(folded), out) | blank(FIGURELESS_DEADLINE.matcher(folded), out);
    if (!any) {
      return folded;
    }
    String without = out.toString();
    int term = latest.applyAsInt(without);
    if (term == 0 || term >= latest.applyAsInt(folded) || !endsTerm(without, term)) {
      return folded;
    }
    return without;
  }

  private static boolean blank(Matcher m, StringBuilder out) {
    boolean any = false;
    while (m.find()) {
      for (int i = m.start("year"); i < m.end("year"); i++) {
        out.setCharAt(i, ' ');
      }
      any = true;
    }
    return any;
  }

  /** True when the (folded) text names a term ending in {@code year}. */
  private static boolean endsTerm(String folded, int year) {
    Matcher m = TERM_END.matcher(folded);
    while (m.find()) {
      String end = m.group("end") != null ? m.group("end") : m.group("end2");
      if (Integer.parseInt(end) == year) {
        return true;
      }
    }
    return false;
  }
}
