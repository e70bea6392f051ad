package io.github.cchc.indicators.calendar;

/**
 * How a dossier received on a day off (an online filing on a Sunday) is counted.
 *
 * <pre>{@code
 * DeadlinePolicy.builder().dayOffReceipt(DayOffReceipt.AS_RECEIVED).build();
 * }</pre>
 */
public enum DayOffReceipt {
  /**
   * As received on the next working day: the limit starts the day after that day. This is the
   * practice for online filings outside working hours (DOMAIN.md section 4; no legal text found).
   */
  NEXT_WORKING_DAY,
  /**
   * As received on the day off itself: the limit starts the next day (Bộ luật Dân sự 2015 Điều 147
   * khoản 2).
   */
  AS_RECEIVED
}
