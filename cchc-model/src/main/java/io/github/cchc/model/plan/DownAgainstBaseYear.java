package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A rate brought "down by" a figure set against a base period: "phấn đấu giảm tỷ lệ suy dinh dưỡng
 * trẻ em dưới 5 tuổi thể thấp còi … xuống 2% so với năm 2023" (baodantoc.vn on Quảng Nam's 2024
 * nutrition plan for poor districts), "giảm xuống 1% so với năm 2022" (baoquangnam.vn, the same
 * plan for 2023). A level reached is not compared with a year; a figure "so với năm …", "so với năm
 * trước", "so với cùng kỳ" is the change itself, a cut of at least that many points ({@link
 * Comparison#GE}), as the same plan writes it elsewhere ("giảm 2% tỷ lệ …"), and as the corpus
 * README labels it (unseen37). Only a bare "xuống" is turned: "xuống còn", "xuống dưới", "xuống
 * khoảng" name the level left and keep their ceiling; a "xuống 2%" with no base after it is a level
 * (at most 2).
 */
final class DownAgainstBaseYear {
  private DownAgainstBaseYear() {}

  /** The qualifier (folded) of a bare "xuống": "xuống", "giảm xuống", "hạ xuống". */
  private static final Pattern BARE_DOWN = Pattern.compile("(?:^|\\s)xuong\\s*$");

  /** The base period just after the figure, on folded text: "so với năm 2023", "so với cùng kỳ". */
  private static final Pattern AGAINST_BASE =
      Pattern.compile("\\s*so\\s+voi\\s+(?:nam\\b|cung\\s+ky\\b|ky\\s+truoc\\b|dau\\s+ky\\b)");

  /**
   * The comparator of a figure ending at {@code end} of the folded sentence {@code folded} whose
   * qualifier is {@code qual}: {@link Comparison#GE} for a bare "xuống" figure set against a base
   * period, {@code read} otherwise.
   */
  static Comparison turned(String folded, String qual, int end, Comparison read) {
    if (read != Comparison.LE || qual == null) {
      return read;
    }
    if (!BARE_DOWN.matcher(Fold.fold(qual)).find()) {
      return read;
    }
    return AGAINST_BASE.matcher(folded).region(end, folded.length()).lookingAt()
        ? Comparison.GE
        : read;
  }
}
