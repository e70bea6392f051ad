package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * The old prose heading written on one line with its type, at the top of the document: "Nghị định
 * của Chính phủ số 114/2003/NĐ-CP⏎ngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn." (Nghị
 * định 114/2003/NĐ-CP, .doc in TCVN3, under a one-line "Chính phủ"). Its number is the document's
 * own, not a citation.
 *
 * <p>The class: a line that opens with a type's name, then (in the same paragraph) "của", the
 * issuer's words and "số", its number, and "ngày" after the number (on the same line or the next),
 * among the first {@link #HEADER_LINES} lines of the text that hold words. The same words in the
 * body ("Căn cứ Nghị định của Chính phủ số …", or further down than the header's lines) are
 * citations as before.
 */
final class OneLineProseHeading {
  private OneLineProseHeading() {}

  /** The lines with words the heading may stand among: an issuer, the national title, a date. */
  static final int HEADER_LINES = 8;

  /** A blank line: the heading's paragraph ends there. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

  /** The words between the type's name and the number, folded: "của Chính phủ số". */
  private static final Pattern OF_ISSUER_SO = Pattern.compile("\\s*cua\\s+[^\\d]{3,80}\\s+so\\s*");

  /**
   * Tells whether the name at {@code nameStart}, ending at {@code nameEnd}, and the number at
   * {@code [numberStart, numberEnd)} of {@code text} are such a heading.
   */
  static boolean at(String text, int nameStart, int nameEnd, int numberStart, int numberEnd) {
    int lineStart = nameStart;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    if (!text.substring(lineStart, nameStart).isBlank()
        || nameEnd > numberStart
        || BLANK_LINE.matcher(text.substring(nameStart, numberStart)).find()
        || !OF_ISSUER_SO
            .matcher(VietnameseText.fold(text.substring(nameEnd, numberStart)))
            .matches()) {
      return false;
    }
    int after = numberEnd;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (!VietnameseText.fold(text.substring(after, Math.min(text.length(), after + 5)))
        .startsWith("ngay")) {
      return false;
    }
    int lines = 0;
    for (String line : text.substring(0, lineStart).split("\n", -1)) {
      if (line.chars().anyMatch(Character::isLetter)) {
        lines++;
      }
    }
    return lines < HEADER_LINES;
  }
}
