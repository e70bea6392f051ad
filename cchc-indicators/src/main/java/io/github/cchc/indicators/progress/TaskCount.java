package io.github.cchc.indicators.progress;

import org.immutables.value.Value;

/**
 * The value of a task indicator over a period: {@code tasks_done} (tasks done / tasks due in the
 * period) or {@code tasks_on_time} (tasks done by their due day / tasks due in the period), exact.
 *
 * <pre>{@code
 * TaskCount c = progress.count(Target.TASKS_DONE, year2024, LocalDate.of(2025, 1, 10));
 * c.numerator() + "/" + c.denominator();  // "6/8"
 * }</pre>
 */
@Value.Immutable
public abstract class TaskCount {
  TaskCount() {}

  static TaskCount of(String indicator, long numerator, long denominator) {
    return new TaskCountBuilder()
        .indicator(indicator)
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  /** Returns the indicator id: {@code tasks_done} or {@code tasks_on_time}. */
  public abstract String indicator();

  /** Returns the tasks counted: done, or done on time. */
  public abstract long numerator();

  /** Returns the tasks of the plan due in the period. */
  public abstract long denominator();

  @Value.Check
  void check() {
    if (numerator() < 0 || numerator() > denominator()) {
      throw new IllegalStateException(
          "need 0 <= numerator <= denominator: " + numerator() + "/" + denominator());
    }
  }
}
