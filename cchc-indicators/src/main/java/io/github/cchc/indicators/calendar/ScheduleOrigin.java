package io.github.cchc.indicators.calendar;

/**
 * Where the days off of a year come from.
 *
 * <pre>{@code
 * WorkingCalendar.official().scheduleOrigin(2024); // OFFICIAL
 * WorkingCalendar.official().scheduleOrigin(2027); // RULES
 * }</pre>
 */
public enum ScheduleOrigin {
  /** The official schedule for civil servants shipped with this library (2020 to 2026). */
  OFFICIAL,
  /** A schedule supplied by the user (a file or the builder). */
  USER,
  /**
   * No schedule: the days off are derived from the rules of the Labour Code only (see {@link
   * WorkingCalendar}); the actual days the Prime Minister fixes may differ.
   */
  RULES
}
