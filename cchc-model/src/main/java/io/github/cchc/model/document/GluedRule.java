package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A rule glued to the end of a header line, the copy having lost the line break between a cell's
 * last line and the rule under it: "TỈNH TRÀ VINH--------" (Nghị quyết 07/2011/NQ-HĐND of Trà Vinh
 * on luatminhkhue), "BỘ Y TẾ_______". The rule is no text of the line: four or more dashes,
 * underscores or equals signs after a letter at the line's end are dropped. A dash or two inside
 * text ("2021--2025", "Rịa - Vũng Tàu") and a rule that stands apart (read by {@code
 * DocumentHeaderReader}'s own rule) are left.
 */
final class GluedRule {
  private GluedRule() {}

  private static final Pattern AT_END = Pattern.compile("(?<=\\p{L})(?:-{4,}|_{4,}|={4,})\\s*$");

  /**
   * The line without a rule glued to its end.
   *
   * @param line a header line, stripped
   * @return the line, its glued rule dropped
   */
  static String drop(String line) {
    return AT_END.matcher(line).replaceFirst("");
  }
}
