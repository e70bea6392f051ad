package io.github.cchc.model.document;

/**
 * "Sở" and "sơ" are no "số": folded, the three are one word "so", but only "số" (or "so", a copy
 * that lost every mark) puts a number after it as a document's. "Cơ sở 2" names a hospital's second
 * campus ("Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Bạch Mai", Thông báo 637/TB-VPCP of 2025), "Sở"
 * a department: with the horn on its vowel the word is another, whatever number follows, and a type
 * named before it ("Dự án …") does not make the number a document's.
 */
final class HornedSo {
  private HornedSo() {}

  /** The o with a horn, bare and with each tone, small and capital: ơ ờ ớ ở ỡ ợ. */
  private static final String HORNED_O = "ơờớởỡợƠỜỚỞỠỢ";

  /**
   * Tells whether the two letters at {@code at} ("so" folded) are written with the horned o.
   *
   * @param text the text, NFC
   * @param at where the word starts
   * @return true for "sở", "Sở", "sơ" and the like
   */
  static boolean at(CharSequence text, int at) {
    return at + 1 < text.length() && HORNED_O.indexOf(text.charAt(at + 1)) >= 0;
  }
}
