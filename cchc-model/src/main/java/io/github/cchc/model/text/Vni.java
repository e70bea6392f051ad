package io.github.cchc.model.text;

import java.text.Normalizer;

/**
 * Text typed in VNI (the encoding of the VNI fonts, {@code VNI-Times}, {@code VNI-Helve} …), as it
 * comes out of an old Word {@code .doc} or a PDF made from one: "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA
 * VIEÄT NAM" for "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
 *
 * <p>VNI, the other encoding of the archives beside TCVN3 ({@link Tcvn3}; the south of the country
 * used it most: Bình Phước, Cà Mau, Đồng Nai, Hồ Chí Minh City), writes a letter with marks as its
 * base letter followed by one Latin-1 character that stands for its marks, in the order the VNI
 * keyboard table gives them (VNI Software's table, as Vietnamese keyboard and converter programs
 * document it):
 *
 * <ul>
 *   <li>a tone alone after a, e, o, u, y, ơ or ư: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng;
 *   <li>after a, e or o, the circumflex: â alone, and with a tone á sắc, à huyền, å hỏi, ã ngã, ä
 *       nặng;
 *   <li>after a, the breve: ê alone, and with a tone é sắc, è huyền, ú hỏi, ü ngã, ë nặng;
 *   <li>letters of one character: ô ơ, ö ư, ñ đ, and the i with a tone í, ì, æ (ỉ), ó (ĩ), ò (ị); î
 *       is ỵ;
 * </ul>
 *
 * each also in capitals for capitals ("UÛY" is "ỦY", "Ñ" is "Đ"). Unlike TCVN3, VNI has every
 * capital, so case is kept as typed.
 */
public final class Vni {
  private Vni() {}

  /** Tone marks, combining: sắc, huyền, hỏi, ngã, nặng. */
  private static final char SAC = '\u0301';

  private static final char HUYEN = '\u0300';
  private static final char HOI = '\u0309';
  private static final char NGA = '\u0303';
  private static final char NANG = '\u0323';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char BREVE = '\u0306';
  private static final char HORN = '\u031B';

  /**
   * Tells whether {@code text} reads as VNI: at least three letters written the VNI way (a vowel
   * followed by one of VNI's mark characters, or "ñ", "ö", "ô" inside a word), more than four times
   * as many as the letters only Unicode Vietnamese has, and more than four times as many as the
   * characters of 0xA1 to 0xBF next to a letter, which VNI never uses and TCVN3 uses for its most
   * common letters ("µ", "¸", "®", "§" …).
   *
   * @param text the text
   * @return true if the text is VNI
   */
  public static boolean isLikely(CharSequence text) {
    int vni = 0;
    int unicode = 0;
    int tcvn3 = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x1EA0 && c <= 0x1EF9) || "ăđơưĩũĂĐƠƯĨŨ".indexOf(c) >= 0) {
        unicode++;
      } else if (c >= 0xA1 && c <= 0xBF && nextToALetter(text, i)) {
        tcvn3++;
      } else if (i > 0 && isVowel(text.charAt(i - 1)) && markOf(c, text.charAt(i - 1)) != null) {
        vni++;
      } else if ("ñÑöÖ".indexOf(c) >= 0 && nextToALetter(text, i)) {
        vni++;
      }
    }
    return vni >= 3 && vni > 4 * unicode && vni > 4 * tcvn3;
  }

  /**
   * Tells whether a font is one of the VNI fonts, whose names begin with "VNI-" ({@code VNI-Times},
   * {@code VNI-Helve}, {@code VNI-Aptima} …; in a PDF after a subset prefix, {@code
   * ABCDEF+VNI-Times}).
   *
   * @param fontName a font name, may be null
   * @return true for a VNI font
   */
  public static boolean isFont(String fontName) {
    if (fontName == null) {
      return false;
    }
    int plus = fontName.indexOf('+');
    String name = plus == 6 ? fontName.substring(7) : fontName;
    return name.regionMatches(true, 0, "VNI-", 0, 4) || name.regionMatches(true, 0, "VNI ", 0, 4);
  }

  /**
   * Converts VNI text to Unicode (NFC). Characters that are not VNI's (ASCII, and Latin-1
   * characters not after a letter they mark) are kept.
   *
   * @param text VNI text
   * @return the text in Unicode, NFC
   */
  public static String toUnicode(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      String letter = letterOf(c, text, i);
      if (letter != null) {
        out.append(letter);
        i++;
        continue;
      }
      if (isVowel(c)) {
        out.append(base(c));
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        String marks = markOf(next, c);
        if (marks != null) {
          out.append(marks);
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * The letter a character of one stands for: ñ đ, í ì æ ó ò the i with a tone, î ỵ; ô and ö are
   * bases ({@link #base}). A Latin-1 letter VNI uses that does not stand next to a letter (a
   * foreign name in Latin-1, "Señor" aside) is kept.
   */
  private static String letterOf(char c, CharSequence text, int i) {
    if (!nextToALetter(text, i)) {
      return null;
    }
    return switch (c) {
      case 'ñ' -> "đ";
      case 'Ñ' -> "Đ";
      case 'í' -> "í";
      case 'Í' -> "Í";
      case 'ì' -> "ì";
      case 'Ì' -> "Ì";
      case 'æ' -> "ỉ";
      case 'Æ' -> "Ỉ";
      case 'ó' -> "ĩ";
      case 'Ó' -> "Ĩ";
      case 'ò' -> "ị";
      case 'Ò' -> "Ị";
      case 'î' -> "ỵ";
      case 'Î' -> "Ỵ";
      default -> null;
    };
  }

  /** A vowel that takes marks after it: a e o u y, ô (ơ) and ö (ư), in either case. */
  private static boolean isVowel(char c) {
    return "aeouyAEOUYôöÔÖ".indexOf(c) >= 0;
  }

  /** The base letter of a vowel: ô is ơ, ö is ư. */
  private static String base(char c) {
    return switch (c) {
      case 'ô' -> "o" + HORN;
      case 'Ô' -> "O" + HORN;
      case 'ö' -> "u" + HORN;
      case 'Ö' -> "U" + HORN;
      default -> String.valueOf(c);
    };
  }

  /**
   * The combining marks the character {@code m} stands for after the vowel {@code v}, or null when
   * it marks nothing there (the circumflex forms after a, e and o; the breve forms after a only).
   */
  private static String markOf(char m, char v) {
    char lower = Character.toLowerCase(m);
    String tone = tone(lower);
    if (tone != null) {
      return tone;
    }
    char base = Character.toLowerCase(v);
    boolean circumflexes = base == 'a' || base == 'e' || base == 'o';
    switch (lower) {
      case 'â':
        return circumflexes ? String.valueOf(CIRCUMFLEX) : null;
      case 'á':
        return circumflexes ? "" + CIRCUMFLEX + SAC : null;
      case 'à':
        return circumflexes ? "" + CIRCUMFLEX + HUYEN : null;
      case 'å':
        return circumflexes ? "" + CIRCUMFLEX + HOI : null;
      case 'ã':
        return circumflexes ? "" + CIRCUMFLEX + NGA : null;
      case 'ä':
        return circumflexes ? "" + CIRCUMFLEX + NANG : null;
      default:
        break;
    }
    if (base != 'a') {
      return null;
    }
    return switch (lower) {
      case 'ê' -> String.valueOf(BREVE);
      case 'é' -> "" + BREVE + SAC;
      case 'è' -> "" + BREVE + HUYEN;
      case 'ú' -> "" + BREVE + HOI;
      case 'ü' -> "" + BREVE + NGA;
      case 'ë' -> "" + BREVE + NANG;
      default -> null;
    };
  }

  /** A tone alone: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng. */
  private static String tone(char lower) {
    return switch (lower) {
      case 'ù' -> String.valueOf(SAC);
      case 'ø' -> String.valueOf(HUYEN);
      case 'û' -> String.valueOf(HOI);
      case 'õ' -> String.valueOf(NGA);
      case 'ï' -> String.valueOf(NANG);
      default -> null;
    };
  }

  /** Whether the character at {@code i} has a letter before or after it. */
  private static boolean nextToALetter(CharSequence text, int i) {
    return i > 0 && Character.isLetter(text.charAt(i - 1))
        || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }
}
