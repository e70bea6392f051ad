package io.github.cchc.indicators.io;

import io.github.cchc.indicators.progress.PlanProgress;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskProgressBuilder;
import io.github.cchc.indicators.progress.TaskStatus;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.plan.Plan;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a task progress file: CSV, UTF-8 (with or without BOM), {@code ,} or {@code ;}, header
 * {@code task,status,completed_on,note} in any order ({@code note} may be left out; Vietnamese
 * headers STT / Nhiệm vụ, Trạng thái, Ngày hoàn thành, Ghi chú are read too).
 *
 * <ul>
 *   <li>{@code task}: the task's number as {@code cchc plan} prints it; a number the plan does not
 *       have, or one given twice, rejects the row;
 *   <li>{@code status}: Hoàn thành / Đang thực hiện / Chưa thực hiện, or DONE / IN_PROGRESS /
 *       NOT_STARTED;
 *   <li>{@code completed_on}: {@code dd/MM/yyyy} (leading zeros optional) or ISO {@code
 *       yyyy-MM-dd}; required when done, and only then;
 *   <li>{@code note}: free text.
 * </ul>
 *
 * <p>As with dossier exports, every row read is accepted or rejected with its line, column and
 * reason ({@code rowsRead == accepted + rejected}); {@link #strict()} stops at the first rejected
 * row; a file that cannot be read at all (missing column, not UTF-8, malformed quote) throws {@link
 * DossierReadException}.
 *
 * <pre>{@code
 * List<TaskProgress> rows = new ArrayList<>();
 * ReadReport r = TaskProgressReader.forPlan(plan).read(Path.of("tien-do-2024.csv"), rows::add);
 * r.summary();  // "read 8 rows: 7 accepted, 1 rejected"
 * }</pre>
 */
public final class TaskProgressReader {
  private static final List<SmallCsv.Column> COLUMNS =
      List.of(
          new SmallCsv.Column("task", true, "stt", "nhiệm vụ"),
          new SmallCsv.Column("status", true, "trạng thái"),
          new SmallCsv.Column("completed_on", true, "ngày hoàn thành"),
          new SmallCsv.Column("note", false, "ghi chú"));

  private final Set<String> tasks;
  private final boolean strict;

  private TaskProgressReader(Set<String> tasks, boolean strict) {
    this.tasks = tasks;
    this.strict = strict;
  }

  /**
   * Returns a reader for the progress of {@code plan}'s tasks.
   *
   * @param plan the plan
   * @return the reader
   */
  public static TaskProgressReader forPlan(Plan plan) {
    return forTasks(PlanProgress.taskNumbers(plan));
  }

  /**
   * Returns a reader that accepts the task numbers {@code tasks}.
   *
   * @param tasks the numbers of the plan's tasks
   * @return the reader
   */
  public static TaskProgressReader forTasks(List<String> tasks) {
    return new TaskProgressReader(new LinkedHashSet<>(tasks), false);
  }

  /** Returns this reader in strict mode: the first rejected row stops the read. */
  public TaskProgressReader strict() {
    return new TaskProgressReader(tasks, true);
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @param sink receives every accepted row, in file order
   * @return what was read and rejected
   * @throws DossierReadException if the file cannot be read at all, or in strict mode
   */
  public ReadReport read(Path file, Consumer<? super TaskProgress> sink) {
    return read(SmallCsv.bytes(file), String.valueOf(file.getFileName()), sink);
  }

  /**
   * Reads a stream (not closed).
   *
   * @param name the name used in messages
   * @param in the stream
   * @param sink receives every accepted row, in file order
   * @return what was read and rejected
   * @throws DossierReadException if the input cannot be read at all, or in strict mode
   */
  public ReadReport read(String name, InputStream in, Consumer<? super TaskProgress> sink) {
    return read(SmallCsv.bytes(in, name), name, sink);
  }

  private ReadReport read(byte[] bytes, String name, Consumer<? super TaskProgress> sink) {
    Map<String, Long> seen = new HashMap<>();
    return SmallCsv.read(bytes, name, COLUMNS, strict, row -> convert(row, seen), sink);
  }

  private TaskProgress convert(SmallCsv.Row row, Map<String, Long> seen) {
    String task = row.get("task");
    if (task.isEmpty()) {
      throw new SmallCsv.Rejection("task", "task number expected");
    }
    if (!tasks.contains(task)) {
      throw new SmallCsv.Rejection(
          "task",
          "the plan has no task "
              + task
              + (tasks.isEmpty() ? " (it has no numbered task)" : " (tasks: " + list() + ")"));
    }
    if (seen.containsKey(task)) {
      throw new SmallCsv.Rejection(
          "task", "task " + task + " already given on line " + seen.get(task));
    }
    String statusText = row.get("status");
    if (statusText.isEmpty()) {
      throw new SmallCsv.Rejection("status", "status expected");
    }
    TaskStatus status;
    try {
      status = TaskStatus.parse(statusText);
    } catch (CchcParseException e) {
      throw new SmallCsv.Rejection("status", e.reason() + ": " + statusText);
    }
    TaskProgressBuilder b = TaskProgress.builder().task(task).status(status);
    row.optional("completed_on").ifPresent(d -> b.completedOn(SmallCsv.date("completed_on", d)));
    row.optional("note").ifPresent(b::note);
    if (status == TaskStatus.DONE && row.optional("completed_on").isEmpty()) {
      throw new SmallCsv.Rejection(
          "completed_on", "a done task (Hoàn thành) needs the day it was done");
    }
    if (status != TaskStatus.DONE && row.optional("completed_on").isPresent()) {
      throw new SmallCsv.Rejection(
          "completed_on", "given for a task that is not done (" + status.vietnamese() + ")");
    }
    TaskProgress p = b.build();
    seen.put(task, row.line());
    return p;
  }

  private String list() {
    String all = String.join(", ", tasks);
    return all.length() > 80 ? all.substring(0, 77) + "..." : all;
  }
}
