package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A goal table's unit column naming a place in a ranking ("Thứ bậc", "Thứ hạng", "Xếp hạng",
 * "Hạng"): a goal cell "≤ 3 Đông Nam Á; ≤ 50 Thế giới" under it is a place at most in each ranking
 * it names, each told on a line of its own with the row's indicator as a sentence tells one, "xếp
 * hạng ≤ 3 Đông Nam Á", "xếp hạng ≤ 50 Thế giới" ({@link Ranks#PLACE_AT_MOST}), as the Government's
 * list of chỉ tiêu for Nghị quyết 57 gives "Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông
 * Nam Á; ≤ 50 Thế giới". A figure without the sign ("Thứ bậc | 3") names no bound and stays as it
 * is.
 */
final class RankColumnUnit {
  private RankColumnUnit() {}

  private static final Pattern RANK_UNIT =
      Pattern.compile("(?:thu\\s+(?:bac|hang)|xep\\s+hang|hang|vi\\s+tri)");

  private static final Pattern AT_MOST = Pattern.compile("(?:≤|<=|=<)\\s*(?=\\d)");

  /**
   * Whether {@code unit}, a unit cell, names a place in a ranking.
   *
   * @param unit the row's unit cell
   */
  static boolean isRank(String unit) {
    return RANK_UNIT.matcher(VietnameseText.fold(unit.strip()).replaceAll("\\s+", " ")).matches();
  }

  /**
   * The places of a goal cell, one for each ranking it names ("≤ 3 Đông Nam Á; ≤ 50 Thế giới" is
   * two), each told as {@link #told}: each is a goal of the row's indicator.
   */
  static List<String> places(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split(";")) {
      if (!part.isBlank()) {
        out.add(told(part.strip()));
      }
    }
    return out;
  }

  /** The goal cell with each place at most told as "xếp hạng ≤ N". */
  static String told(String cell) {
    return AT_MOST.matcher(cell).replaceAll("xếp hạng ≤ ");
  }
}
