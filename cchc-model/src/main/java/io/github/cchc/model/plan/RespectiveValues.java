package io.github.cchc.model.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values given "tương ứng" (respectively) or "lần lượt" to the subjects the sentence before named,
 * each with its own figure: "Cơ cấu kinh tế (tính theo GDP) năm 2010: công nghiệp - xây dựng đạt
 * 36,29%; nông - lâm - ngư nghiệp đạt 20,97%; dịch vụ đạt 42,74%. Năm 2015 đạt tương ứng: 45,6%;
 * 12,8% và 41,6%." (Bình Thuận's master plan to 2020 on timhieuvietnam). The n-th value is the n-th
 * subject's, so a share the plan holds down (the farm sector's, {@link HeldDown}) stays a ceiling
 * in the values after it, which name no subject of their own and would be floors. So it does when
 * the subjects are listed in the same sentence before the values: "Tỷ trọng nông - lâm - thủy sản,
 * công nghiệp - xây dựng, dịch vụ, thuế sản phẩm tương ứng 26,62%, 28,94%, 39,84% và 4,6%" (tbnhnew
 * on Gia Lai's quy hoạch to 2030): the first value is the farm sector's share.
 */
final class RespectiveValues {
  private RespectiveValues() {}

  /** "tương ứng", "lần lượt", on folded text. */
  private static final Pattern RESPECTIVELY = Pattern.compile("\\b(?:tuong\\s+ung|lan\\s+luot)\\b");

  /** A percentage, on folded text. */
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  /** The structure the subjects are shares of, on folded text: "tỷ trọng", "cơ cấu". */
  private static final Pattern STRUCTURE = Pattern.compile("\\b(?:t[yi]\\s+trong|co\\s+cau)\\b");

  /**
   * The farm sector named as one subject of a list, on folded text: "nông - lâm - thủy sản", "ngành
   * nông nghiệp"; not "phi nông nghiệp".
   */
  private static final Pattern FARM = Pattern.compile("^(?:nganh\\s+|khu\\s+vuc\\s+)?nong\\b");

  /**
   * Turns to {@link Comparison#LE} the floor read from {@code from} on that is the farm sector's
   * share, and to {@link Comparison#GE} a ceiling that is another sector's (a share that grows: the
   * words before it name the farm sector listed last, not its own), when the (folded) sentence
   * lists the sectors of a structure ("Tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, …")
   * and then gives their values respectively, as many values as sectors, every percentage of the
   * sentence read as one target.
   */
  static void turnListed(List<Target> targets, int from, String folded) {
    Matcher r = RESPECTIVELY.matcher(folded);
    if (!r.find()) {
      return;
    }
    int clause =
        Math.max(folded.lastIndexOf(';', r.start()), folded.lastIndexOf(':', r.start())) + 1;
    Matcher structure = STRUCTURE.matcher(folded).region(clause, r.start());
    if (!structure.find()) {
      return;
    }
    String[] subjects =
        folded.substring(structure.end(), r.start()).strip().split("\\s*(?:,|\\bva\\b)\\s*");
    int farm = -1;
    for (int i = 0; i < subjects.length; i++) {
      if (FARM.matcher(subjects[i].strip()).find()) {
        farm = i;
      }
    }
    int end = folded.indexOf(';', r.end());
    end = end < 0 ? folded.length() : end;
    int before = count(folded, 0, r.start());
    int values = count(folded, r.end(), end);
    if (farm < 0
        || subjects.length < 2
        || values != subjects.length
        || targets.size() - from != count(folded, 0, folded.length())) {
      return;
    }
    for (int i = 0; i < values; i++) {
      int at = from + before + i;
      Target t = targets.get(at);
      Comparison own = i == farm ? Comparison.LE : Comparison.GE;
      Comparison other = i == farm ? Comparison.GE : Comparison.LE;
      if (t.comparator() == other && t.unit().orElse(null) == TargetUnit.PERCENT) {
        targets.set(at, Target.builder().from(t).comparator(own).build());
      }
    }
  }

  private static int count(String folded, int start, int end) {
    Matcher m = PERCENT.matcher(folded).region(start, end);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

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
