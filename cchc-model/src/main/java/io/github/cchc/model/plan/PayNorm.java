package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A pay norm of a legal text: a percentage of a pay base that someone is entitled to ("Công chức dự
 * bị được hưởng 85% bậc lương khởi điểm …; … thì được hưởng 85% lương bậc 2 của ngạch được tuyển
 * dụng", "được hưởng 100% lương và phụ cấp", Nghị định 115/2003/NĐ-CP and 117/2003/NĐ-CP on
 * probation pay) or that an allowance is set at ("hưởng phụ cấp trách nhiệm bằng 30% mức lương tối
 * thiểu"). Such a figure says what a rule grants, not a level to be reached: no target. The
 * percentage must follow "hưởng" or "bằng" directly and be a share of a pay base ("lương", "tiền
 * lương", "mức lương", "bậc lương", "lương cơ sở", "phụ cấp", "trợ cấp"); a share of people who
 * receive pay ("100% cán bộ được hưởng lương đúng hạn") counts people and stays a target.
 */
final class PayNorm {
  private PayNorm() {}

  /** "hưởng"/"bằng" right before the figure, on folded text. */
  private static final Pattern GRANTED = Pattern.compile("\\b(?:huong|bang)\\s+$");

  /** The pay base right after the figure, on folded text. */
  private static final Pattern PAY_BASE =
      Pattern.compile(
          "\\s*(?:(?:cua\\s+)?(?:muc\\s+|bac\\s+|tien\\s+)?luong|phu\\s+cap|tro\\s+cap)\\b");

  /**
   * Whether the figure at {@code [start, end)} of the folded sentence {@code folded} is a pay norm:
   * granted by "hưởng"/"bằng" and a share of a pay base.
   */
  static boolean is(String folded, int start, int end) {
    return GRANTED
            .matcher(folded)
            .region(Math.max(0, start - 12), start)
            .useTransparentBounds(true)
            .find()
        && PAY_BASE.matcher(folded).region(end, folded.length()).lookingAt();
  }
}
