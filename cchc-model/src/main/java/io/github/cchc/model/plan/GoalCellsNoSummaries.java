package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rows of a goal table are no summary lines. On a news page read as a plan, a short line with
 * no full stop is taken for a headline, a subheading or a caption whose figure restates the body's
 * or sets no goal by itself ({@link RestatedHeadline}); a row of a table of chỉ tiêu told as a goal
 * cell ({@link GoalTable}: "Tốc độ tăng tổng sản phẩm trong nước (GDP): 6,6-6,8%", the first row of
 * qdnd.vn's 2019 table of its twelve chỉ tiêu, the plan column beside the results) is short in the
 * same way, but its goal is set by the table's heading, not by its own words. The class: the
 * targets read from goal cells are kept whatever those filters of summaries say; the targets of the
 * other lines go through them as before.
 */
final class GoalCellsNoSummaries {
  private GoalCellsNoSummaries() {}

  /**
   * The targets {@code filter} keeps, with those read from a goal cell of {@code lines} kept too,
   * in their order.
   *
   * @param lines the lines the targets were read from, goal cells flagged
   * @param read the targets read from {@code lines}, in order
   * @param filter the filter of summary lines
   */
  static List<Target> filtered(
      List<TextLine> lines, List<Target> read, UnaryOperator<List<Target>> filter) {
    List<Target> kept = filter.apply(read);
    if (kept.size() == read.size()) {
      return kept;
    }
    List<String> cells = new ArrayList<>();
    for (TextLine l : lines) {
      if (l.goalCell()) {
        cells.add(l.text().strip());
      }
    }
    if (cells.isEmpty()) {
      return kept;
    }
    Set<Target> passed = Collections.newSetFromMap(new IdentityHashMap<>());
    passed.addAll(kept);
    List<Target> out = new ArrayList<>();
    for (Target t : read) {
      if (passed.contains(t) || fromCell(cells, t.text())) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean fromCell(List<String> cells, String text) {
    for (String c : cells) {
      if (c.contains(text)) {
        return true;
      }
    }
    return false;
  }
}
