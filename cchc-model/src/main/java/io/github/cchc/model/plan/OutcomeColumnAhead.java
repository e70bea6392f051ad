package io.github.cchc.model.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of chỉ tiêu whose only column of figures is headed "Kết quả" (the outcome) and whose rows
 * open under a group row of a time ahead, "Đến năm 2030": the outcome to be reached by then, a
 * goal, not a result. The class: the appendix "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ" of the Government's
 * programme for Nghị quyết 57 ("TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì", its rows under
 * "I | Đến năm 2030" and "II | Đến năm 2045"). "Đến năm" (by the year) tells a time to reach; a
 * table of results names its year without it ("Năm 2025", "Kết quả thực hiện năm 2025"), and a
 * column of results named more than "Kết quả" ("Kết quả thực hiện", "Kết quả đạt được") is no bare
 * outcome.
 */
final class OutcomeColumnAhead {
  private OutcomeColumnAhead() {}

  /** A bare outcome heading, on folded text. */
  private static final Pattern OUTCOME = Pattern.compile("ket\\s+qua");

  /** A group row's time ahead, on folded text without emphasis marks: "Đến năm 2030". */
  private static final Pattern BY_YEAR =
      Pattern.compile("(?:[ivx]+\\.?\\s+)?(?:den|toi)\\s+nam\\s+(?:19|20)\\d{2}");

  /** A Markdown separator row's cell: "---", ":---:". */
  private static final Pattern SEPARATOR = Pattern.compile(":?-{3,}:?");

  /**
   * Whether the heading {@code cell}, folded, is a bare outcome ("Kết quả").
   *
   * @param folded the heading cell, folded with spaces collapsed
   */
  static boolean isOutcome(String folded) {
    return OUTCOME.matcher(folded).matches();
  }

  /**
   * Whether the rows after a heading open under a group row of a time ahead: the first row that is
   * not a Markdown separator has one cell "Đến năm YYYY" (with its row number or not) and no other
   * cell filled but the number.
   *
   * @param rows the rows after the heading, each as its cells
   */
  static boolean opensByYearAhead(List<List<String>> rows) {
    for (List<String> row : rows) {
      if (row.stream().allMatch(c -> c.isBlank() || SEPARATOR.matcher(c.strip()).matches())) {
        continue;
      }
      int time = 0;
      int other = 0;
      for (int k = 0; k < row.size(); k++) {
        String f = Fold.fold(row.get(k).replace("*", ""));
        if (f.isEmpty()) {
          continue;
        }
        if (BY_YEAR.matcher(f).matches()) {
          time++;
        } else if (k > 0) {
          other++;
        }
      }
      return time == 1 && other == 0;
    }
    return false;
  }
}
