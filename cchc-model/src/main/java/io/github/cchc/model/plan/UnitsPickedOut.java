package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A share that picks out which units are meant, not a goal of its own, when the units are no
 * subject of the sentence: told by a preposition of place or of whom it concerns with a plural
 * ("Chương trình gồm 10 Dự án thành phần, được triển khai ở các xã, thôn miền núi có tỷ lệ hộ dân
 * tộc thiểu số từ 15% trở lên", vovworld.vn on the ethnic minorities' programme 2021-2030; "Đối với
 * một số ngành, lĩnh vực đặc thù có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động thấp dưới
 * 30% có thể điều chỉnh mục tiêu", TP. Hồ Chí Minh's KH 174/KH-UBND on gender equality), or counted
 * ("toàn tỉnh có trên 125/184 xã có tỷ lệ hộ nghèo (theo chuẩn đa chiều …) dưới 7%", Gia Lai's Nghị
 * quyết 05-NQ/TU: the goal is the count of communes, the 7% the criterion they meet). The units
 * then "có tỷ lệ" and the name of the rate, with no word of a goal between ("đạt", "phấn đấu",
 * "giảm", "tăng", "nâng"), up to the figure. A share of units before them ("90% số xã có tỷ lệ che
 * phủ rừng trên 50%") and plural units as the subject ("Phấn đấu các xã có tỷ lệ hộ nghèo dưới 5%")
 * are not picked out by this: the first is a goal of a share, the second one of a level.
 */
final class UnitsPickedOut {
  private UnitsPickedOut() {}

  /** How far before a figure the units are looked for. */
  private static final int REACH = 200;

  private static final String UNITS =
      "(?:xa|phuong|thi\\s+tran|thon|ban|huyen|tinh|thanh\\s+pho|dia\\s+phuong|don\\s+vi"
          + "|co\\s+quan|doanh\\s+nghiep|vung|nganh|linh\\s+vuc|truong|co\\s+so|ho)";

  /** A character of the name of a rate: no end of a clause, no figure, no word of a goal. */
  private static final String NAME_CHAR =
      "(?:(?!\\b(?:dat|phan\\s+dau|giam|tang|nang|muc\\s+tieu|chi\\s+tieu|den\\s+nam)\\b)[^.;:%])";

  /**
   * A preposition ("ở", "tại", "đối với", "cho") with a plural ("các", "những", "một số") or a
   * count ("125/184", "15") before the units, then "có tỷ lệ" (or "tỷ trọng") and the name of the
   * rate up to the figure, on folded text.
   */
  private static final Pattern PICKED =
      Pattern.compile(
          "(?:\\b(?:o|tai|doi\\s+voi|cho)\\s+(?:cac|nhung|mot\\s+so)\\s+|(?<![\\d.,%])\\b\\d+(?:/\\d+)?\\s+)"
              + UNITS
              + "\\b"
              + NAME_CHAR
              + "{0,40}?\\s+co\\s+t[yi]\\s+(?:le|trong)\\b"
              + NAME_CHAR
              + "{0,100}$");

  /**
   * True when the figure whose qualifier starts at {@code start} of the folded sentence {@code
   * folded} picks out the units named before it.
   */
  static boolean before(String folded, int start) {
    return PICKED
        .matcher(folded)
        .region(Math.max(0, start - REACH), start)
        .useTransparentBounds(true)
        .find();
  }
}
