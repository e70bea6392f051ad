package io.github.cchc.indicators.progress;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress of one task of a plan, one row of the task progress file ({@code
 * task,status,completed_on,note}): the task's number as {@code cchc plan} prints it, its status,
 * the day it was done (required when done, absent otherwise) and a note.
 *
 * <pre>{@code
 * TaskProgress p = TaskProgress.builder()
 *     .task("4")
 *     .status(TaskStatus.DONE)
 *     .completedOn(LocalDate.of(2024, 12, 20))
 *     .note("Báo cáo số 215/BC-STP")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TaskProgress {
  TaskProgress() {}

  /** Returns a new builder. */
  public static TaskProgressBuilder builder() {
    return new TaskProgressBuilder();
  }

  /** Returns the task's number (STT) in the plan: "1", "2.3". */
  public abstract String task();

  /** Returns the status. */
  public abstract TaskStatus status();

  /** Returns the day the task was done, for a {@link TaskStatus#DONE} task. */
  public abstract Optional<LocalDate> completedOn();

  /** Returns the note, if any (the product, the document that reports it). */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (task().isBlank()) {
      throw new IllegalStateException("task number is empty");
    }
    if (status() == TaskStatus.DONE && completedOn().isEmpty()) {
      throw new IllegalStateException("a done task needs the day it was done (completed_on)");
    }
    if (status() != TaskStatus.DONE && completedOn().isPresent()) {
      throw new IllegalStateException(
          "completed_on given for a task that is not done (" + status().vietnamese() + ")");
    }
  }
}
