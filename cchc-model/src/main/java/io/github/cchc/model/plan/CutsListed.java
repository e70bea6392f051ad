package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A list of cuts under one "giảm": "giảm 2% tỷ lệ suy dinh dưỡng thể thấp còi và 1% tỷ lệ suy dinh
 * dưỡng thể gầy còm ở trẻ em dưới 5 tuổi" (giamngheo.sldtbxh on Quảng Nam's 2025 nutrition plan):
 * the bare figure after "và" or a comma is a second cut, at least its figure as the first one is,
 * not a share of what is held down (a ceiling). Only when the figure before it follows "giảm"
 * directly and nothing between the two names a level ("xuống", "còn", "đạt", "chiếm", "dưới").
 */
final class CutsListed {
  private CutsListed() {}

  /** The longest stretch between the two figures. */
  private static final int MAX_GAP = 80;

  /** "giảm" just before the first figure, on folded text: "giảm 2%", "giảm bình quân 2%". */
  private static final Pattern CUT_BEFORE =
      Pattern.compile("\\bgiam\\s+(?:(?:binh\\s+quan|them|it\\s+nhat|toi\\s+thieu)\\s+)?$");

  /** The words between the figures: a subject ending on "và" or a comma. */
  private static final Pattern LISTED = Pattern.compile("^[^;:.()]*(?:,|\\bva)\\s*$");

  /** A word naming a level between the figures. */
  private static final Pattern LEVEL =
      Pattern.compile("\\b(?:xuong|con|dat|chiem|duoi|tren|muc|len)\\b");

  /**
   * Whether the figure starting at {@code start} of the folded sentence {@code folded} is a further
   * cut listed after the one at {@code [prevStart, prevEnd)}.
   */
  static boolean further(String folded, int prevStart, int prevEnd, int start) {
    if (prevEnd > start || start - prevEnd > MAX_GAP) {
      return false;
    }
    if (!CUT_BEFORE
        .matcher(folded)
        .region(Math.max(0, prevStart - 30), prevStart)
        .useTransparentBounds(true)
        .find()) {
      return false;
    }
    String gap = folded.substring(prevEnd, start);
    return LISTED.matcher(gap).find() && !LEVEL.matcher(gap).find();
  }
}
