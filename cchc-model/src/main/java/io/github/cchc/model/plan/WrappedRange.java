package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A range wrapped at its dash, on a text layer or a narrow column: "… tốc độ tăng bình quân 05⏎-
 * 06%/năm." (Sơn La's export plan, Quyết định 2954/QĐ-UBND): the line opening on the dash and the
 * range's upper end goes on with the line ending on its lower end, instead of starting a list item
 * of its own. A line opening on a dash and words ("- Tỷ lệ …") after a line ending on a figure is a
 * list item still.
 */
final class WrappedRange {
  /** A line opening on a dash and the end of a range: "- 06%/năm", "– 4,5%". */
  private static final Pattern OPENS_ON_RANGE_END =
      Pattern.compile("^[-–]\\s?\\d{1,3}(?:[,.]\\d+)?\\s?%");

  /** A line ending on a bare number: "bình quân 05". */
  private static final Pattern ENDS_ON_NUMBER =
      Pattern.compile("(?<![\\d.,/])\\d{1,3}(?:[,.]\\d+)?$");

  private WrappedRange() {}

  /** True when {@code line} is the rest of a range {@code before} broke off after its lower end. */
  static boolean goesOn(CharSequence before, String line) {
    return OPENS_ON_RANGE_END.matcher(line).lookingAt() && ENDS_ON_NUMBER.matcher(before).find();
  }
}
