package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A figure in brackets that tells what is reached, not what is to be reached. Two forms:
 *
 * <ul>
 *   <li>the level reached so far, beside a goal: "phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90%
 *       trong năm 2025 (đến nay mới đạt 39,5%)" (Thông báo 624/TB-VPCP of the Government Office),
 *       "(hiện nay đạt 72%)": the aside opens on "đến nay" or "hiện nay", the present;
 *   <li>the share a tally makes, in a sentence with no word of intent: "3.071 TTHC/4.888 TTHC liên
 *       quan đến hoạt động sản xuất, kinh doanh (đạt 62,8%)", "Cắt giảm 2.269/6.974 ĐKKD … (đạt
 *       32,5%)" (Công điện 220/CĐ-TTg): the figure in brackets is the tally "a/b" before it
 *       computed, not a level of its own.
 * </ul>
 *
 * A count in brackets without a tally keeps its figure ("135 trạm y tế xã, phường có bác sĩ (đạt
 * 100% số trạm y tế)", baogialai on Gia Lai's 2026 health plan, is the plan's goal), and so does a
 * tally in a sentence that sets it as a goal ("phấn đấu 50/50 xã đạt chuẩn (đạt 100%)").
 */
final class ReachedInBrackets {
  private ReachedInBrackets() {}

  /** The most characters looked back from the figure to its opening bracket. */
  private static final int MAX_ASIDE = 40;

  /** The most characters looked back from the bracket for the tally it computes. */
  private static final int MAX_TALLY = 120;

  /** An aside of the present level up to the figure, on folded text: "(đến nay mới đạt ". */
  private static final Pattern PRESENT_ASIDE =
      Pattern.compile(
          "\\(\\s?(?:den\\s+nay|cho\\s+den\\s+nay|hien\\s+nay|hien\\s+tai)\\s*,?\\s+"
              + "(?:(?:moi|chi|da)\\s+)?(?:dat|la|o\\s+muc|chiem)\\s+(?:(?:khoang|gan|hon|tren)\\s+)?$");

  /** A share in brackets up to the figure, on folded text: "(đạt ", "(bằng ", "(chiếm ". */
  private static final Pattern SHARE_ASIDE =
      Pattern.compile("\\(\\s?(?:dat|bang|chiem)\\s+(?:(?:khoang|gan|hon|tren)\\s+)?$");

  /**
   * A tally, on folded text: "3.071 TTHC/4.888 TTHC", "2.269/6.974 ĐKKD", "45/50 xã": a count, its
   * unit perhaps, a slash and the whole; not a date ("ngày 19/6").
   */
  private static final Pattern TALLY =
      Pattern.compile(
          "(?<![\\d/])\\d{1,3}(?:\\.\\d{3})*(?:\\s+\\p{L}+)?\\s?/\\s?\\d{1,3}(?:\\.\\d{3})*(?![\\d/])");

  /** A date the slash of a tally must not be: "ngày 19/6", "tháng 2/2025". */
  private static final Pattern DATE_BEFORE = Pattern.compile("\\b(?:ngay|thang)\\s+$");

  /**
   * Whether the figure at {@code [start, end)} of the folded sentence {@code folded} is a level
   * reached told in brackets (above).
   */
  static boolean is(String folded, int start, int end) {
    int open = folded.lastIndexOf('(', start);
    if (open < 0 || start - open > MAX_ASIDE || folded.lastIndexOf(')', start) > open) {
      return false;
    }
    String aside = folded.substring(open, start);
    if (PRESENT_ASIDE.matcher(aside).find()) {
      return true;
    }
    if (!SHARE_ASIDE.matcher(aside).matches() || Goals.intent(folded)) {
      return false;
    }
    int from = Math.max(0, open - MAX_TALLY);
    for (int i = open - 1; i >= from; i--) {
      char c = folded.charAt(i);
      // a clause ends at a semicolon or a full stop, not at the dot of "3.071"
      if (c == ';' || (c == '.' && folded.charAt(i + 1) == ' ')) {
        from = i + 1;
        break;
      }
    }
    var tally = TALLY.matcher(folded).region(from, open);
    while (tally.find()) {
      if (!DATE_BEFORE
          .matcher(folded)
          .region(Math.max(0, tally.start() - 8), tally.start())
          .useTransparentBounds(true)
          .find()) {
        return true;
      }
    }
    return false;
  }
}
