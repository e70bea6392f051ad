package io.github.cchc.indicators.progress;

import io.github.cchc.model.CchcResultStyle;
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
@CchcResultStyle
public abstract class TaskCount {
  TaskCount() {}

  static TaskCount of(String indicator, long numerator, long denominator, long lost) {
    return new TaskCountBuilder()
        .indicator(indicator)
        .numerator(numerator)
        .denominator(denominator)
        .lost(lost)
        .build();
  }

  /** Returns the indicator id: {@code tasks_done} or {@code tasks_on_time}. */
  public abstract String indicator();

  /** Returns the tasks counted: done, or done on time. */
  public abstract long numerator();

  /** Returns the tasks of the plan due in the period. */
  public abstract long denominator();

  /**
   * Returns the tasks due in the period that can no longer count: for {@code tasks_on_time} those
   * done late or not done by a due day already passed; 0 for {@code tasks_done}.
   */
  public abstract long lost();

  /** Returns the tasks due that may still count: neither counted nor {@link #lost()}. */
  public long open() {
    return denominator() - numerator() - lost();
  }

  @Value.Check
  void check() {
    if (lost() < 0 || numerator() + lost() > denominator()) {
      throw new IllegalStateException(
          "need numerator + lost <= denominator: "
              + numerator()
              + " + "
              + lost()
              + " > "
              + denominator());
    }
    if (numerator() < 0 || numerator() > denominator()) {
      throw new IllegalStateException(
          "need 0 <= numerator <= denominator: " + numerator() + "/" + denominator());
    }
  }
}
