package io.github.cchc.model.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Unicode normalisation and diacritic folding for Vietnamese text.
 *
 * <p>Vietnamese letters can be written precomposed ("ệ", one code point) or decomposed ("e" plus
 * two combining marks); text copied from Word files and web pages mixes both. Every parser of this
 * library calls {@link #nfc(CharSequence)} first. For matching that ignores case and tones, {@link
 * #fold(CharSequence)} maps each letter to its bare lower-case Latin letter, including đ/Đ to d:
 *
 * <pre>{@code
 * VietnameseText.nfc("Ke\u0302\u0301 hoa\u0323ch");     // "Kế hoạch"
 * VietnameseText.fold("Quyết định ĐẦU TƯ");             // "quyet dinh dau tu"
 * VietnameseText.equalsFolded("Ủy ban", "uy BAN");      // true
 * VietnameseText.indexOfFolded("Căn cứ Kế hoạch số 24", "ke hoach"); // 7
 * }</pre>
 *
 * <p>On NFC text {@code fold} keeps the length and every offset: character {@code i} of the result
 * is the folded character {@code i} of the input, so a match found in the folded text has the same
 * span in the original.
 */
public final class VietnameseText {
  /** The Vietnamese locale, {@code vi-VN}. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private static final char[] FOLD = buildTable();

  private VietnameseText() {}

  /**
   * Returns {@code text} in Unicode normalisation form C (precomposed letters).
   *
   * @param text any text
   * @return the NFC form; the same string if it already is NFC
   */
  public static String nfc(CharSequence text) {
    String s = text.toString();
    return isSurelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Returns {@code text} as the readers read it: NFC, its no-break spaces (U+00A0, as web pages
   * give "&amp;nbsp;" between words; the narrow U+202F and the figure space U+2007) as plain
   * spaces, and the eth that old web copies give for đ ("Quyết ðịnh số 12/QÐ-UBND", U+00F0 and
   * U+00D0, from pages converted out of the TCVN3 and VNI fonts) as đ, and a Cyrillic letter that
   * looks like a Latin one inside a Latin word ("BТС" with a Cyrillic Т and С) as that Latin
   * letter. One character for one: an offset into the result is an offset into the NFC form of
   * {@code text}.
   *
   * @param text any text
   * @return the plain text, the same string when there is nothing to replace
   */
  public static String plain(CharSequence text) {
    String t = nfc(text);
    if (t.indexOf('\u00a0') >= 0 || t.indexOf('\u202f') >= 0 || t.indexOf('\u2007') >= 0) {
      t = t.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
    }
    if (t.indexOf('\u00f0') >= 0 || t.indexOf('\u00d0') >= 0) {
      t = t.replace('\u00f0', '\u0111').replace('\u00d0', '\u0110');
    }
    // Cyrillic look-alikes typed in a Latin word: "16495/BТС-PTHT" (LookAlikeLetters)
    return LookAlikeLetters.latin(t);
  }

  /**
   * A fast check for the common case: text made only of characters that are NFC on their own and
   * never combine with a neighbour (Latin up to U+02FF, the precomposed Vietnamese letters of
   * U+1E00–U+1EFF, punctuation U+2010–U+205E without the singletons U+2000/U+2001, currency signs
   * such as ₫). Any other character, e.g. a combining tone mark, falls back to {@link Normalizer}.
   */
  static boolean isSurelyNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && !isStableBlock(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isStableBlock(char c) {
    return (c >= 0x1E00 && c <= 0x1EFF)
        || (c >= 0x2010 && c <= 0x205E)
        || (c >= 0x20A0 && c <= 0x20C0);
  }

  /**
   * Folds {@code text} for matching: NFC, then every letter to lower case without tone or vowel
   * marks, đ and Đ to d; characters that are not letters are kept. The result has the length of the
   * NFC form of {@code text}.
   *
   * @param text any text
   * @return the folded text, e.g. "quyet dinh" for "Quyết định"
   */
  public static String fold(CharSequence text) {
    String s = nfc(text);
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(s.charAt(i));
    }
    return new String(out);
  }

  /**
   * Folds one character as {@link #fold(CharSequence)} does.
   *
   * @param c a character of NFC text
   * @return its folded form, e.g. {@code 'd'} for {@code 'Đ'}
   */
  public static char foldChar(char c) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
  }

  /**
   * Tells whether two texts are equal once folded.
   *
   * @param a a text
   * @param b another text
   * @return {@code true} if {@code fold(a).equals(fold(b))}
   */
  public static boolean equalsFolded(CharSequence a, CharSequence b) {
    return fold(a).equals(fold(b));
  }

  /**
   * Finds {@code needle} in {@code text} ignoring case and diacritics.
   *
   * @param text the text searched
   * @param needle the text looked for
   * @return the offset in the NFC form of {@code text} of the first match, or -1
   */
  public static int indexOfFolded(CharSequence text, CharSequence needle) {
    return fold(text).indexOf(fold(needle));
  }

  private static char[] buildTable() {
    char[] table = new char[0x2000];
    for (int c = 0; c < table.length; c++) {
      char ch = (char) c;
      if (ch == 'đ' || ch == 'Đ') {
        table[c] = 'd';
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      char base = d.isEmpty() ? ch : d.charAt(0);
      table[c] = Character.toLowerCase(base);
    }
    return table;
  }
}
