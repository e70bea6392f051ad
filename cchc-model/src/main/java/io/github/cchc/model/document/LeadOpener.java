package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a news page's lead paragraph opens, which no headline does: the time and date of the event
 * ("Sáng 30/7, Đảng bộ xã …", "Chiều 28/8, …", "Ngày 29/10, đồng chí …", "Sáng ngày 25/12, …"), the
 * paper's source tag ("ĐNO - Chiều 28/8", "(GLO)- Sáng 21-8", "(KTSG Online) - Chương trình …",
 * "TTH.VN - Đó là …"), or a sentence's connective ("Với mục tiêu …", "Theo chiến lược …"). It tells
 * the lead from the headline where a stored page fused the two on one line, and marks the line
 * above it as the headline.
 */
final class LeadOpener {
  private LeadOpener() {}

  /** The time and date opening a lead: "Sáng 30/7,", "Ngày 29/10,", "Chiều ngày 16/10". */
  private static final String DATED =
      "(?:Sáng|Chiều|Trưa|Tối|Đêm|Ngày)\\s+(?:ngày\\s+)?\\d{1,2}[/-]\\d{1,2}(?!\\d)";

  /** A paper's source tag before its lead: "ĐNO -", "(GLO)-", "(KTSG Online) -", "TTH.VN -". */
  private static final String SOURCE_TAG =
      "(?:\\(\\p{Lu}[\\p{L}.]{1,15}(?:\\s\\p{Lu}\\p{L}{1,10})?\\)|\\p{Lu}{2,8}(?:\\.VN)?)"
          + "\\s*[-–]\\s*\\p{Lu}";

  /**
   * A connective that opens a lead's sentence, never a headline's second half: "Với …", "Theo …",
   * or a fronted "Trong …" phrase closed by its comma ("… dự án tồn đọng để tháo gỡ Trong công điện
   * mới, Thủ tướng …", a tag page of congthuong.vn fusing each headline with its sapo). A capital
   * inside a sentence-case headline opens a proper name, and "Trong" is none.
   */
  private static final String CONNECTIVE =
      "(?:(?:Với|Theo)\\s+\\p{Ll}|Trong\\s+\\p{Ll}[\\p{L}\\d ]{1,40},)";

  private static final Pattern OPENING = Pattern.compile("(?:" + DATED + "|" + SOURCE_TAG + ")");

  /**
   * A lead opener fused after a headline's last word, with no stop between them ("… trở thành xã
   * phát triển khá Sáng 30/7, …", "… cực tăng trưởng Bắc Bộ Với mục tiêu GRDP …"): a stop would end
   * a sentence there; a word then a capitalised opener is where a line break was lost.
   */
  private static final Pattern FUSED =
      Pattern.compile(
          "(?<=[\\p{L}\\d%])\\s+(?=" + DATED + "|" + SOURCE_TAG + "|" + CONNECTIVE + ")");

  /** True when a line opens as a lead does: with the event's date or the paper's source tag. */
  static boolean opens(String c) {
    return OPENING.matcher(c.strip()).lookingAt();
  }

  /** True when a line opens with the paper's source tag: "(GLO)- Sáng 21-8, …", "TTH.VN - Đó …". */
  static boolean sourceTagged(String c) {
    return SOURCE_TAGGED.matcher(c.strip()).lookingAt();
  }

  private static final Pattern SOURCE_TAGGED = Pattern.compile(SOURCE_TAG);

  /**
   * Where the lead starts in a line that fuses a headline and its lead, or -1: the first fused
   * opener after a headline's five words or more and 300 characters at most, the line's own words
   * before it in sentence case (a headline in capitals is not split), with a lead of 50 characters
   * or more after it.
   */
  static int fusedAt(String c) {
    Matcher m = FUSED.matcher(c);
    while (m.find()) {
      String head = c.substring(0, m.start()).strip();
      if (head.length() > 300) {
        return -1;
      }
      if (head.split("\\s+").length >= 5
          && head.chars().anyMatch(Character::isLowerCase)
          && c.length() - m.end() >= 50) {
        return m.end();
      }
    }
    return -1;
  }
}
