package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's figure named beside a result, in a sentence that reports goals met or missed. The
 * class: a result followed by the plan's own figure, named as the plan's by "so với kế hoạch là X%"
 * ("tăng trưởng GDP (đạt khoảng 2% so với kế hoạch là 6,8%)", thanhnien.vn on the 4 of 12 chỉ tiêu
 * of 2020 not met). The figure is the goal, read even where the sentence's words of goals ("4 chỉ
 * tiêu không đạt") would take it for a sentence of goals; the result beside it stays a result. A
 * share of the plan ("đạt 95% so với kế hoạch") names no figure of the plan and is not of this
 * class.
 */
final class PlanFigureNamed {
  private PlanFigureNamed() {}

  private static final String FIGURE = "\\d{1,3}(?:[,.]\\d+)?\\s?%";

  private static final String PLAN = "(?:ke\\s+hoach|muc\\s+tieu|chi\\s+tieu|nghi\\s+quyet)";

  /** On folded text: "so với kế hoạch (đề ra) là (dưới) 6,8%". */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\bso\\s+voi\\s+"
              + PLAN
              + "(?:\\s+(?:de\\s+ra|duoc\\s+giao|nam\\s+\\d{4}))?\\s+la\\s+"
              + "(?:(?:duoi|tren|khoang|tu|toi\\s+thieu|toi\\s+da)\\s+)?"
              + FIGURE);

  /**
   * On folded text: a clause opening on the plan and giving its figure at once, after a comma, a
   * semicolon or a bracket: ", kế hoạch tăng trưởng trung bình 7,5%", "(số liệu khác 7%, kế hoạch
   * tăng 7% năm 2016)".
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "[,;(]\\s*(ke\\s+hoach(?:\\s+(?:tang(?:\\s+truong)?|giam))?"
              + "(?:\\s+(?:trung\\s+binh|binh\\s+quan))?\\s+"
              + "(?:(?:khoang|tren|tu|duoi)\\s+)?"
              + FIGURE
              + ")");

  /**
   * The spans of the plan's figures given by a clause of their own in a sentence told as a result,
   * each from "kế hoạch" to the figure: "Lào 7,5% (năm tài chính 2014-2015 GDP tăng trưởng 7,9%, …,
   * kế hoạch tăng trưởng trung bình 7,5% mỗi năm giai đoạn 2016-2020, …), Campuchia 6,9% (số liệu
   * khác 7%, kế hoạch tăng 7% năm 2016)" (the Wikipedia page of Vietnam's economy): the plan's
   * figure beside the results, as "(kế hoạch 10%)" is; a share of the plan ("đạt 95% kế hoạch")
   * names none. Empty when none.
   */
  static List<int[]> clauses(String folded) {
    List<int[]> out = new ArrayList<>();
    Matcher m = CLAUSE.matcher(folded);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  /**
   * The spans of the plan's figures named beside results in the folded sentence, each the words
   * that read as the goal ("so với kế hoạch là 6,8%"); empty when none.
   */
  static List<int[]> spans(String folded) {
    List<int[]> out = new ArrayList<>();
    Matcher m = NAMED.matcher(folded);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
