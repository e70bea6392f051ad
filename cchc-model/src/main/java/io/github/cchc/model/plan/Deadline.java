package io.github.cchc.model.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline (thời hạn, thời gian hoàn thành) of a task, in the forms plans use: a date
 * ("31/12/2024"), a month ("tháng 6/2024"), a quarter ("quý II/2024"), a year ("năm 2024"), an
 * ongoing duty ("thường xuyên") or a recurring one ("trước ngày 15 hằng tháng", "hằng quý").
 *
 * <p>{@link #toString()} gives the canonical Vietnamese form, which {@link #parse(CharSequence)}
 * reads back; the JSON form is that text.
 *
 * <pre>{@code
 * Deadline.parse("Quý II/2024").dueDate();           // Optional[2024-06-30]
 * Deadline.parse("Trước ngày 15 hằng tháng").kind(); // MONTHLY
 * Deadline.parse("Tháng 6", 2024).toString();        // "tháng 6/2024"
 * }</pre>
 */
public final class Deadline {

  /** The form of a deadline. */
  public enum Kind {
    /** A day: "31/12/2024", "ngày 15 tháng 3 năm 2024". */
    DATE,
    /** A month: "tháng 6/2024". */
    MONTH,
    /** A quarter: "quý II/2024". */
    QUARTER,
    /** A year: "năm 2024", "trong năm 2024". */
    YEAR,
    /** No end: "thường xuyên", "liên tục", "hằng năm". */
    ONGOING,
    /** Every month, optionally before a day of the month: "trước ngày 15 hằng tháng". */
    MONTHLY,
    /** Every quarter: "hằng quý". */
    QUARTERLY
  }

  private static final String[] ROMAN = {"I", "II", "III", "IV"};
  private static final Pattern DATE =
      Pattern.compile("(?:ngay )?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern DATE_WORDS =
      Pattern.compile("ngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");
  private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2})(?:(?:/| nam )(\\d{4}))?");
  private static final Pattern QUARTER =
      Pattern.compile("quy (iv|iii|ii|i|[1-4])\\b(?:(?:/| nam )(\\d{4}))?");
  private static final Pattern YEAR = Pattern.compile("(?:trong |ca )?nam (\\d{4})");
  private static final Pattern MONTHLY =
      Pattern.compile("(?:truoc |vao |den )?(?:ngay (\\d{1,2}) )?(?:hang|hang|moi) thang");

  private final Kind kind;
  private final int year;
  private final int month;
  private final int day;
  private final int quarter;

  private Deadline(Kind kind, int year, int month, int day, int quarter) {
    boolean dated =
        kind == Kind.DATE || kind == Kind.MONTH || kind == Kind.QUARTER || kind == Kind.YEAR;
    if (dated && (year < 1 || year > 9999)) {
      throw new DateTimeException("year " + year + " is not between 1 and 9999");
    }
    this.kind = kind;
    this.year = year;
    this.month = month;
    this.day = day;
    this.quarter = quarter;
  }

  /**
   * Returns the deadline of a day.
   *
   * @param date the day
   * @return the deadline
   */
  public static Deadline of(LocalDate date) {
    return new Deadline(Kind.DATE, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), 0);
  }

  /**
   * Returns the deadline of a month.
   *
   * @param month the month
   * @return the deadline
   */
  public static Deadline of(YearMonth month) {
    return new Deadline(Kind.MONTH, month.getYear(), month.getMonthValue(), 0, 0);
  }

  /**
   * Returns the deadline of a quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the deadline
   */
  public static Deadline ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new DateTimeException("quarter must be 1 to 4: " + quarter);
    }
    return new Deadline(Kind.QUARTER, year, 0, 0, quarter);
  }

  /**
   * Returns the deadline of a year.
   *
   * @param year the year
   * @return the deadline
   */
  public static Deadline ofYear(int year) {
    return new Deadline(Kind.YEAR, year, 0, 0, 0);
  }

  /** Returns the ongoing deadline, "thường xuyên". */
  public static Deadline ongoing() {
    return new Deadline(Kind.ONGOING, 0, 0, 0, 0);
  }

  /**
   * Returns a monthly deadline, "trước ngày {@code dayOfMonth} hằng tháng".
   *
   * @param dayOfMonth 1 to 31
   * @return the deadline
   */
  public static Deadline monthly(int dayOfMonth) {
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      throw new DateTimeException("day of month must be 1 to 31: " + dayOfMonth);
    }
    return new Deadline(Kind.MONTHLY, 0, 0, dayOfMonth, 0);
  }

  /**
   * Parses a deadline written in a plan; a month or quarter without a year is rejected.
   *
   * @param text the text, such as "31/12/2024" or "Quý II/2024"
   * @return the deadline
   * @throws CchcParseException if the text is not a deadline
   */
  @JsonCreator
  public static Deadline parse(CharSequence text) {
    return parse(text, 0);
  }

  /**
   * Parses a deadline written in a plan; a month or a quarter without a year ("Tháng 6", "Quý III")
   * is in {@code defaultYear}.
   *
   * @param text the text
   * @param defaultYear the year of the plan, or 0 for none
   * @return the deadline
   * @throws CchcParseException if the text is not a deadline
   */
  public static Deadline parse(CharSequence text, int defaultYear) {
    Objects.requireNonNull(text, "text");
    String f =
        Fold.fold(text).replaceAll("[.;,]+$", "").replaceAll("^(?:truoc|cham nhat|han) ", "");
    try {
      if (f.isEmpty()) {
        throw new CchcParseException(text, 0, "empty deadline");
      }
      if (f.matches("(?:thuong xuyen|lien tuc|hang nam|hang nam|ca nam|thuong xuyen, lien tuc)")) {
        return ongoing();
      }
      if (f.matches("(?:hang|moi) quy")) {
        return new Deadline(Kind.QUARTERLY, 0, 0, 0, 0);
      }
      Matcher m = MONTHLY.matcher(f);
      if (m.matches()) {
        return m.group(1) == null
            ? new Deadline(Kind.MONTHLY, 0, 0, 0, 0)
            : monthly(Integer.parseInt(m.group(1)));
      }
      m = DATE.matcher(f);
      if (m.matches()) {
        return of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
      }
      m = DATE_WORDS.matcher(f);
      if (m.matches()) {
        return of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
      }
      m = MONTH.matcher(f);
      if (m.matches()) {
        return of(YearMonth.of(year(text, m, 2, defaultYear), num(m, 1)));
      }
      m = QUARTER.matcher(f);
      if (m.matches()) {
        return ofQuarter(year(text, m, 2, defaultYear), quarter(m.group(1)));
      }
      m = YEAR.matcher(f);
      if (m.matches()) {
        return ofYear(num(m, 1));
      }
    } catch (DateTimeException e) {
      throw new CchcParseException(text, 0, "not a valid date: " + e.getMessage(), e);
    }
    throw new CchcParseException(
        text,
        0,
        "deadline expected: a date (31/12/2024), tháng 6/2024, quý II/2024, năm 2024, thường"
            + " xuyên, trước ngày 15 hằng tháng or hằng quý");
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int year(CharSequence text, Matcher m, int group, int defaultYear) {
    if (m.group(group) != null) {
      return num(m, group);
    }
    if (defaultYear == 0) {
      throw new CchcParseException(
          text, text.length(), "year expected (no year of the plan known)");
    }
    return defaultYear;
  }

  private static int quarter(String q) {
    for (int i = 0; i < ROMAN.length; i++) {
      if (ROMAN[i].equalsIgnoreCase(q)) {
        return i + 1;
      }
    }
    return Integer.parseInt(q);
  }

  /** Returns the form of this deadline. */
  public Kind kind() {
    return kind;
  }

  /** Returns the day, for a {@link Kind#DATE}. */
  public Optional<LocalDate> date() {
    return kind == Kind.DATE ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** Returns the year, for a date, month, quarter or year. */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** Returns the quarter (1 to 4), for a {@link Kind#QUARTER}. */
  public OptionalInt quarter() {
    return quarter == 0 ? OptionalInt.empty() : OptionalInt.of(quarter);
  }

  /** Returns the day of the month, for a {@link Kind#MONTHLY} deadline with a day. */
  public OptionalInt dayOfMonth() {
    return kind == Kind.MONTHLY && day != 0 ? OptionalInt.of(day) : OptionalInt.empty();
  }

  /**
   * Returns the last day by which the task is due: the date, the last day of the month, quarter or
   * year; empty for ongoing and recurring deadlines.
   *
   * @return the due date
   */
  public Optional<LocalDate> dueDate() {
    switch (kind) {
      case DATE:
        return date();
      case MONTH:
        return Optional.of(YearMonth.of(year, month).atEndOfMonth());
      case QUARTER:
        return Optional.of(YearMonth.of(year, quarter * 3).atEndOfMonth());
      case YEAR:
        return Optional.of(LocalDate.of(year, 12, 31));
      default:
        return Optional.empty();
    }
  }

  /** Returns the canonical Vietnamese text, read back by {@link #parse(CharSequence)}. */
  @JsonValue
  @Override
  public String toString() {
    switch (kind) {
      case DATE:
        return String.format("%02d/%02d/%04d", day, month, year);
      case MONTH:
        return String.format("tháng %d/%04d", month, year);
      case QUARTER:
        return String.format("quý %s/%04d", ROMAN[quarter - 1], year);
      case YEAR:
        return String.format("năm %04d", year);
      case ONGOING:
        return "thường xuyên";
      case MONTHLY:
        return day == 0 ? "hằng tháng" : "trước ngày " + day + " hằng tháng";
      default:
        return "hằng quý";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline d
        && kind == d.kind
        && year == d.year
        && month == d.month
        && day == d.day
        && quarter == d.quarter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, month, day, quarter);
  }
}
