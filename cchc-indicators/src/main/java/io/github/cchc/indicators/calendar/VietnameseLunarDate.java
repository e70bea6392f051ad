package io.github.cchc.indicators.calendar;

import io.github.cchc.model.CchcParseException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date in the Vietnamese lunar calendar (âm lịch), computed for the time zone UTC+7.
 *
 * <p>The Vietnamese calendar uses the same rules as the Chinese one, but for the meridian of 105° E
 * (UTC+7, used officially since 1968) instead of 120° E: a month starts on the local day of the
 * astronomical new moon, month 11 holds the winter solstice, and in a year of 13 months the first
 * month without a major solar term (trung khí) is the leap month (tháng nhuận), which repeats the
 * number of the month before it. The computation follows Hồ Ngọc Đức's public description of the
 * method (truncated series of Jean Meeus for the new moon and the sun's longitude). The two
 * calendars differ in some years: Tết 1985 is 21 January in Vietnam but 20 February in China; Tết
 * 2007 is 17 February in Vietnam, Tết 2030 2 February.
 *
 * <p><b>Before 1968.</b> From 1955 to 1967 the Vietnamese almanacs followed the calendar computed
 * for UTC+8; {@link #from(LocalDate, LunarRule)} with {@link LunarRule#UTC8_1955_1967} gives those
 * dates (210 days differ in 1955-1967, Tết 1965 among them: 2 February instead of 1 February), and
 * agrees day by day with Time4J's {@code VietnameseCalendar} from 1900 to 1967 except 25/08 to
 * 22/10/1938, where Time4J's fuller series makes month 7 the leap month of 1938 and this one month
 * 8 (a major solar term within minutes of a local midnight).
 *
 * <p><b>Uncertain dates after 2050.</b> Where a new moon falls within minutes of local midnight,
 * the truncated series, the extrapolated ΔT (the difference between the Earth's rotation and atomic
 * time, unknown in advance) and any other source can put it on either day, and the month then
 * starts a day earlier or later. {@link #uncertainMonthStarts()} lists the months of 2050-2199
 * whose new moon this computation puts within 10 minutes of midnight UTC+7 (first day as computed):
 * 2051-03-12, 2054-05-08, 2062-12-30, 2070-12-02, 2072-12-10, 2073-08-04, 2073-12-28, 2077-11-16,
 * 2078-11-04, 2079-08-27, 2084-03-07, 2084-08-02, 2085-10-18 (0,8 minute before midnight; Time4J
 * starts the month on 19/10), 2086-04-13, 2090-09-24, 2099-09-14, 2110-10-14, 2114-04-06,
 * 2124-07-11, 2125-01-04, 2130-05-08, 2131-12-19, 2134-07-21, 2138-04-10, 2141-06-04, 2149-08-04,
 * 2150-05-27, 2153-10-18, 2159-05-18, 2165-01-12, 2170-03-17, 2171-03-06, 2175-01-23, 2179-02-07,
 * 2188-04-27, 2199-01-27. Every day of such a month and the length of the month before it are
 * uncertain; so is Tết when the month is month 1 (2175, 2179, 2199) or a leap month (2090).
 *
 * <p>Supported solar dates: 1900-01-01 to 2199-12-31 ({@link #MIN_DATE}, {@link #MAX_DATE}). The
 * months are computed once per JVM; a conversion is a binary search (well under a microsecond).
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * VietnameseLunarDate tet = VietnameseLunarDate.from(LocalDate.of(2024, 2, 10));
 * tet.getYear();        // 2024
 * tet.getMonth();       // 1
 * tet.getDayOfMonth();  // 1
 * tet.toString();       // "2024-01-01"
 * VietnameseLunarDate.parse("2023-02L-15").toLocalDate(); // 2023-04-05
 * VietnameseLunarDate.of(2024, 3, 10).toLocalDate(); // 2024-04-18, Giỗ Tổ Hùng Vương
 * VietnameseLunarDate.of(2023, 2, true, 1).toLocalDate(); // 2023-03-22, first day of leap month 2
 * }</pre>
 */
public final class VietnameseLunarDate implements Comparable<VietnameseLunarDate> {
  /** The first supported solar date, 1900-01-01. */
  public static final LocalDate MIN_DATE = LunarTable.MIN_DATE;

  /** The last supported solar date, 2199-12-31. */
  public static final LocalDate MAX_DATE = LunarTable.MAX_DATE;

  private final LunarTable table;
  private final int index;
  private final int day;

  private VietnameseLunarDate(LunarTable table, int index, int day) {
    this.table = table;
    this.index = index;
    this.day = day;
  }

  /**
   * Returns the lunar date of a solar date.
   *
   * @param date a solar date from {@link #MIN_DATE} to {@link #MAX_DATE}
   * @return the lunar date
   * @throws CalendarInputException if the date is outside the supported range
   */
  public static VietnameseLunarDate from(LocalDate date) {
    return from(date, LunarRule.UTC7);
  }

  /**
   * Returns the lunar date of a solar date under a {@link LunarRule}: with {@link
   * LunarRule#UTC8_1955_1967}, as the almanacs of 1955-1967 give it.
   *
   * @param date a solar date from {@link #MIN_DATE} to {@link #MAX_DATE}
   * @param rule the meridian rule
   * @return the lunar date
   * @throws CalendarInputException if the date is outside the supported range
   */
  public static VietnameseLunarDate from(LocalDate date, LunarRule rule) {
    Objects.requireNonNull(date, "date");
    LunarTable table = LunarTable.of(Objects.requireNonNull(rule, "rule"));
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new CalendarInputException(
          "date", date, "outside the supported range " + MIN_DATE + " to " + MAX_DATE);
    }
    long epochDay = date.toEpochDay();
    int i = table.monthIndexOf(epochDay);
    return new VietnameseLunarDate(table, i, (int) (epochDay - table.start[i]) + 1);
  }

  /**
   * Returns the lunar date of a day of a regular (non-leap) month.
   *
   * @param year the lunar year, numbered as the solar year in which its month 1 starts
   * @param month the month, 1 to 12
   * @param day the day of the month, 1 to 29 or 30
   * @return the lunar date
   * @throws CalendarInputException if the date does not exist or is outside the supported range
   */
  public static VietnameseLunarDate of(int year, int month, int day) {
    return of(year, month, false, day);
  }

  /**
   * Returns the lunar date of a day of a month, regular or leap.
   *
   * @param year the lunar year, numbered as the solar year in which its month 1 starts
   * @param month the month, 1 to 12
   * @param leapMonth whether the month is the leap month (tháng nhuận) of that number
   * @param day the day of the month, 1 to 29 or 30
   * @return the lunar date
   * @throws CalendarInputException if the date does not exist or is outside the supported range
   */
  public static VietnameseLunarDate of(int year, int month, boolean leapMonth, int day) {
    return of(year, month, leapMonth, day, LunarRule.UTC7);
  }

  /**
   * Returns the lunar date of a day of a month under a {@link LunarRule}.
   *
   * @param year the lunar year, numbered as the solar year in which its month 1 starts
   * @param month the month, 1 to 12
   * @param leapMonth whether the month is the leap month (tháng nhuận) of that number
   * @param day the day of the month, 1 to 29 or 30
   * @param rule the meridian rule
   * @return the lunar date
   * @throws CalendarInputException if the date does not exist or is outside the supported range
   */
  public static VietnameseLunarDate of(
      int year, int month, boolean leapMonth, int day, LunarRule rule) {
    LunarTable table = LunarTable.of(Objects.requireNonNull(rule, "rule"));
    if (month < 1 || month > 12) {
      throw new CalendarInputException(
          "lunar date", format(year, month, leapMonth, day), "month must be 1 to 12");
    }
    int i = table.indexOf(year, month, leapMonth);
    if (i < 0) {
      throw new CalendarInputException(
          "lunar date",
          format(year, month, leapMonth, day),
          leapMonth
              ? "lunar year " + year + " has no leap month " + month
              : "lunar year " + year + " is outside the supported range");
    }
    if (day < 1 || day > table.lengthOf(i)) {
      throw new CalendarInputException(
          "lunar date",
          format(year, month, leapMonth, day),
          "day must be 1 to " + table.lengthOf(i) + " in this month");
    }
    long epochDay = table.start[i] + day - 1L;
    if (epochDay < MIN_DATE.toEpochDay() || epochDay > MAX_DATE.toEpochDay()) {
      throw new CalendarInputException(
          "lunar date",
          format(year, month, leapMonth, day),
          "outside the supported range " + MIN_DATE + " to " + MAX_DATE);
    }
    return new VietnameseLunarDate(table, i, day);
  }

  /**
   * Parses the text form of {@link #toString()}: {@code yyyy-MM-dd}, with {@code L} after the month
   * in a leap month ({@code "2023-02L-15"}).
   *
   * @param text the text
   * @return the lunar date
   * @throws CchcParseException if the text is not of that form or the date does not exist
   */
  public static VietnameseLunarDate parse(CharSequence text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).trim();
    Matcher m = PATTERN.matcher(s);
    if (!m.matches()) {
      int at = 0;
      while (at < s.length() && at < 4 && Character.isDigit(s.charAt(at))) {
        at++;
      }
      throw new CchcParseException(text, at, "lunar date expected as yyyy-MM-dd or yyyy-MML-dd");
    }
    try {
      return of(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          !m.group(3).isEmpty(),
          Integer.parseInt(m.group(4)));
    } catch (CalendarInputException e) {
      throw new CchcParseException(text, 0, e.reason(), e);
    }
  }

  private static final Pattern PATTERN = Pattern.compile("(\\d{4})-(\\d{2})(L?)-(\\d{2})");

  /**
   * Returns the solar date of Tết Nguyên đán (1/1 âm lịch) of a lunar year.
   *
   * @param year the year, 1900 to 2199
   * @return the first day of month 1
   * @throws CalendarInputException if the year is outside the supported range
   */
  public static LocalDate tet(int year) {
    return of(year, 1, 1).toLocalDate();
  }

  /**
   * Returns the solar date of Tết Nguyên đán of a lunar year under a {@link LunarRule}.
   *
   * @param year the year, 1900 to 2199
   * @param rule the meridian rule
   * @return the first day of month 1
   * @throws CalendarInputException if the year is outside the supported range
   */
  public static LocalDate tet(int year, LunarRule rule) {
    return of(year, 1, false, 1, rule).toLocalDate();
  }

  /**
   * Returns the number of the leap month of a lunar year, if it has one.
   *
   * @param year the lunar year
   * @return the month number the leap month repeats, or empty
   */
  public static OptionalInt leapMonthOf(int year) {
    for (int month = 1; month <= 12; month++) {
      if (LunarTable.UTC7.indexOf(year, month, true) >= 0) {
        return OptionalInt.of(month);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the first days (as computed, UTC+7) of the months of 2050 to 2199 whose new moon falls
   * within 10 minutes of local midnight, where another source may start the month a day apart; see
   * the class documentation for the list.
   *
   * @return the first days, in order
   */
  public static List<LocalDate> uncertainMonthStarts() {
    return UncertainMonths.STARTS;
  }

  private static final class UncertainMonths {
    static final List<LocalDate> STARTS = compute();

    private static List<LocalDate> compute() {
      List<LocalDate> out = new ArrayList<>();
      long from = LocalDate.of(2050, 1, 1).toEpochDay();
      long to = MAX_DATE.toEpochDay();
      for (long k = LunarAstronomy.newMoonIndexNear(from);
          LunarAstronomy.newMoonEpochDay(k) <= to;
          k++) {
        long day = LunarAstronomy.newMoonEpochDay(k);
        double local = LunarAstronomy.newMoon(k) + 0.5 + 7.0 / 24;
        double fromMidnight = local - Math.floor(local);
        if (day >= from && Math.min(fromMidnight, 1 - fromMidnight) * 1440 < 10) {
          out.add(LocalDate.ofEpochDay(day));
        }
      }
      return List.copyOf(out);
    }
  }

  /** Returns the lunar year, numbered as the solar year in which its month 1 starts. */
  public int getYear() {
    return table.yearOf(index);
  }

  /** Returns the month number, 1 to 12 (a leap month repeats the number of the month before). */
  public int getMonth() {
    return table.monthOf(index);
  }

  /** Returns whether this day lies in a leap month (tháng nhuận). */
  public boolean isLeapMonth() {
    return table.isLeap(index);
  }

  /** Returns the day of the month, 1 to 30. */
  public int getDayOfMonth() {
    return day;
  }

  /** Returns the number of days of this month, 29 or 30. */
  public int lengthOfMonth() {
    return table.lengthOf(index);
  }

  /** Returns the solar date of this lunar date. */
  public LocalDate toLocalDate() {
    return LocalDate.ofEpochDay(table.start[index] + day - 1L);
  }

  /** Returns the rule this date was computed under ({@link LunarRule#UTC7} unless asked). */
  public LunarRule getRule() {
    return table.rule();
  }

  @Override
  public int compareTo(VietnameseLunarDate other) {
    if (table != other.table) {
      int c = toLocalDate().compareTo(other.toLocalDate());
      return c != 0 ? c : getRule().compareTo(other.getRule());
    }
    return index != other.index
        ? Integer.compare(index, other.index)
        : Integer.compare(day, other.day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VietnameseLunarDate d
        && d.table == table
        && d.index == index
        && d.day == day;
  }

  @Override
  public int hashCode() {
    return index * 31 + day;
  }

  /**
   * Returns the date as {@code yyyy-MM-dd}, with {@code L} after the month in a leap month: {@code
   * "2024-01-01"}, {@code "2023-02L-15"}.
   */
  @Override
  public String toString() {
    return format(getYear(), getMonth(), isLeapMonth(), day);
  }

  private static String format(int year, int month, boolean leap, int day) {
    return String.format(
        java.util.Locale.ROOT, "%04d-%02d%s-%02d", year, month, leap ? "L" : "", day);
  }
}
