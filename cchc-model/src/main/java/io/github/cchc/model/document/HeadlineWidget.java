package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A line of a news page's widgets between its headline and its lead, which neither is: the control
 * of the text's size ("Xem với cỡ chữ", daibieunhandan.vn and vdb.gov.vn; "• Xem với cỡ chữ",
 * dongnai's Sở Công Thương; "Xem cỡ chữ Email Print", phutho.gov.vn) and the count of readers'
 * comments beside the paper's name ("0 Thanh Niên", thanhnien.vn). A lead is a sentence; a widget's
 * line is a label of a few words, a count at most before it.
 */
final class HeadlineWidget {
  private HeadlineWidget() {}

  /** The text-size control, after a menu's bullet, with at most three short words after it. */
  private static final Pattern TEXT_SIZE =
      Pattern.compile("(?:[•·▪]\\s*)?Xem\\s+(?:với\\s+)?cỡ\\s+chữ(?:\\s+\\p{L}{1,10}){0,3}");

  /**
   * A count of comments then the paper's name: a number of at most five digits, then one to three
   * capitalised words and nothing else ("0 Thanh Niên").
   */
  private static final Pattern COMMENT_COUNT =
      Pattern.compile("\\d{1,5}\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}");

  /** True when the stripped line {@code c} is a widget's line under a headline. */
  static boolean is(String c) {
    String s = c.strip();
    return s.length() <= 40
        && (TEXT_SIZE.matcher(s).matches() || COMMENT_COUNT.matcher(s).matches());
  }
}
