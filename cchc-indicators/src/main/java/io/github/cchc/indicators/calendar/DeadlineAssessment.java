package io.github.cchc.indicators.calendar;

import io.github.cchc.model.CchcResultStyle;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * The appointment of a dossier and how its finish compares with it.
 *
 * <pre>{@code
 * DeadlineAssessment a = WorkingCalendar.official().assess(received, finished, 5,
 *     DeadlinePolicy.standard(), List.of());
 * a.status();          // LATE
 * a.workingDaysOff();  // 2: finished on the second working day after the appointment day
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
public abstract class DeadlineAssessment {
  DeadlineAssessment() {}

  /** Returns the appointment (ngày hẹn trả) at the close of working hours of the due day. */
  public abstract ZonedDateTime due();

  /** Returns the day the dossier was finished, in Asia/Ho_Chi_Minh. */
  public abstract LocalDate finished();

  /** Returns the status. */
  public abstract DeadlineStatus status();

  /**
   * Returns by how many working days the finish is before ({@link DeadlineStatus#EARLY}) or after
   * ({@link DeadlineStatus#LATE}) the due day; 0 when on time. A late finish on a day off after the
   * last working day counts as 1.
   */
  public abstract long workingDaysOff();

  /**
   * Returns the working time between the finish and the end of the limit ({@link #due()}): before
   * it when {@link DeadlineStatus#EARLY}, after it when {@link DeadlineStatus#LATE} (zero for a day
   * limit finished after the close of office hours but on a later day off); zero when on time.
   */
  public abstract Duration workingTimeOff();

  static DeadlineAssessmentBuilder builder() {
    return new DeadlineAssessmentBuilder();
  }
}
