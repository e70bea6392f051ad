package io.github.cchc.model.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Values given "tương ứng" (respectively) or "lần lượt" to the subjects the sentence before named,
 * each with its own figure: "Cơ cấu kinh tế (tính theo GDP) năm 2010: công nghiệp - xây dựng đạt
 * 36,29%; nông - lâm - ngư nghiệp đạt 20,97%; dịch vụ đạt 42,74%. Năm 2015 đạt tương ứng: 45,6%;
 * 12,8% và 41,6%." (Bình Thuận's master plan to 2020 on timhieuvietnam). The n-th value is the n-th
 * subject's, so a share the plan holds down (the farm sector's, {@link HeldDown}) stays a ceiling
 * in the values after it, which name no subject of their own and would be floors.
 */
final class RespectiveValues {
  private RespectiveValues() {}

  /** "tương ứng", "lần lượt", on folded text. */
  private static final Pattern RESPECTIVELY = Pattern.compile("\\b(?:tuong\\s+ung|lan\\s+luot)\\b");

  /**
   * Turns to {@link Comparison#LE} each floor read from {@code from} on that stands where the
   * sentence before, read from {@code previousFrom} up to {@code from}, had a ceiling, when the
   * (folded) sentence gives its values respectively and as many as the sentence before had (two or
   * more, all percentages).
   */
  static void turn(List<Target> targets, int previousFrom, int from, String folded) {
    int n = targets.size() - from;
    if (previousFrom < 0
        || n < 2
        || from - previousFrom != n
        || !RESPECTIVELY.matcher(folded).find()) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (targets.get(previousFrom + i).unit().orElse(null) != TargetUnit.PERCENT
          || targets.get(from + i).unit().orElse(null) != TargetUnit.PERCENT) {
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      Target t = targets.get(from + i);
      if (t.comparator() == Comparison.GE
          && targets.get(previousFrom + i).comparator() == Comparison.LE) {
        targets.set(from + i, Target.builder().from(t).comparator(Comparison.LE).build());
      }
    }
  }
}
