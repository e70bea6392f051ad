package io.github.cchc.model.text;

/**
 * Cyrillic capitals and small letters that look like Latin ones, typed inside a Latin word: a
 * symbol keyed on a Russian layout or pasted from a font that maps them so ("16495/BТС-PTHT", the
 * "Т" and "С" of Bộ Tài chính's code Cyrillic, Công điện 230/CĐ-TTg of 2025). Vietnamese is written
 * in Latin letters only, so a word that mixes the two scripts is a Latin word with look-alikes in
 * it, and each is read as the Latin letter it stands for; a word all in Cyrillic (a Russian name)
 * is left as it is. One character for one: offsets are kept.
 */
final class LookAlikeLetters {
  private LookAlikeLetters() {}

  /** Cyrillic look-alikes, each above the Latin letter at the same index of {@link #LATIN}. */
  private static final String CYRILLIC = "АВСЕНІЈКМОРЅТХУасеіјорѕхуԁԛԝ";

  private static final String LATIN = "ABCEHIJKMOPSTXYaceijopsxydqw";

  /**
   * Returns {@code text} with every Cyrillic look-alike that stands in a word with a Latin letter
   * replaced by that Latin letter; the same string when there is none.
   *
   * @param text NFC text
   * @return the text with its look-alikes read as Latin letters
   */
  static String latin(String text) {
    if (!hasCyrillic(text)) {
      return text;
    }
    char[] out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int k = CYRILLIC.indexOf(text.charAt(i));
      if (k < 0) {
        continue;
      }
      int start = i;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int end = i + 1;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (hasLatin(text, start, end)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = LATIN.charAt(k);
      }
    }
    return out == null ? text : new String(out);
  }

  private static boolean hasCyrillic(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0400' && c <= '\u052f') {
        return true;
      }
    }
    return false;
  }

  /** True when {@code [start, end)} holds a letter of the Latin script (Vietnamese ones too). */
  private static boolean hasLatin(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }
}
