package io.github.cchc.model.plan;

import io.github.cchc.model.CchcParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the tasks of an appendix table (Phụ lục): STT, Nội dung/Nhiệm vụ, Đơn vị chủ trì, Đơn vị
 * phối hợp, Sản phẩm, Thời gian hoàn thành; two-row headers with spanned cells, vertically merged
 * cells, and full-width group rows (a reform area). Every row that is neither a task, a group row
 * nor blank is reported as a problem.
 */
final class AppendixReader {
  enum Column {
    NUMBER,
    AREA,
    CONTENT,
    LEAD,
    COORDINATING,
    PRODUCT,
    DEADLINE
  }

  private static final Pattern ROMAN = Pattern.compile("(?i)[IVX]+\\.?");
  private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:;|\\n|^-\\s*|\\n-\\s*)\\s*");

  private final String file;
  private final int defaultYear;
  private final List<Task> tasks = new ArrayList<>();
  private final List<PlanProblem> problems = new ArrayList<>();

  AppendixReader(String file, int defaultYear) {
    this.file = file;
    this.defaultYear = defaultYear;
  }

  List<Task> tasks() {
    return tasks;
  }

  List<PlanProblem> problems() {
    return problems;
  }

  /** Returns whether the table looks like a task table (a content and a lead column). */
  static boolean isTaskTable(SourceTable t) {
    List<List<String>> grid = t.grid();
    for (int r = 0; r < Math.min(3, grid.size()); r++) {
      String row = Fold.fold(String.join(" | ", grid.get(r)));
      if ((row.contains("noi dung") || row.contains("nhiem vu")) && row.contains("chu tri")) {
        return true;
      }
    }
    return false;
  }

  void read(SourceTable t) {
    List<List<String>> grid = t.grid();
    int headerEnd = -1;
    for (int r = 0; r < Math.min(3, grid.size()); r++) {
      String row = Fold.fold(String.join(" | ", grid.get(r)));
      if (row.contains("chu tri")
          || row.contains("phoi hop")
          || row.contains("noi dung")
          || row.contains("stt")) {
        headerEnd = r;
      }
    }
    int width = grid.stream().mapToInt(List::size).max().orElse(0);
    Map<Integer, Column> columns = new LinkedHashMap<>();
    for (int c = 0; c < width; c++) {
      StringBuilder h = new StringBuilder();
      for (int r = 0; r <= headerEnd; r++) {
        if (c < grid.get(r).size()) {
          h.append(' ').append(grid.get(r).get(c));
        }
      }
      Optional<Column> col = column(Fold.fold(h));
      if (col.isPresent() && !columns.containsValue(col.get())) {
        columns.put(c, col.get());
      }
    }
    if (!columns.containsValue(Column.CONTENT)) {
      problems.add(
          problem(t, 1, "no content column (Nội dung/Nhiệm vụ) in the header", grid.get(0)));
      return;
    }
    String group = null;
    ReformArea area = null;
    for (int r = headerEnd + 1; r < grid.size(); r++) {
      List<String> row = grid.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (isColumnNumbering(row)) {
        continue;
      }
      Map<Column, String> v = new LinkedHashMap<>();
      for (Map.Entry<Integer, Column> e : columns.entrySet()) {
        v.put(e.getValue(), e.getKey() < row.size() ? row.get(e.getKey()).strip() : "");
      }
      if (t.isFullWidth(r, width) && t.rows().get(r).size() == 2) {
        String n = t.rows().get(r).get(0).text().strip();
        if (!n.isEmpty() && !ROMAN.matcher(n).matches() && !n.matches("[A-ZĐ]\\.?")) {
          problems.add(problem(t, r + 1, "a group row numbered like a task: " + n, row));
        }
      }
      if (row.size() < width && !t.isFullWidth(r, width)) {
        problems.add(
            problem(
                t,
                r + 1,
                "the row has "
                    + row.size()
                    + " columns, the header "
                    + width
                    + "; cells may be misplaced",
                row));
      }
      String content = v.getOrDefault(Column.CONTENT, "");
      String number = v.getOrDefault(Column.NUMBER, "");
      boolean others =
          !v.getOrDefault(Column.LEAD, "").isEmpty()
              || !v.getOrDefault(Column.DEADLINE, "").isEmpty()
              || !v.getOrDefault(Column.PRODUCT, "").isEmpty();
      if (t.isFullWidth(r, width) || (ROMAN.matcher(number).matches() && !others)) {
        group = t.isFullWidth(r, width) ? t.rowText(r) : (number + " " + content).strip();
        area = ReformArea.find(group).orElse(null);
        continue;
      }
      if (content.isEmpty()) {
        problems.add(problem(t, r + 1, "no task content (Nội dung/Nhiệm vụ) in the row", row));
        continue;
      }
      AssignmentBuilder ab = Assignment.builder();
      String lead = v.getOrDefault(Column.LEAD, "");
      if (lead.isEmpty()) {
        problems.add(problem(t, r + 1, "no lead unit (Đơn vị chủ trì) for the task", row));
      } else {
        ab.lead(lead.replace('\n', ' '));
      }
      ab.addAllCoordinating(split(v.getOrDefault(Column.COORDINATING, "")));
      String product = v.getOrDefault(Column.PRODUCT, "");
      if (!product.isEmpty()) {
        ab.product(product.replace('\n', ' '));
      }
      String deadline = v.getOrDefault(Column.DEADLINE, "");
      if (!deadline.isEmpty()) {
        ab.deadlineText(deadline.replace('\n', ' '));
        try {
          ab.deadline(Deadline.parse(deadline.replace('\n', ' '), defaultYear));
        } catch (CchcParseException e) {
          problems.add(problem(t, r + 1, "deadline not understood: " + e.reason(), row));
        }
      }
      TaskBuilder tb =
          Task.builder()
              .content(content.replace('\n', ' '))
              .assignment(ab.build())
              .source("table " + t.number() + ", row " + (r + 1));
      if (!number.isEmpty()) {
        tb.number(number.replaceAll("\\.$", ""));
      }
      String rowArea = v.getOrDefault(Column.AREA, "");
      if (!rowArea.isEmpty()) {
        tb.group(rowArea);
        ReformArea.find(rowArea).ifPresent(tb::area);
      } else {
        if (group != null) {
          tb.group(group);
        }
        if (area != null) {
          tb.area(area);
        }
      }
      tasks.add(tb.build());
    }
  }

  private static boolean isColumnNumbering(List<String> row) {
    // a row "(1) (2) (3) ..." under the header
    return row.stream().allMatch(s -> s.isBlank() || s.strip().matches("\\(?\\d{1,2}\\)?"))
        && row.size() > 2
        && row.stream().filter(s -> !s.isBlank()).count() == row.size();
  }

  private static List<String> split(String units) {
    List<String> out = new ArrayList<>();
    if (units.isBlank()) {
      return out;
    }
    for (String s : LIST_SPLIT.split(units)) {
      String u = s.strip().replaceAll("^-\\s*", "").replaceAll("[.;,]+$", "").strip();
      if (!u.isEmpty()) {
        out.add(u);
      }
    }
    return out;
  }

  static Optional<Column> column(String header) {
    if (header.contains("stt") || header.matches("\\s*(so )?tt\\s*")) {
      return Optional.of(Column.NUMBER);
    }
    if (header.contains("chu tri")) {
      return Optional.of(Column.LEAD);
    }
    if (header.contains("phoi hop")) {
      return Optional.of(Column.COORDINATING);
    }
    if (header.contains("san pham") || header.contains("ket qua dau ra")) {
      return Optional.of(Column.PRODUCT);
    }
    if (header.contains("thoi gian") || header.contains("thoi han") || header.contains("tien do")) {
      return Optional.of(Column.DEADLINE);
    }
    if (header.contains("noi dung")
        || header.contains("nhiem vu")
        || header.contains("giai phap")) {
      return Optional.of(Column.CONTENT);
    }
    if (header.contains("linh vuc")) {
      return Optional.of(Column.AREA);
    }
    return Optional.empty();
  }

  private PlanProblem problem(SourceTable t, int row, String reason, List<String> cells) {
    return PlanProblem.builder()
        .file(file)
        .location("table " + t.number() + ", row " + row)
        .reason(reason)
        .text(String.join(" | ", cells))
        .build();
  }
}
