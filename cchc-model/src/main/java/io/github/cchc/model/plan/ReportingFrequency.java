package io.github.cchc.model.plan;

/**
 * How often a unit reports on a plan (định kỳ): the periods of the CCHC reports.
 *
 * <pre>{@code
 * ReportingDuty d = plan.reporting().get(0);
 * d.frequencies();   // [MONTHLY, QUARTERLY, SIX_MONTHS, YEARLY]
 * }</pre>
 */
public enum ReportingFrequency {
  /** Hằng tháng. */
  MONTHLY,
  /** Hằng quý, quý I, quý III. */
  QUARTERLY,
  /** 6 tháng. */
  SIX_MONTHS,
  /** 9 tháng. */
  NINE_MONTHS,
  /** Năm, hằng năm. */
  YEARLY,
  /** Đột xuất: on request. */
  AD_HOC
}
