package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A military or police rank printed before the signer's name, as the Ministry of Public Security's
 * and of Defence's documents sign: "BỘ TRƯỞNG⏎Đại tướng Lương Tam Quang" (Thông tư 65/2026/TT-BCA,
 * corpus unseen63). The rank (cấp bậc of Luật Sĩ quan Quân đội nhân dân and Luật Công an nhân dân:
 * Đại tướng, Thượng tướng, Trung tướng, Thiếu tướng, Đại tá … Thiếu úy) is written with its second
 * word in small letters, so the line did not read as a name; the signer is the name after it.
 */
final class RankBeforeName {
  private RankBeforeName() {}

  /** A rank at the start of a line, its words and the space after: group 1 is the rest. */
  private static final Pattern RANK =
      Pattern.compile("(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)\\s+(\\p{Lu}.*)");

  /**
   * The line without a rank before the name.
   *
   * @param line a line of a signature block, stripped
   * @return the name after the rank, or the line as it is when it opens with no rank
   */
  static String dropped(String line) {
    Matcher m = RANK.matcher(line);
    return m.matches() ? m.group(1) : line;
  }
}
