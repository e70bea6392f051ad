package io.github.cchc.indicators.progress;

import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.plan.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * The tasks of a plan with their reported progress: the standing of each task in a period as of a
 * day, the tasks by lead unit, the overdue ones (danh sách nhiệm vụ chậm tiến độ) and the task
 * indicators {@code tasks_done} and {@code tasks_on_time}.
 *
 * <p>A task is matched to its row of the progress file by its number; a task without a row counts
 * as not started (and is listed by {@link #unreported()}); a row for a number the plan does not
 * have is an error the reader reports. When deadlines fall is {@link TaskDeadlines}' business.
 *
 * <pre>{@code
 * PlanProgress p = PlanProgress.of(plan, rows);
 * p.overdue(p.planYearRange(asOf), asOf);            // what is late, by lead unit in the plan's order
 * p.count(Target.TASKS_DONE, period.range(), asOf);  // 6/8
 * }</pre>
 */
public final class PlanProgress {
  /** The lead unit shown for a task whose plan names none. */
  public static final String NO_LEAD = "(không ghi đơn vị chủ trì)";

  private final Plan plan;
  private final Map<String, TaskProgress> rows;

  private PlanProgress(Plan plan, Map<String, TaskProgress> rows) {
    this.plan = plan;
    this.rows = rows;
  }

  /**
   * Returns the progress of {@code plan}'s tasks from the rows of a progress file.
   *
   * @param plan the plan
   * @param progress the rows, at most one per task
   * @return the progress
   * @throws IllegalArgumentException if a row names a task the plan does not have, or a task twice
   */
  public static PlanProgress of(Plan plan, Collection<TaskProgress> progress) {
    Map<String, TaskProgress> rows = new LinkedHashMap<>();
    List<String> numbers = taskNumbers(plan);
    for (TaskProgress p : progress) {
      if (!numbers.contains(p.task())) {
        throw new IllegalArgumentException("the plan has no task " + p.task());
      }
      if (rows.put(p.task(), p) != null) {
        throw new IllegalArgumentException("task " + p.task() + " given twice");
      }
    }
    return new PlanProgress(plan, rows);
  }

  /**
   * Returns the numbers of the plan's tasks, as {@code cchc plan} prints them, in the plan's order.
   *
   * @param plan the plan
   * @return the numbers of the tasks that have one
   */
  public static List<String> taskNumbers(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Task t : plan.tasks()) {
      t.number().ifPresent(out::add);
    }
    return out;
  }

  /** Returns the plan. */
  public Plan plan() {
    return plan;
  }

  /** Returns the plan's year, or 0 if the plan does not say. */
  public int planYear() {
    return plan.year().orElse(0);
  }

  /**
   * Returns the plan's year as a range (end exclusive), or the year of {@code asOf} when the plan
   * does not say: the range the progress of the whole plan is looked at in.
   *
   * @param asOf the day of the look
   * @return the year
   */
  public LocalDateRange planYearRange(LocalDate asOf) {
    int year = plan.year().orElse(asOf.getYear());
    return LocalDateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** Returns the tasks of the plan that no row reports on, in the plan's order. */
  public List<Task> unreported() {
    List<Task> out = new ArrayList<>();
    for (Task t : plan.tasks()) {
      if (t.number().map(n -> !rows.containsKey(n)).orElse(true)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns the standing of every task of the plan, in the plan's order; a task not due in {@code
   * period} has an empty {@link TaskStanding#dueOn()}.
   *
   * @param period the period (end exclusive)
   * @param asOf the day the standing is judged on
   * @return one standing per task
   */
  public List<TaskStanding> standings(LocalDateRange period, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<TaskStanding> out = new ArrayList<>();
    for (Task t : plan.tasks()) {
      TaskStandingBuilder b = TaskStanding.builder().task(t).asOf(asOf);
      t.number().map(rows::get).ifPresent(b::progress);
      TaskDeadlines.dueIn(t, period, planYear()).ifPresent(b::dueOn);
      out.add(b.build());
    }
    return out;
  }

  /**
   * Returns the standings grouped by lead unit, units in the order the plan first names them.
   *
   * @param period the period (end exclusive)
   * @param asOf the day the standing is judged on
   * @return the standings of each lead unit
   */
  public Map<String, List<TaskStanding>> byLead(LocalDateRange period, LocalDate asOf) {
    Map<String, List<TaskStanding>> out = new LinkedHashMap<>();
    for (TaskStanding s : standings(period, asOf)) {
      out.computeIfAbsent(s.lead(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  /**
   * Returns the overdue tasks (not done, due day before {@code asOf}), in the plan's order.
   *
   * @param period the period (end exclusive)
   * @param asOf the day the standing is judged on
   * @return the overdue tasks
   */
  public List<TaskStanding> overdue(LocalDateRange period, LocalDate asOf) {
    List<TaskStanding> out = new ArrayList<>();
    for (TaskStanding s : standings(period, asOf)) {
      if (s.isOverdue()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Returns a task indicator over {@code period}: {@link Target#TASKS_DONE} counts the tasks due in
   * the period that are done by {@code asOf}, {@link Target#TASKS_ON_TIME} those done by their due
   * day; the denominator is the tasks due in the period. {@link TaskCount#lost()} counts the tasks
   * that can no longer be on time (done late, or overdue).
   *
   * @param indicator {@code tasks_done} or {@code tasks_on_time}
   * @param period the period (end exclusive)
   * @param asOf the day of the count
   * @return the count
   * @throws IllegalArgumentException for another indicator
   */
  public TaskCount count(String indicator, LocalDateRange period, LocalDate asOf) {
    boolean onTime;
    if (Target.TASKS_DONE.equals(indicator)) {
      onTime = false;
    } else if (Target.TASKS_ON_TIME.equals(indicator)) {
      onTime = true;
    } else {
      throw new IllegalArgumentException("not a task indicator: " + indicator);
    }
    long due = 0;
    long counted = 0;
    long lost = 0;
    for (TaskStanding s : standings(period, asOf)) {
      if (s.dueOn().isEmpty()) {
        continue;
      }
      due++;
      if (onTime ? s.isOnTime() : s.isDone()) {
        counted++;
      } else if (onTime && (s.isDone() || s.isOverdue())) {
        lost++;
      }
    }
    return TaskCount.of(indicator, counted, due, lost);
  }
}
