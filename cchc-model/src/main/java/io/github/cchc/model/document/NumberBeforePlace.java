package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header flattened onto one line, whose number line runs into the date line: "Số /QĐ UBND Phú
 * Thọ, ngày tháng 3 năm 2022" (a draft of Quyết định 519/QĐ-UBND of Phú Thọ on 123docz, its number
 * left blank) or "Số: 519 /QĐ-UBND Phú Thọ, ngày …". The words before the date's comma then open
 * with "Số", the number if any, a slash and the symbol's codes in capitals; the place is what
 * follows them, its words capitalised with small letters.
 */
final class NumberBeforePlace {
  private NumberBeforePlace() {}

  /** "Số", a number or none, a slash, the symbol's codes in capitals, then the place's capital. */
  private static final Pattern NUMBER =
      Pattern.compile(
          "Số\\s*:?\\s*\\d*[a-z]?\\s*/\\s*[\\p{Lu}\\d&]+(?:\\s*[-/ ]\\s*[\\p{Lu}\\d&]+)*\\s+"
              + "(?=\\p{Lu}\\p{Ll})");

  /** Returns the place without the number line run into it; the place unchanged otherwise. */
  static String place(String place) {
    Matcher m = NUMBER.matcher(place);
    return m.lookingAt() && m.end() < place.length() ? place.substring(m.end()).strip() : place;
  }
}
