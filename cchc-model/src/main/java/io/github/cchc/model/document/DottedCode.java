package io.github.cchc.model.document;

/**
 * A dot joining two parts of one code in old symbols, where the body's code was written as the
 * abbreviations of its two parts: "1330/QĐ-CT.UB" (the Chủ tịch of the Ủy ban, Cần Thơ, 2004),
 * "11/1998/QĐ-TC.CCVC" (the Ban Tổ chức - Cán bộ Chính phủ's office of civil servants, 1998),
 * "16/CGC.BT" (the Hội Cựu giáo chức of Bình Thuận, 2024). The code is kept as written, dot and
 * all, as '&' is kept in "SNV-CCHC&VTLT".
 *
 * <p>The class: a dot between a part of at most three capitals that starts the code and a part of
 * two or more capitals or digits that ends it (at a hyphen or at the end of the symbol). Not a dot
 * before a word of the sentence glued to the symbol ("12/QĐ-UBND.Ngày", a small letter after the
 * capital) nor a sentence's final dot, which the token has already lost.
 */
final class DottedCode {
  private DottedCode() {}

  /**
   * The most capitals of the part before the dot, which a code of two abbreviations starts with
   * ("CT", "TC", "CGC"): a whole body's code before a dot ("12/QĐ-UBND.UBND tỉnh …") is a sentence
   * glued to the symbol by a copy that lost the space.
   */
  private static final int MAX_FIRST_PART = 3;

  /** The fewest characters of the part after the dot. */
  private static final int MIN_PART = 2;

  /**
   * Tells whether the character at {@code i} of {@code s} is a dot joining two parts of a code that
   * ends at {@code end} at the latest.
   */
  static boolean joins(CharSequence s, int i, int end) {
    if (i <= 0 || i + 1 >= end || s.charAt(i) != '.' || !Character.isUpperCase(s.charAt(i - 1))) {
      return false;
    }
    if (!Character.isUpperCase(s.charAt(i + 1))) {
      return false;
    }
    int p = i - 1;
    while (p > 0 && Character.isUpperCase(s.charAt(p - 1))) {
      p--;
    }
    if (i - p > MAX_FIRST_PART || (p > 0 && s.charAt(p - 1) != '-' && s.charAt(p - 1) != '/')) {
      return false;
    }
    int q = i + 1;
    while (q < end && (Character.isUpperCase(s.charAt(q)) || SymbolToken.isDigit(s.charAt(q)))) {
      q++;
    }
    return q - (i + 1) >= MIN_PART && (q == end || s.charAt(q) == '-');
  }
}
