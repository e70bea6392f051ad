package io.github.cchc.indicators.progress;

import io.github.cchc.model.CchcResultStyle;
import io.github.cchc.model.plan.Task;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one task of a plan stands on a day: its reported progress, the day it is due in the period
 * looked at ({@link TaskDeadlines}), and from these whether it is done, done on time, overdue, and
 * by how many days it is or was late.
 *
 * <pre>{@code
 * TaskStanding s = progress.standings(year2024, LocalDate.of(2024, 10, 15)).get(1);
 * s.dueOn();      // Optional[2024-09-30]: "Quý III/2024"
 * s.isOverdue();  // true: not done, due day passed
 * s.daysLate();   // 15
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
public abstract class TaskStanding {
  TaskStanding() {}

  static TaskStandingBuilder builder() {
    return new TaskStandingBuilder();
  }

  /** Returns the task, as the plan has it. */
  public abstract Task task();

  /** Returns the task's number, or "" if the plan gives none. */
  public String number() {
    return task().number().orElse("");
  }

  /** Returns the lead unit (chủ trì), or "(không ghi đơn vị chủ trì)" if the plan names none. */
  public String lead() {
    return task().assignment().lead().orElse(PlanProgress.NO_LEAD);
  }

  /** Returns the reported progress, empty if the progress file has no row for the task. */
  public abstract Optional<TaskProgress> progress();

  /** Returns the day the task is due in the period looked at, empty if it is not due in it. */
  public abstract Optional<LocalDate> dueOn();

  /** Returns the day the standing is judged on. */
  public abstract LocalDate asOf();

  /** Returns the reported status; {@link TaskStatus#NOT_STARTED} when there is no row. */
  public TaskStatus status() {
    return progress().map(TaskProgress::status).orElse(TaskStatus.NOT_STARTED);
  }

  /** Returns whether a row of the progress file reports on the task. */
  public boolean isReported() {
    return progress().isPresent();
  }

  /** Returns whether the task is done on or before {@link #asOf()}. */
  public boolean isDone() {
    return progress()
        .flatMap(TaskProgress::completedOn)
        .filter(d -> !d.isAfter(asOf()))
        .isPresent();
  }

  /** Returns whether the task is done, on or before its due day in the period. */
  public boolean isOnTime() {
    return isDone()
        && dueOn().isPresent()
        && !progress().get().completedOn().get().isAfter(dueOn().get());
  }

  /** Returns whether the task is not done and its due day is before {@link #asOf()}. */
  public boolean isOverdue() {
    return !isDone() && dueOn().filter(d -> d.isBefore(asOf())).isPresent();
  }

  /**
   * Returns by how many days the task is late: for a done task the days from its due day to the day
   * it was done, for an overdue one the days from its due day to {@link #asOf()}; 0 otherwise.
   */
  public long daysLate() {
    if (dueOn().isEmpty()) {
      return 0;
    }
    LocalDate due = dueOn().get();
    if (isDone()) {
      return Math.max(0, ChronoUnit.DAYS.between(due, progress().get().completedOn().get()));
    }
    return isOverdue() ? ChronoUnit.DAYS.between(due, asOf()) : 0;
  }
}
