package io.github.cchc.reporting.builder;

import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskStanding;
import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.model.TableBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The section of a report on the plan's tasks: each task with its lead unit, deadline, status and
 * lateness, grouped by lead unit, then the list of overdue tasks (danh sách nhiệm vụ chậm tiến độ)
 * that follow-up meetings use.
 *
 * <pre>{@code
 * TaskProgressSection s = TaskProgressSection.builder()
 *     .periodLabel("năm 2024")
 *     .asOf(LocalDate.of(2025, 1, 10))
 *     .standings(progress.standings(period.range(), asOf))
 *     .build();
 * TargetAchievementReport.builder()...taskProgress(s)...
 * }</pre>
 */
@Value.Immutable
public abstract class TaskProgressSection {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  TaskProgressSection() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static TaskProgressSectionBuilder builder() {
    return new TaskProgressSectionBuilder();
  }

  /**
   * The period as it reads in the text ("năm 2024").
   *
   * @return the period label
   */
  public abstract String periodLabel();

  /**
   * The day the progress is judged on.
   *
   * @return the day
   */
  public abstract LocalDate asOf();

  /**
   * The standing of every task, in the plan's order.
   *
   * @return the standings
   */
  public abstract List<TaskStanding> standings();

  /** Lays the section out; tables are numbered from {@code firstTable}. */
  Section toSection(String heading, int firstTable) {
    List<TaskStanding> due = new ArrayList<>();
    List<String> leads = new ArrayList<>();
    for (TaskStanding s : standings()) {
      if (!leads.contains(s.lead())) {
        leads.add(s.lead());
      }
      if (s.dueOn().isPresent()) {
        due.add(s);
      }
    }
    long done = due.stream().filter(TaskStanding::isDone).count();
    long onTime = due.stream().filter(TaskStanding::isOnTime).count();
    List<TaskStanding> overdue = new ArrayList<>();
    TableBuilder all =
        Table.builder()
            .caption("Bảng " + firstTable + ". Tiến độ thực hiện nhiệm vụ theo đơn vị chủ trì")
            .addColumns(
                Column.of("STT"),
                Column.of("Nhiệm vụ"),
                Column.of("Đơn vị chủ trì"),
                Column.of("Thời hạn"),
                Column.of("Tình trạng"),
                Column.of("Ngày hoàn thành"),
                Column.of("Đánh giá"));
    for (String lead : leads) {
      for (TaskStanding s : standings()) {
        if (!s.lead().equals(lead)) {
          continue;
        }
        if (s.isOverdue()) {
          overdue.add(s);
        }
        all.addRows(
            Row.of(
                Cell.text(s.number()),
                Cell.text(s.task().content()),
                Cell.text(s.lead()),
                Cell.text(deadline(s)),
                Cell.text(s.status().vietnamese()),
                s.progress()
                    .flatMap(TaskProgress::completedOn)
                    .map(d -> Cell.text(DMY.format(d)))
                    .orElse(Cell.empty()),
                Cell.text(assessment(s))));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        Paragraph.of(
            "Trong "
                + periodLabel()
                + " có "
                + due.size()
                + " nhiệm vụ đến hạn; đã hoàn thành "
                + done
                + " nhiệm vụ, trong đó "
                + onTime
                + " nhiệm vụ hoàn thành đúng hạn (tính đến ngày "
                + DMY.format(asOf())
                + ")."));
    blocks.add(all.build());
    blocks.add(
        Paragraph.of(
            "Danh sách nhiệm vụ chậm tiến độ tính đến ngày "
                + DMY.format(asOf())
                + ": "
                + (overdue.isEmpty()
                    ? "không có nhiệm vụ chậm tiến độ."
                    : overdue.size() + " nhiệm vụ.")));
    if (!overdue.isEmpty()) {
      TableBuilder late =
          Table.builder()
              .caption("Bảng " + (firstTable + 1) + ". Danh sách nhiệm vụ chậm tiến độ")
              .addColumns(
                  Column.of("STT"),
                  Column.of("Nhiệm vụ"),
                  Column.of("Đơn vị chủ trì"),
                  Column.of("Thời hạn"),
                  Column.of("Số ngày quá hạn"));
      for (TaskStanding s : overdue) {
        late.addRows(
            Row.of(
                Cell.text(s.number()),
                Cell.text(s.task().content()),
                Cell.text(s.lead()),
                Cell.text(deadline(s)),
                Cell.count(s.daysLate())));
      }
      blocks.add(late.build());
    }
    return Section.builder().heading(heading).blocks(blocks).build();
  }

  /** How many tables {@link #toSection(String, int)} lays out. */
  int tables() {
    return standings().stream().anyMatch(TaskStanding::isOverdue) ? 2 : 1;
  }

  private static String deadline(TaskStanding s) {
    String text =
        s.task()
            .assignment()
            .deadline()
            .map(Object::toString)
            .or(() -> s.task().assignment().deadlineText())
            .orElse("Không ghi");
    return s.dueOn()
        .filter(d -> !text.equals(DMY.format(d)))
        .map(d -> text + " (" + DMY.format(d) + ")")
        .orElse(text);
  }

  private static String assessment(TaskStanding s) {
    if (s.dueOn().isEmpty()) {
      return "Chưa đến hạn trong kỳ";
    }
    if (s.isDone()) {
      return s.isOnTime() ? "Đúng hạn" : "Trễ " + s.daysLate() + " ngày";
    }
    if (s.isOverdue()) {
      return "Quá hạn " + s.daysLate() + " ngày";
    }
    return "Trong hạn";
  }
}
