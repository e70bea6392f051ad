package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal that no unit be left beyond a figure: "không còn xã nào có trên 15% hộ nghèo", "không còn
 * xã có trên 20% hộ nghèo" (dantocmiennui.vn on Lâm Đồng's poverty goals to 2020), "không có huyện
 * nào có tỷ lệ hộ nghèo trên 10%". No commune above 15% is every commune at most 15%: the "trên" of
 * the figure is turned round by the negated existence before it, {@link Comparison#GT} to {@link
 * Comparison#LE}, and "dưới" ({@link Comparison#LT}) to {@link Comparison#GE} ("không còn xã nào có
 * dưới 50% …", none below: every one at least). A "không còn" that is no such existence, a level
 * brought down to ("giảm tỷ lệ hộ nghèo … không còn trên 3%" has no unit counted between) keeps its
 * comparator.
 */
final class NoneBeyond {
  private NoneBeyond() {}

  /** The words before the qualifier, looked at from its start. */
  static final int REACH = 80;

  /**
   * "không còn"/"không có", the unit counted (one to five words), then "nào" and/or "có" and up to
   * eight words of what is measured, up to the qualifier of the figure, on folded text.
   */
  private static final Pattern NONE_LEFT =
      Pattern.compile(
          "\\bkhong\\s+(?:con|co)\\s+(?:\\p{L}+\\s+){1,5}?"
              + "(?:nao\\s+(?:co\\s+)?|co\\s+)(?:\\p{L}+\\s+){0,8}$");

  /**
   * The comparator of a figure whose qualifier starts at {@code start} of the folded sentence
   * {@code folded}: {@code read} turned round when a negated existence of units stands just before
   * it, {@code read} itself otherwise.
   */
  static Comparison turned(String folded, int start, Comparison read) {
    if (read != Comparison.GT && read != Comparison.LT) {
      return read;
    }
    Matcher m = NONE_LEFT.matcher(folded);
    m.region(Math.max(0, start - REACH), start);
    m.useTransparentBounds(true);
    if (!m.find()) {
      return read;
    }
    return read == Comparison.GT ? Comparison.LE : Comparison.GE;
  }
}
