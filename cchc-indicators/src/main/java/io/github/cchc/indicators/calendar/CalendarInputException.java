package io.github.cchc.indicators.calendar;

import io.github.cchc.model.CchcException;
import java.util.Objects;

/**
 * Thrown when a calendar computation is given input it cannot honour: a date outside the supported
 * range, a negative number of days, a finish before the receipt, a lunar date that does not exist.
 * It names the argument, the rejected value and the reason.
 *
 * <pre>{@code
 * try {
 *   WorkingCalendar.official().plusWorkingDays(LocalDate.of(2024, 2, 7), -1);
 * } catch (CalendarInputException e) {
 *   e.argument(); // "days"
 *   e.value();    // "-1"
 *   e.reason();   // "must not be negative"
 * }
 * }</pre>
 */
public class CalendarInputException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String argument;
  private final String value;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param argument the name of the rejected argument, such as {@code "date"}
   * @param value the rejected value (its {@code toString()} is kept)
   * @param reason why it was rejected, a short phrase
   */
  public CalendarInputException(String argument, Object value, String reason) {
    super(argument + " " + value + " rejected: " + reason);
    this.argument = Objects.requireNonNull(argument, "argument");
    this.value = String.valueOf(value);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Returns the name of the rejected argument. */
  public String argument() {
    return argument;
  }

  /** Returns the rejected value as text. */
  public String value() {
    return value;
  }

  /** Returns why the value was rejected. */
  public String reason() {
    return reason;
  }
}
