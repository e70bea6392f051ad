package io.github.cchc.model.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text typed in TCVN3 (the "ABC" encoding of TCVN 5712:1993, fonts {@code .VnTime}, {@code
 * .VnArial} and their capital faces {@code .VnTimeH}, {@code .VnArialH}), as it comes out of an old
 * Word {@code .doc}, a PDF made from one, or a copy of its text: "Céng hoµ x· héi chñ nghÜa ViÖt
 * Nam" for "Cộng hoà xã hội chủ nghĩa Việt Nam".
 *
 * <p>Vietnamese administrative documents were written in TCVN3 until Unicode (TCVN 6909:2001) was
 * made mandatory for them (Thông tư 01/2011/TT-BNV); archives of the 2000s hold many. A reader of
 * such text sees each Vietnamese letter as a Latin-1 character, so nothing in it can be read: no
 * heading, no date, no symbol ("Q§-UBND" for "QĐ-UBND").
 *
 * <p>TCVN3 has no accented capitals: a heading is typed in small letters and drawn in capitals by
 * the {@code H} face of the font. {@link #toUnicodeCapitals(CharSequence)} is for text known to be
 * set in such a face (a Word run's font); {@link #toUnicode(CharSequence)} raises a word to
 * capitals when the ASCII letters typed in it are capitals ("QUYÕT" is "QUYẾT"), and otherwise
 * leaves the small letters the bytes give.
 */
public final class Tcvn3 {
  /**
   * The characters of TCVN3 from 0xA1 to 0xFF, in order (TCVN 5712:1993, table VN1, of which VN3
   * uses the small letters and the capitals Ă Â Ê Ô Ơ Ư Đ; 0xB0 to 0xB4 are the five tone marks,
   * combining). 0x00 to 0xA0 are ASCII and the no-break space, as in Latin-1.
   */
  private static final String HIGH =
      "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private Tcvn3() {}

  /**
   * Tells whether {@code text} reads as TCVN3: at least three characters that TCVN3 uses for
   * Vietnamese letters and Unicode Vietnamese never has inside a word ("µ", "¸", "¹", "®", "§", "Ö"
   * …) stand next to a letter, more than four times as many as the letters only Unicode Vietnamese
   * has ("ộ", "ư", "đ" …, {@link #hasUnicodeVietnamese(CharSequence)}). A page of Unicode
   * Vietnamese has hundreds of the latter; a page of TCVN3 has none.
   *
   * @param text the text
   * @return true if the text is TCVN3
   */
  public static boolean isLikely(CharSequence text) {
    int legacy = 0;
    int unicode = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnicodeVietnamese(c)) {
        unicode++;
      } else if (isTcvn3Only(c) && nextToALetter(text, i)
          || (c == MINUS || c == BULLET_OPERATOR) && inWord(text, i)) {
        legacy++;
      }
    }
    return legacy >= 3 && legacy > 4 * unicode;
  }

  /**
   * Converts TCVN3 text to Unicode (NFC). A word whose typed ASCII letters are all capitals, two at
   * least, is put in capitals ("QUYÕT §ÞNH" is "QUYẾT ĐỊNH", "Q§-UBND" is "QĐ-UBND"); other words
   * keep the case their bytes give. Characters outside 0xA1 to 0xFF are kept.
   *
   * @param text TCVN3 text
   * @return the text in Unicode, NFC
   */
  public static String toUnicode(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!inWord(text, i)) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      int ascii = 0;
      int asciiCapitals = 0;
      while (end < text.length() && inWord(text, end)) {
        char c = text.charAt(end++);
        if (c < 0x80) {
          ascii++;
          asciiCapitals += Character.isUpperCase(c) ? 1 : 0;
        }
      }
      String word = map(text, i, end);
      out.append(ascii >= 2 && ascii == asciiCapitals ? word.toUpperCase(VIETNAMESE) : word);
      i = end;
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * Converts TCVN3 text set in a capital face ({@code .VnTimeH}, {@code .VnArialH} …) to Unicode
   * capitals: "®¶ng céng s¶n viÖt nam" is "ĐẢNG CỘNG SẢN VIỆT NAM".
   *
   * @param text TCVN3 text drawn in capitals
   * @return the text in Unicode capitals, NFC
   */
  public static String toUnicodeCapitals(CharSequence text) {
    return Normalizer.normalize(
        map(text, 0, text.length()).toUpperCase(VIETNAMESE), Normalizer.Form.NFC);
  }

  /**
   * Tells whether a font is one of the TCVN3 ("ABC") fonts, whose names begin with ".Vn" ({@code
   * .VnTime}, {@code .VnArial}, {@code .VnCentury Schoolbook} …).
   *
   * @param fontName a font name, may be null
   * @return true for a TCVN3 font
   */
  public static boolean isFont(String fontName) {
    return fontName != null && fontName.regionMatches(true, 0, ".Vn", 0, 3);
  }

  /**
   * Tells whether a TCVN3 font is a capital face, drawing small letters as capitals: its name ends
   * in "H" ({@code .VnTimeH}, {@code .VnArialH}, {@code .VnAvantH}).
   *
   * @param fontName a font name, may be null
   * @return true for a TCVN3 capital face
   */
  public static boolean isCapitalFont(String fontName) {
    return isFont(fontName) && fontName.strip().endsWith("H");
  }

  /**
   * Tells whether {@code text} has a letter only Unicode Vietnamese writes (a letter of U+1EA0 to
   * U+1EF9, or ă đ ơ ư ĩ ũ in either case; â ê ô are Latin-1 letters, which TCVN3 text has too):
   * text with one is not TCVN3, whatever its font says.
   *
   * @param text the text
   * @return true if the text has such a letter
   */
  public static boolean hasUnicodeVietnamese(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnicodeVietnamese(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String map(CharSequence text, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = inWord(text, i) ? byteOf(text.charAt(i)) : text.charAt(i);
      b.append(c >= 0xA1 && c <= 0xFF ? HIGH.charAt(c - 0xA1) : c);
    }
    return b.toString();
  }

  /**
   * The TCVN3 byte a character of a PDF's text layer stands for: some exports name the font's
   * glyphs at 0xAD (ư) and 0xB7 (ã) "minus" and "periodcentered", so the text layer gives U+2212
   * and U+2219 in their place ("Thñ t−íng", "b¶o l∙nh", Thông tư 01/2006/TT-NHNN as the Ministry of
   * Planning and Investment published it). Only inside a word ({@link #inWord}): a minus between
   * numbers stays one.
   */
  private static char byteOf(char c) {
    return c == MINUS ? '\u00ad' : c == BULLET_OPERATOR ? '\u00b7' : c;
  }

  private static final char MINUS = '\u2212';
  private static final char BULLET_OPERATOR = '\u2219';

  /**
   * Whether the character at {@code i} is a letter of a TCVN3 word ({@link #inWord(char)}), or a
   * glyph a PDF names for one ({@link #byteOf}) next to such a letter ("t−íng"; "5 − 3" is a
   * minus).
   */
  private static boolean inWord(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == MINUS || c == BULLET_OPERATOR) {
      return i > 0 && inWord(text.charAt(i - 1))
          || i + 1 < text.length() && inWord(text.charAt(i + 1));
    }
    return inWord(c);
  }

  /** A letter of a TCVN3 word: an ASCII letter or a character of 0xA1 to 0xFF. */
  private static boolean inWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xA1 && c <= 0xFF);
  }

  /**
   * A character TCVN3 uses for a Vietnamese letter that Unicode Vietnamese does not write: 0xA1 to
   * 0xFF less the Latin-1 letters Vietnamese shares (à á â ã è é ê ì í ò ó ô õ ù ú ý, either case)
   * and less ×, ÷.
   */
  private static boolean isTcvn3Only(char c) {
    if (c < 0xA1 || c > 0xFF || c == 0xD7 || c == 0xF7) {
      return false;
    }
    char lower = Character.toLowerCase(c);
    return "àáâãèéêìíòóôõùúý".indexOf(lower) < 0;
  }

  /**
   * Whether the character at {@code i} has an ASCII letter before it, or after it and no digit
   * before.
   */
  private static boolean nextToALetter(CharSequence text, int i) {
    boolean before = i > 0 && isAsciiLetter(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
    boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
    return before || (after && !digitBefore);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isUnicodeVietnamese(char c) {
    return (c >= 0x1EA0 && c <= 0x1EF9) || "ăđơưĩũĂĐƠƯĨŨ".indexOf(c) >= 0;
  }
}
