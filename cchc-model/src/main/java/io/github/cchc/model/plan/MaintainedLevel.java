package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A level a clause opens by keeping, its figure at the clause's end with no word of comparison of
 * its own: "Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế 100%" (laodongthudo on quận Thanh
 * Xuân's 2024 chỉ tiêu) is at least the figure, as "duy trì 100% …" is (the corpus rule settled in
 * the eighteenth round), not the bare "100% …" that is exactly it.
 */
final class MaintainedLevel {
  /** The clause before the figure, on folded text: "duy trì" first, no other figure in it. */
  private static final Pattern KEPT = Pattern.compile("^duy\\s+tri\\s+[^\\d%]{3,120}$");

  private MaintainedLevel() {}

  /**
   * The comparison of a bare figure at {@code start} of folded text {@code f}: {@link
   * Comparison#GE} where its clause opens on "duy trì", {@code cmp} otherwise.
   */
  static Comparison turned(String f, int start, Comparison cmp) {
    if (cmp != Comparison.EQ) {
      return cmp;
    }
    int from = start;
    while (from > 0 && ",;:.\n(".indexOf(f.charAt(from - 1)) < 0) {
      from--;
    }
    String clause = f.substring(from, start).strip();
    return KEPT.matcher(clause).matches() ? Comparison.GE : cmp;
  }
}
