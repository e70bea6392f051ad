package io.github.cchc.indicators.period;

/**
 * The kinds of reporting period (kỳ báo cáo) of CCHC reports.
 *
 * <pre>{@code
 * ReportingCalendar.calendar().nineMonths(2024).kind();  // NINE_MONTHS
 * }</pre>
 */
public enum PeriodKind {
  /** One month (tháng). */
  MONTH,
  /** A quarter (quý). */
  QUARTER,
  /** The first six months (6 tháng đầu năm). */
  SIX_MONTHS,
  /** The first nine months (9 tháng). */
  NINE_MONTHS,
  /** The year (năm). */
  YEAR,
  /** Any range of days. */
  CUSTOM
}
