package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import io.github.cchc.model.unit.AdministrativeUnits;
import java.util.regex.Pattern;

/**
 * A place of several words that a date line wraps inside its name, the first word(s) on the line
 * above: "Thừa⏎Thiên Huế, ngày 18 tháng 03 năm 2022" (Kế hoạch 110/KH-UBND of Thừa Thiên Huế on
 * thuviennhadat), "Thành phố Hồ⏎Chí Minh, ngày 18 tháng 11 năm 2025" (Kế hoạch 174/KH-UBND of Hồ
 * Chí Minh City). Read alone, the date line's part of the name ("Thiên Huế", "Chí Minh") is taken
 * for the whole place.
 *
 * <p>The rule: when the date line's place has two or more words, the line above is one to three
 * words, the first capitalised, the others capitalised or the lower-case "phố" of "Thành phố", and
 * the two joined name a province or centrally governed city (before or after the 2025 merger, with
 * or without "Tỉnh" or "Thành phố"), the line above is the start of the place. Only known names are
 * joined: two capitalised words above a two-word place are as often a page's chrome as a name's
 * start; the kind of unit alone above ("Tỉnh") is not. A one-word place keeps the looser rule of
 * {@code DocumentHeaderReader} ("Cao⏎Bằng").
 */
final class WrappedProvinceName {
  private WrappedProvinceName() {}

  /** One to three words: the first capitalised, the others capitalised or "phố". */
  private static final Pattern START =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s(?:\\p{Lu}\\p{Ll}*|phố)){0,2}");

  /**
   * The kind of unit alone, "Tỉnh" or "Thành phố" above "Bà Rịa - Vũng Tàu, ngày …": a word before
   * the place, not the start of its name.
   */
  private static final Pattern KIND = Pattern.compile("tinh|thanh pho|tp\\.?");

  /**
   * Whether {@code above}, the line over a date line whose place reads {@code place}, holds the
   * start of that place's name.
   *
   * @param above the line above the date line, stripped
   * @param place the date line's place, before its comma, of two words or more
   * @return true when the two joined name a known province or city
   */
  static boolean joins(String above, String place) {
    return START.matcher(above).matches()
        && !KIND.matcher(VietnameseText.fold(above)).matches()
        && AdministrativeUnits.provinces().hasName(above + " " + place);
  }
}
