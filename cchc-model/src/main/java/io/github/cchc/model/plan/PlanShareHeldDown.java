package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's figure in brackets beside the agricultural sector's share of the economy's structure
 * is a ceiling, at its worst end. A result that gives the structure sector by sector, each share
 * followed by the plan's in brackets ("cơ cấu kinh tế Lâm Đồng có tỷ lệ đóng góp từ các khu vực bao
 * gồm: Ngành nông, lâm nghiệp, thủy sản chiếm 43,8% (kế hoạch từ 36,1 - 36,6%); ngành Công nghiệp,
 * xây dựng chiếm 18,0% (kế hoạch từ 19,4 - 19,5%) …", cafef on Lâm Đồng's 2024 results), sets the
 * farm share against a plan that brings it down: at most 36,6, as a farm share the plan gives
 * itself is ({@link HeldDown#agricultureShare}). Read alone, the bracket ("kế hoạch từ 36,1 -
 * 36,6%") has no sector to tell it by; the sector stands before the result. The other sectors' plan
 * figures stay floors (at least 19,4).
 */
final class PlanShareHeldDown {
  private PlanShareHeldDown() {}

  /** The result's figure just before the bracket, on folded text: "chiếm 43,8% ". */
  private static final Pattern RESULT_FIGURE = Pattern.compile("\\d{1,3}(?:[,.]\\d+)?\\s?%\\s*$");

  /**
   * Turns to {@link Comparison#LE} at its upper end each target read from {@code from} on in {@code
   * targets} from the goal {@code goal}, found at {@code at} in the (folded) sentence {@code
   * folded}, when the result before it is the agricultural sector's share of a structure.
   */
  static void turn(List<Target> targets, int from, String folded, int at, String goal) {
    if (from >= targets.size()) {
      return;
    }
    String before = folded.substring(0, at);
    Matcher r = RESULT_FIGURE.matcher(before);
    if (!r.find()) {
      return;
    }
    int clause = Math.max(before.lastIndexOf(';', r.start()), before.lastIndexOf(':', r.start()));
    String subject = before.substring(clause + 1, r.start()).strip();
    if (subject.isEmpty() && clause >= 0 && before.charAt(clause) == ':') {
      // the sector named before a colon, its share after it: "Nông nghiệp - thuỷ sản: 20% (chỉ
      // tiêu đại hội 27,5%)" (baonamdinh on xã Hải Trung's term)
      int named =
          Math.max(before.lastIndexOf(';', clause - 1), before.lastIndexOf(':', clause - 1));
      subject = before.substring(named + 1, clause).strip();
    }
    if (!HeldDown.agricultureShare(folded, subject)) {
      return;
    }
    Matcher range = Qualifiers.PERCENT.matcher(VietnameseText.fold(goal));
    if (!range.find()) {
      return;
    }
    String high = range.group("num").replace(',', '.');
    for (int i = from; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (t.comparator() == Comparison.GE && t.unit().orElse(null) == TargetUnit.PERCENT) {
        targets.set(
            i,
            Target.builder()
                .from(t)
                .comparator(Comparison.LE)
                .value(new java.math.BigDecimal(high))
                .build());
      }
    }
  }
}
