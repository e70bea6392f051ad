package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;

/**
 * Text written in capitals, as a header writes its type heading, its issuing body, a title and the
 * title of a signature ("KẾ HOẠCH", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "KT. CHỦ TỊCH"): one test for
 * the header reader, the signature and the citation scanner.
 */
final class Capitals {
  private Capitals() {}

  /**
   * Tells whether {@code s} is written in capitals: it has a letter and is its own upper case in
   * Vietnamese.
   */
  static boolean in(String s) {
    return hasLetter(s) && s.equals(s.toUpperCase(VietnameseText.VIETNAMESE));
  }

  /** Tells whether {@code s} has a letter. */
  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
