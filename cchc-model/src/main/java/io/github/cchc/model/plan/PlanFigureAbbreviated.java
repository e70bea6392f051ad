package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plan's figure in brackets after a result, the plan named by its abbreviation "KH" (kế hoạch),
 * as provincial reports and the news pages copying them give a year's chỉ tiêu: "Tỷ trọng đóng góp
 * của kinh tế biển vào GRDP 41,85% (KH 41%)", "Năng suất lao động tăng 7,78% (KH 6-7%)", "Tốc độ
 * tăng trưởng GRDP 9,40% (KH tăng 10-11%)" (thuonghieucongluan.com.vn on Ninh Thuận's 2023), "Tăng
 * trưởng kinh tế đạt 10,9% (KH 10,5%)" (longan.gov.vn on Long An's 2005). The bracket is the goal
 * the result is set against (the corpus's settled rule), as "(kế hoạch 10%)" spelt out is ({@link
 * GoalsAgainstResults}); the result before it stays a result. Only a percentage (or a range of
 * percentages) is of the class: "(KH 22.200 tỷ đồng)" and a share of the plan ("đạt 33,3%KH", "đạt
 * 102,3% KH") are not, and "(KHCN)", "(KH&CN)" name no plan.
 */
final class PlanFigureAbbreviated {
  private PlanFigureAbbreviated() {}

  private static final String NUMBER = "\\d{1,3}(?:[,.]\\d+)?";

  /**
   * On folded text: "(KH 41%)", "(KH: 41%)", "(KH tăng 10-11%)", "(KH năm 2024: 8%)", "(KH từ 6 -
   * 7%/năm)".
   */
  private static final String FIGURE_AFTER_NAME =
      "(?:\\s+nam\\s+\\d{4})?\\s?:?\\s?"
          + "(?:(?:tang|giam|dat|tu|tren|duoi|khoang|con)\\s)?"
          + NUMBER
          + "(?:\\s?%)?(?:\\s?[-–]\\s?"
          + NUMBER
          + ")?\\s?%(?:\\s?/\\s?nam)?\\s?\\)";

  private static final Pattern BRACKET = Pattern.compile("\\(\\s?kh" + FIGURE_AFTER_NAME);

  /**
   * The spans of the plan's figures in brackets named "KH" in the folded sentence, each from its
   * opening bracket to its closing one; empty when none.
   */
  static List<int[]> spans(String folded) {
    return spans(folded, Set.of());
  }

  /**
   * The spans of the plan's figures in brackets named "KH" or by an abbreviation the page defines
   * for a plan ({@link PlanAbbreviations}: "(KBTT: 5,44%)", and the bracket defining it, "(kịch bản
   * tăng trưởng (KBTT): 7,87%)") in the folded sentence; empty when none.
   */
  static List<int[]> spans(String folded, Set<String> abbreviations) {
    List<int[]> out = new ArrayList<>();
    Pattern bracket = BRACKET;
    if (!abbreviations.isEmpty()) {
      String names = abbreviations.stream().map(Pattern::quote).collect(Collectors.joining("|"));
      bracket =
          Pattern.compile(
              "\\(\\s?(?:kh|(?:"
                  + names
                  + ")|[\\p{L} ]{2,40}\\(\\s?(?:"
                  + names
                  + ")\\s?\\))"
                  + FIGURE_AFTER_NAME);
    } else if (folded.indexOf("(kh") < 0 && folded.indexOf("( kh") < 0) {
      return out;
    }
    Matcher m = bracket.matcher(folded);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /**
   * {@code goals} (the spans of goals already found in the folded sentence {@code folded}) with the
   * plan's figures named "KH" (or by an abbreviation the page defines for a plan, {@code
   * abbreviations}) added where they overlap none, sorted by start. When no goal was found, they
   * are added only if the rest of {@code sentence} (the sentence as given, judged by {@link
   * Goals#besides}) sets no goal of its own.
   */
  static List<int[]> with(
      List<int[]> goals, String folded, String sentence, Set<String> abbreviations) {
    List<int[]> found = spans(folded, abbreviations);
    if (found.isEmpty()) {
      return goals;
    }
    if (goals.isEmpty() && Goals.intent(Goals.besides(sentence, found))) {
      return goals;
    }
    List<int[]> out = new ArrayList<>(goals);
    for (int[] s : found) {
      if (goals.stream().noneMatch(g -> g[0] < s[1] && s[0] < g[1])) {
        out.add(s);
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }
}
