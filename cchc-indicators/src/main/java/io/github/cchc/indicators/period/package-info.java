/**
 * Reporting periods: month, quarter, six months, nine months, year and custom ranges, either as
 * calendar periods or as the official reporting periods (kỳ báo cáo) whose data are closed on a
 * fixed day — by Nghị định 09/2019/NĐ-CP a quarter runs from the 15th of the month before it to the
 * 14th of its last month — configurable per province.
 *
 * <pre>{@code
 * ReportingCalendar official = ReportingCalendar.official();
 * official.quarter(2024, 1).range();  // 2023-12-15/2024-03-15 (end exclusive)
 * ReportingCalendar.calendar().parse("2024-Q1").range();  // 2024-01-01/2024-04-01
 * }</pre>
 */
@NullMarked
package io.github.cchc.indicators.period;

import org.jspecify.annotations.NullMarked;
