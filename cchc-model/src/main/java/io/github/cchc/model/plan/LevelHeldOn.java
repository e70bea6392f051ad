package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A second level of the same measure, joined by "và" and a verb of holding with no noun of its own:
 * "phấn đấu tốc độ tăng dân số ở mức khoảng 1% vào năm 2015 và ổn định ở mức khoảng 1% vào năm
 * 2020" (baokhanhhoa on the population strategy 2011-2020). The subject of "ổn định", "duy trì",
 * "giữ vững" is left out because it is the measure before: the figure continues the list of values
 * of that subject (a ceiling when the population's growth is one), it names no subject of its own.
 */
final class LevelHeldOn {
  private LevelHeldOn() {}

  /**
   * The words between the figure before and this one, on folded text: an optional time ("vào năm
   * 2015"), "và" (or a comma), a verb of holding and "ở mức" / "khoảng" before the figure.
   */
  private static final Pattern HELD_ON =
      Pattern.compile(
          "^(?:(?:vao|den|trong)\\s+(?:nam|giai\\s+doan)\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
              + ",?\\s*(?:va|,)\\s+(?:(?:tiep\\s+tuc|se)\\s+)?(?:on\\s+dinh|duy\\s+tri|giu(?:\\s+vung)?)"
              + "(?:\\s+o)?(?:\\s+muc)?(?:\\s+khoang)?\\s*$");

  /** True when {@code before}, the (NFC) words between two figures, hold the same measure on. */
  static boolean continues(String before) {
    return HELD_ON.matcher(VietnameseText.fold(before).strip()).matches();
  }
}
