package io.github.cchc.indicators.period;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A reporting period: its kind, its label and the range of days it covers (end exclusive), from a
 * {@link ReportingCalendar}.
 *
 * <pre>{@code
 * ReportingPeriod q1 = ReportingCalendar.official().quarter(2024, 1);
 * q1.label();                                           // "2024-Q1"
 * q1.range();                                           // 2023-12-15/2024-03-15
 * q1.contains(LocalDateTime.of(2023, 12, 20, 9, 0));    // true
 * q1.vietnamese();                                      // "quý I/2024"
 * }</pre>
 */
public final class ReportingPeriod {
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final PeriodKind kind;
  private final int year;
  private final int number;
  private final LocalDateRange range;
  private final long startDay;
  private final long endDay;

  ReportingPeriod(PeriodKind kind, int year, int number, LocalDateRange range) {
    this.kind = kind;
    this.year = year;
    this.number = number;
    this.range = range;
    this.startDay = range.getStart().toEpochDay();
    this.endDay = range.getEnd().toEpochDay();
  }

  /**
   * Returns a custom period over {@code range}.
   *
   * @param range the days, end exclusive
   * @return the period
   */
  public static ReportingPeriod custom(LocalDateRange range) {
    return new ReportingPeriod(PeriodKind.CUSTOM, range.getStart().getYear(), 0, range);
  }

  /** Returns the kind of period. */
  public PeriodKind kind() {
    return kind;
  }

  /** Returns the year it reports on. */
  public int year() {
    return year;
  }

  /** Returns the month (1-12) or quarter (1-4) it reports on, 0 for the other kinds. */
  public int number() {
    return number;
  }

  /** Returns the days it covers, end exclusive. */
  public LocalDateRange range() {
    return range;
  }

  /** Returns its first day. */
  public LocalDate start() {
    return range.getStart();
  }

  /** Returns its last day. */
  public LocalDate endInclusive() {
    return range.getEndInclusive();
  }

  /**
   * Returns whether {@code date} lies in the period.
   *
   * @param date the date
   * @return whether it is in the period
   */
  public boolean contains(LocalDate date) {
    long d = date.toEpochDay();
    return d >= startDay && d < endDay;
  }

  /**
   * Returns whether the day of {@code time} lies in the period.
   *
   * @param time the time
   * @return whether its day is in the period
   */
  public boolean contains(LocalDateTime time) {
    return contains(time.toLocalDate());
  }

  /**
   * Returns whether the period is over at {@code time}, that is, its last day has passed.
   *
   * @param time the time
   * @return whether the period has ended
   */
  public boolean isOverAt(LocalDateTime time) {
    return time.toLocalDate().toEpochDay() >= endDay;
  }

  /**
   * Returns the machine label: "2024", "2024-Q1", "2024-06", "2024-H1", "2024-9M", or the range
   * "2024-01-01/2024-02-01" for a custom period.
   */
  public String label() {
    switch (kind) {
      case YEAR:
        return String.format("%04d", year);
      case QUARTER:
        return String.format("%04d-Q%d", year, number);
      case MONTH:
        return String.format("%04d-%02d", year, number);
      case SIX_MONTHS:
        return String.format("%04d-H1", year);
      case NINE_MONTHS:
        return String.format("%04d-9M", year);
      default:
        return range.toString();
    }
  }

  /**
   * Returns the Vietnamese name: "năm 2024", "quý I/2024", "tháng 6/2024", "6 tháng đầu năm 2024",
   * "9 tháng năm 2024", or "từ 01/01/2024 đến 31/01/2024".
   */
  public String vietnamese() {
    switch (kind) {
      case YEAR:
        return "năm " + year;
      case QUARTER:
        return "quý " + ROMAN[number - 1] + "/" + year;
      case MONTH:
        return "tháng " + number + "/" + year;
      case SIX_MONTHS:
        return "6 tháng đầu năm " + year;
      case NINE_MONTHS:
        return "9 tháng năm " + year;
      default:
        return "từ " + dmy(range.getStart()) + " đến " + dmy(range.getEndInclusive());
    }
  }

  private static String dmy(LocalDate d) {
    return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod
        && ((ReportingPeriod) o).kind == kind
        && ((ReportingPeriod) o).year == year
        && ((ReportingPeriod) o).number == number
        && ((ReportingPeriod) o).range.equals(range);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, number, range);
  }

  /** Returns the label and the range, "2024-Q1 [2023-12-15/2024-03-15]". */
  @Override
  public String toString() {
    return label() + " [" + range + "]";
  }
}
