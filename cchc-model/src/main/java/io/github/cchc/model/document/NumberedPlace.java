package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A place of a date line named by its number: an urban district or a ward that has a number for a
 * name ("Quận 2, ngày 11 tháng 01 năm 2008", Nghị quyết 01/2008/NQ-HĐND of the Hội đồng nhân dân of
 * Quận 2, Thành phố Hồ Chí Minh, whose Quận 1 to 12 and many cities' wards, "Phường 11", were so
 * named until the 2025 reorganisation). Its digits are the name's, not a date's or a number's: a
 * place is otherwise read only without digits. Only "Quận" or "Phường" and one or two digits: "Số
 * 2, ngày …" or "Ngày 2, ngày …" is no place.
 */
final class NumberedPlace {
  private NumberedPlace() {}

  /** "quan 2", "phuong 11" (folded), alone. */
  private static final Pattern NUMBERED = Pattern.compile("(?:quan|phuong)\\s+\\d{1,2}");

  /**
   * Whether the folded line's text before {@code comma} is a place named by its number.
   *
   * @param folded the folded line
   * @param comma the index of the comma after the place
   * @return true for "quan 2", "phuong 11"
   */
  static boolean before(String folded, int comma) {
    return NUMBERED.matcher(folded.substring(0, comma).strip()).matches();
  }
}
