package io.github.cchc.model.document;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A header's symbol cut at a hyphen by its cell, the rest of it printed lower down as a line of its
 * own: "Số: 255 / BC-BCĐPCGD-" then "Nga Sơn, ngày 13 tháng 11 năm 2020" (the other column of the
 * flattened header table) then "XMC" (Báo cáo 255/BC-BCĐPCGD-XMC of Nga Sơn's Ban chỉ đạo, 2020, on
 * 123docz). A symbol never ends with a hyphen, so the number line is not whole; read as it stood,
 * the number was "255" without its symbol.
 *
 * <p>The class: a number line whose text, its spaces taken out, ends with a hyphen, and among the
 * next two lines with words (a date line of the other column stepped over) one that is a code
 * alone, in capitals: the two are one symbol, which must parse with its symbol.
 */
final class HyphenCutSymbol {
  private HyphenCutSymbol() {}

  /** A code alone on its line: capitals, Đ and digits, hyphens between them. */
  private static final Pattern CODE =
      Pattern.compile("\\p{Lu}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)*");

  /** The longest rest of a joint symbol taken, hyphens between its bodies' codes. */
  private static final int JOINT_REST = 40;

  /** The number and the index of the line with the rest of its symbol. */
  record Joined(DocumentNumber number, int line) {}

  /**
   * Joins the number line's text {@code numberText} (after "Số:") with the code line under it.
   *
   * @param numberText the number line's text after its colon
   * @param lines the header's lines
   * @param from the index of the first line under the number line
   * @param head where the header ends
   * @return the number and the code's line, or null
   */
  static @Nullable Joined join(String numberText, List<HeaderLine> lines, int from, int head) {
    String cut = numberText.replaceAll("\\s+", "");
    if (cut.length() < 3 || !cut.endsWith("-") || !Character.isDigit(cut.charAt(0))) {
      return null;
    }
    for (int k = from, seen = 0; k < head && k < lines.size() && seen < 2; k++) {
      HeaderLine line = lines.get(k);
      if (line.blank()) {
        continue;
      }
      seen++;
      String c = line.content().strip();
      // a joint symbol's rest names several bodies, hyphens between them, and runs longer:
      // "Số: 01/2022/TTLT-VKSNDTC-" over "TANDTC-BCA-BQP-BLĐTBXH" (Thông tư liên tịch 01/2022 of
      // five bodies, corpus unseen63); a word alone in capitals has no hyphen
      if (CODE.matcher(c).matches()
          && (c.length() <= 12 || (c.indexOf('-') > 0 && c.length() <= JOINT_REST))) {
        String joined = cut + c;
        try {
          DocumentNumber n = DocumentNumber.parse(joined);
          return n.hasSymbol() ? new Joined(n, k) : null;
        } catch (io.github.cchc.model.CchcParseException e) {
          return null;
        }
      }
      if (!line.folded().contains(", ngay")) {
        return null;
      }
    }
    return null;
  }
}
