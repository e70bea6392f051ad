package io.github.cchc.indicators.period;

import io.github.cchc.model.CchcParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;

/**
 * How a province cuts its reporting periods. A period that reports on months {@code a..b} of a year
 * starts on day {@link #startDay()} of month {@code a + monthOffset} and ends the day before day
 * {@code startDay} of month {@code b + 1 + monthOffset}.
 *
 * <ul>
 *   <li>{@link #calendar()}: offset 0, day 1 — calendar months, quarters and years;
 *   <li>{@link #official()}: offset -1, day 15 — the reporting periods of Nghị định 09/2019/NĐ-CP
 *       (quý I/2024 = 15/12/2023 to 14/03/2024; năm 2024 = 15/12/2023 to 14/12/2024);
 *   <li>{@code of(-1, 1)}: Lâm Đồng's "quý I/2020" = 01/12/2019 to 29/02/2020.
 * </ul>
 *
 * <pre>{@code
 * ReportingCalendar.official().year(2024).range();    // 2023-12-15/2024-12-15
 * ReportingCalendar.of(-1, 1).quarter(2020, 1).endInclusive();  // 2020-02-29
 * }</pre>
 */
public final class ReportingCalendar {
  private static final Pattern PERIOD =
      Pattern.compile(
          "(\\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])|(H1)|(9M)))?"
              + "|(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
  private static final ReportingCalendar CALENDAR = new ReportingCalendar(0, 1);
  private static final ReportingCalendar OFFICIAL = new ReportingCalendar(-1, 15);

  private final int monthOffset;
  private final int startDay;

  private ReportingCalendar(int monthOffset, int startDay) {
    this.monthOffset = monthOffset;
    this.startDay = startDay;
  }

  /** Returns calendar periods: months, quarters and years as the calendar has them. */
  public static ReportingCalendar calendar() {
    return CALENDAR;
  }

  /**
   * Returns the official reporting periods of Nghị định 09/2019/NĐ-CP: from the 15th of the month
   * before to the 14th of the last month.
   */
  public static ReportingCalendar official() {
    return OFFICIAL;
  }

  /**
   * Returns the periods that start on day {@code startDay} of the month {@code monthOffset} months
   * from their first month.
   *
   * @param monthOffset months to shift the start (-1: the month before), from -11 to 11
   * @param startDay the day of the month periods start on, from 1 to 28
   * @return the calendar
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ReportingCalendar of(int monthOffset, int startDay) {
    if (monthOffset < -11 || monthOffset > 11) {
      throw new IllegalArgumentException("monthOffset must be in -11..11: " + monthOffset);
    }
    if (startDay < 1 || startDay > 28) {
      throw new IllegalArgumentException("startDay must be in 1..28: " + startDay);
    }
    return new ReportingCalendar(monthOffset, startDay);
  }

  /** Returns the month offset of the start. */
  public int monthOffset() {
    return monthOffset;
  }

  /** Returns the day of the month periods start on. */
  public int startDay() {
    return startDay;
  }

  private LocalDateRange months(int year, int firstMonth, int lastMonth) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("year " + year + " is not between 1 and 9999");
    }
    if (firstMonth < 1 || lastMonth > 12) {
      throw new DateTimeException(
          "month " + (firstMonth < 1 ? firstMonth : lastMonth) + " is not between 1 and 12");
    }
    LocalDate start = YearMonth.of(year, firstMonth).plusMonths(monthOffset).atDay(startDay);
    LocalDate end = YearMonth.of(year, lastMonth).plusMonths(1L + monthOffset).atDay(startDay);
    return LocalDateRange.of(start, end);
  }

  /**
   * Returns the month whose reporting period contains {@code date}: with {@link #official()},
   * 20/12/2023 lies in the period of January 2024.
   *
   * @param date the date
   * @return the reporting month
   */
  public YearMonth reportingMonthOf(LocalDate date) {
    YearMonth m = YearMonth.of(date.getYear(), date.getMonthValue());
    if (date.getDayOfMonth() < startDay) {
      m = m.minusMonths(1);
    }
    return m.minusMonths(monthOffset);
  }

  /**
   * Returns the period of month {@code month} of {@code year}.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the period
   */
  public ReportingPeriod month(int year, int month) {
    return new ReportingPeriod(PeriodKind.MONTH, year, month, months(year, month, month));
  }

  /**
   * Returns the period of quarter {@code quarter} of {@code year}.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the period
   */
  public ReportingPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be in 1..4: " + quarter);
    }
    return new ReportingPeriod(
        PeriodKind.QUARTER, year, quarter, months(year, quarter * 3 - 2, quarter * 3));
  }

  /**
   * Returns the first six months of {@code year} (6 tháng đầu năm).
   *
   * @param year the year
   * @return the period
   */
  public ReportingPeriod sixMonths(int year) {
    return new ReportingPeriod(PeriodKind.SIX_MONTHS, year, 0, months(year, 1, 6));
  }

  /**
   * Returns the first nine months of {@code year} (9 tháng).
   *
   * @param year the year
   * @return the period
   */
  public ReportingPeriod nineMonths(int year) {
    return new ReportingPeriod(PeriodKind.NINE_MONTHS, year, 0, months(year, 1, 9));
  }

  /**
   * Returns the year {@code year}.
   *
   * @param year the year
   * @return the period
   */
  public ReportingPeriod year(int year) {
    return new ReportingPeriod(PeriodKind.YEAR, year, 0, months(year, 1, 12));
  }

  /**
   * Parses a period label of this calendar: "2024", "2024-Q1", "2024-06", "2024-H1", "2024-9M", or
   * a custom range "2024-01-01/2024-02-01" (end exclusive).
   *
   * @param text the label
   * @return the period
   * @throws CchcParseException if the text is not a period label
   */
  public ReportingPeriod parse(CharSequence text) {
    Matcher m = PERIOD.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new CchcParseException(
          text, 0, "period expected: 2024, 2024-Q1, 2024-06, 2024-H1, 2024-9M or FROM/TO");
    }
    if (m.group(6) != null) {
      try {
        return ReportingPeriod.custom(
            LocalDateRange.of(LocalDate.parse(m.group(6)), LocalDate.parse(m.group(7))));
      } catch (RuntimeException e) {
        throw new CchcParseException(text, 0, "invalid range: " + e.getMessage(), e);
      }
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return quarter(year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return month(year, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return sixMonths(year);
    }
    if (m.group(5) != null) {
      return nineMonths(year);
    }
    return year(year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingCalendar
        && ((ReportingCalendar) o).monthOffset == monthOffset
        && ((ReportingCalendar) o).startDay == startDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthOffset, startDay);
  }

  /** Returns "ReportingCalendar[monthOffset=-1, startDay=15]". */
  @Override
  public String toString() {
    return "ReportingCalendar[monthOffset=" + monthOffset + ", startDay=" + startDay + "]";
  }
}
