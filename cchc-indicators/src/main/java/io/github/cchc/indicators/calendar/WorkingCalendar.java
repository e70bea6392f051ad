package io.github.cchc.indicators.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.threeten.extra.Interval;

/**
 * The working days and hours of Vietnamese state agencies, and the processing limits of dossiers
 * (hồ sơ thủ tục hành chính) counted in them.
 *
 * <p><b>Working days.</b> Civil servants work Monday to Friday (Quyết định 188/1999/QĐ-TTg ngày
 * 17/9/1999). They do not work on the public holidays of Bộ luật Lao động 2019 (45/2019/QH14) Điều
 * 112 khoản 1 (Tết Dương lịch, 5 days of Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4,
 * 01/5, Quốc khánh 02/9 and one day next to it), nor on the compensatory days of Điều 111 khoản 3
 * (nghỉ bù), nor on the days taken off in the swaps the Government announces each year (hoán đổi
 * ngày làm việc), for which a Saturday becomes a working day (làm bù). The official yearly
 * schedules of 2010 to 2026 ship with the library as data, each row citing its document (Công văn
 * …/VPCP-KGVX, Thông báo …/TB-LĐTBXH, from 2026 Thông báo …/TB-BNV of Bộ Nội vụ); see {@link
 * #entries(int)}. A year without a schedule falls back to the rules of the Labour Code, and {@link
 * #scheduleOrigin(int)} says so ({@link ScheduleOrigin#RULES}). Users add a year's schedule or
 * their own closures with the {@link Builder}, in code or from a CSV file ({@code
 * date,kind,name,source}). Ngày Văn hóa Việt Nam (24/11, Nghị quyết 80-NQ/TW ngày 07/01/2026, not
 * yet law) is an optional entry from 2026 on: {@link Builder#vietnameseCultureDay(boolean)}.
 *
 * <p><b>Limits in days.</b> A limit of N working days runs from the day after the receipt and ends
 * at the end of the N-th working day (Bộ luật Dân sự 2015 (91/2015/QH13) Điều 147 khoản 2, Điều 148
 * khoản 1; a last day that is a day off moves to the next working day, Điều 148 khoản 5). A
 * per-procedure {@link DeadlinePolicy} moves receipts after a cut-off hour or on a day off to the
 * next working day. A receipt after the close of working hours follows the {@link ReceiptRule} in
 * force on the receipt day: from 01/7/2025 (Nghị định 118/2025/NĐ-CP) it counts as made on the next
 * working day; before, the receipt day counts, but an appointment never falls before the receipt (a
 * limit of 0 days received after the close ends on the next working day). Limits in hours ("02 giờ
 * làm việc") run in working hours.
 *
 * <p><b>Speed.</b> All days of {@link #MIN_DATE} to {@link #MAX_DATE} are classified once when the
 * calendar is built, with prefix sums of working days: adding working days and counting them
 * between two dates take constant time, whatever the distance.
 *
 * <p><b>Office hours.</b> 08:00-12:00 and 13:00-17:00 without Saturday reception unless the builder
 * is given other {@link OfficeHours} (many centres open at 07:00 or 07:30 and receive on Saturday
 * mornings).
 *
 * <p>Times are in {@link #ZONE} (Asia/Ho_Chi_Minh). Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendar.official();
 * cal.isWorkingDay(LocalDate.of(2024, 2, 13));   // false: nghỉ bù Tết Giáp Thìn
 * cal.isWorkingDay(LocalDate.of(2024, 5, 4));    // true: Saturday làm bù
 * cal.plusWorkingDays(LocalDate.of(2024, 2, 7), 5);  // 2024-02-21
 * Instant received = LocalDateTime.parse("2024-02-07T16:30").atZone(WorkingCalendar.ZONE).toInstant();
 * cal.dueDateTime(received, 5, DeadlinePolicy.standard());  // 2024-02-21T17:00+07:00[Asia/Ho_Chi_Minh]
 * }</pre>
 */
public final class WorkingCalendar {
  /** The time zone of every instant: Asia/Ho_Chi_Minh (UTC+7). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * The first supported day, 2010-01-01: the first year of the official schedules shipped with the
   * library (the Prime Minister's swaps of working days for civil servants began in 2010).
   */
  public static final LocalDate MIN_DATE = LocalDate.of(2010, 1, 1);

  /** The last supported day, 2199-12-31 (the range of {@link VietnameseLunarDate}). */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  private static final long BASE = MIN_DATE.toEpochDay();
  private static final int DAYS = (int) (MAX_DATE.toEpochDay() - BASE + 1);
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private static final class Official {
    static final WorkingCalendar INSTANCE = builder().build();
  }

  /** cum[i] = number of working days in [MIN_DATE, MIN_DATE + i). */
  private final int[] cum;

  /** Offsets from MIN_DATE of the working days, in order. */
  private final int[] workdays;

  /** The working days as dates (about 47,000), so results need no date arithmetic. */
  private final LocalDate[] workdayDates;

  private final Map<Integer, List<CalendarEntry>> entries;
  private final Map<Integer, ScheduleOrigin> origins;
  private final long[] periodStart;
  private final long[] periodEnd;
  private final long dayNanos;
  private final long[] saturdayReception;
  private final OfficeHours officeHours;

  private WorkingCalendar(Builder b) {
    List<LocalTime[]> periods = b.periods.isEmpty() ? Builder.DEFAULT_PERIODS : b.periods;
    periodStart = new long[periods.size()];
    periodEnd = new long[periods.size()];
    long total = 0;
    for (int i = 0; i < periods.size(); i++) {
      periodStart[i] = periods.get(i)[0].toNanoOfDay();
      periodEnd[i] = periods.get(i)[1].toNanoOfDay();
      total += periodEnd[i] - periodStart[i];
    }
    dayNanos = total;
    saturdayReception = b.saturday.saturdayNanos();
    StringBuilder hours = new StringBuilder();
    for (LocalTime[] p : periods) {
      hours.append(hours.length() == 0 ? "" : ",").append(p[0]).append('-').append(p[1]);
    }
    officeHours = OfficeHours.parse(hours).withSaturdayOf(b.saturday);
    Map<Integer, List<CalendarEntry>> byYear = new TreeMap<>();
    Map<Integer, ScheduleOrigin> originByYear = new TreeMap<>();
    Map<Integer, List<CalendarEntry>> closures = new TreeMap<>();
    for (CalendarEntry c : b.closures) {
      closures.computeIfAbsent(c.date().getYear(), y -> new ArrayList<>()).add(c);
    }
    boolean[] working = new boolean[DAYS];
    for (int i = 0; i < DAYS; i++) {
      // Monday = 0 ... Sunday = 6; epoch day 0 (1970-01-01) was a Thursday.
      working[i] = Math.floorMod(BASE + i + 3, 7L) < 5;
    }
    for (int year = MIN_DATE.getYear(); year <= MAX_DATE.getYear(); year++) {
      List<CalendarEntry> list = new ArrayList<>();
      ScheduleOrigin origin;
      if (b.schedules.containsKey(year)) {
        origin = ScheduleOrigin.USER;
        list.addAll(b.schedules.get(year));
      } else if (b.official && ScheduleFiles.official().containsKey(year)) {
        origin = ScheduleOrigin.OFFICIAL;
        list.addAll(ScheduleFiles.official().get(year));
      } else {
        origin = ScheduleOrigin.RULES;
        list.addAll(StatutoryHolidays.forYear(year));
      }
      if (b.cultureDay) {
        for (CalendarEntry c : ScheduleFiles.CULTURE_DAY) {
          if (year >= c.date().getYear()) {
            list.add(CalendarEntry.builder().from(c).date(c.date().withYear(year)).build());
          }
        }
      }
      // Stable sort: on one date, closures come after the schedule and so decide the day.
      list.sort(null);
      List<CalendarEntry> own = closures.getOrDefault(year, List.of());
      for (CalendarEntry e : list) {
        working[offset(e.date())] = e.kind().isWorkingDay();
      }
      for (CalendarEntry e : own) {
        working[offset(e.date())] = e.kind().isWorkingDay();
      }
      list.addAll(own);
      list.sort(null);
      byYear.put(year, List.copyOf(list));
      originByYear.put(year, origin);
    }
    entries = byYear;
    origins = originByYear;
    cum = new int[DAYS + 1];
    int count = 0;
    for (int i = 0; i < DAYS; i++) {
      cum[i] = count;
      if (working[i]) {
        count++;
      }
    }
    cum[DAYS] = count;
    workdays = new int[count];
    workdayDates = new LocalDate[count];
    for (int i = 0, k = 0; i < DAYS; i++) {
      if (working[i]) {
        workdayDates[k] = dateOf(i);
        workdays[k++] = i;
      }
    }
  }

  /**
   * Returns the calendar of civil servants with the official schedules shipped with the library,
   * working hours 08:00-12:00 and 13:00-17:00, without the optional Ngày Văn hóa Việt Nam.
   */
  public static WorkingCalendar official() {
    return Official.INSTANCE;
  }

  /** Returns a builder starting from the official calendar. */
  public static Builder builder() {
    return new Builder();
  }

  private static int offset(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long o = date.toEpochDay() - BASE;
    if (o < 0 || o >= DAYS) {
      throw new CalendarInputException(
          "date", date, "outside the supported range " + MIN_DATE + " to " + MAX_DATE);
    }
    return (int) o;
  }

  private static LocalDate dateOf(int offset) {
    return LocalDate.ofEpochDay(BASE + offset);
  }

  private boolean working(int offset) {
    return cum[offset + 1] != cum[offset];
  }

  private int workdayAt(int k, String argument, Object value) {
    checkWorkdayIndex(k, argument, value);
    return workdays[k];
  }

  private LocalDate workdayDateAt(int k, String argument, Object value) {
    checkWorkdayIndex(k, argument, value);
    return workdayDates[k];
  }

  private void checkWorkdayIndex(int k, String argument, Object value) {
    if (k < 0 || k >= workdays.length) {
      throw new CalendarInputException(
          argument, value, "the result falls outside " + MIN_DATE + " to " + MAX_DATE);
    }
  }

  /**
   * Returns whether a day is a working day.
   *
   * @param date a day from {@link #MIN_DATE} to {@link #MAX_DATE}
   * @return true on a working day
   * @throws CalendarInputException outside the supported range
   */
  public boolean isWorkingDay(LocalDate date) {
    return working(offset(date));
  }

  /**
   * Returns whether an instant lies in working hours of a working day.
   *
   * @param instant the instant
   * @return true in working time
   */
  public boolean isWorkingTime(Instant instant) {
    LocalDateTime t = LocalDateTime.ofInstant(instant, ZONE);
    if (!isWorkingDay(t.toLocalDate())) {
      return false;
    }
    long nanos = t.toLocalTime().toNanoOfDay();
    for (int i = 0; i < periodStart.length; i++) {
      if (nanos >= periodStart[i] && nanos < periodEnd[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the first working day after a day.
   *
   * @param date the day
   * @return the next working day, strictly after {@code date}
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return workdayDateAt(cum[offset(date) + 1], "date", date);
  }

  /**
   * Returns the last working day before a day.
   *
   * @param date the day
   * @return the previous working day, strictly before {@code date}
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    return workdayDateAt(cum[offset(date)] - 1, "date", date);
  }

  /**
   * Returns the N-th working day after a day: the last day of a limit of N working days that runs
   * from the day after {@code date} (Bộ luật Dân sự 2015 Điều 147-148). With 0, returns {@code
   * date} if it is a working day, else the next working day. Constant time.
   *
   * @param date the day of the event (the receipt)
   * @param days the number of working days, not negative
   * @return the N-th working day after {@code date}
   * @throws CalendarInputException if {@code days} is negative or a date is out of range
   */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    if (days < 0) {
      throw new CalendarInputException("days", days, "must not be negative");
    }
    int o = offset(date);
    if (days == 0) {
      return working(o) ? date : nextWorkingDay(date);
    }
    return workdayDateAt(cum[o + 1] + days - 1, "days", days);
  }

  /**
   * Returns the number of working days from {@code startInclusive} to {@code endExclusive},
   * negative if the end is before the start, like {@link java.time.temporal.ChronoUnit#between}.
   * Constant time.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted
   * @return the number of working days
   */
  public long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return (long) cum[offset(endExclusive)] - cum[offset(startInclusive)];
  }

  /** Returns the working time of one working day (8 hours by default). */
  public Duration workingDayLength() {
    return Duration.ofNanos(dayNanos);
  }

  private long overlapOnDay(int o, long fromNanos, long toNanos) {
    if (!working(o)) {
      return 0;
    }
    long sum = 0;
    for (int i = 0; i < periodStart.length; i++) {
      long s = Math.max(fromNanos, periodStart[i]);
      long e = Math.min(toNanos, periodEnd[i]);
      if (e > s) {
        sum += e - s;
      }
    }
    return sum;
  }

  /**
   * Returns the working time between two instants (only working hours of working days count).
   *
   * @param from the start
   * @param to the end, not before {@code from}
   * @return the working time elapsed
   * @throws CalendarInputException if {@code to} is before {@code from}
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new CalendarInputException("to", to, "is before from " + from);
    }
    return Duration.ofNanos(workingNanos(from, to));
  }

  private long workingNanos(Instant from, Instant to) {
    LocalDateTime a = LocalDateTime.ofInstant(from, ZONE);
    LocalDateTime b = LocalDateTime.ofInstant(to, ZONE);
    int oa = offset(a.toLocalDate());
    int ob = offset(b.toLocalDate());
    long na = a.toLocalTime().toNanoOfDay();
    long nb = b.toLocalTime().toNanoOfDay();
    if (oa == ob) {
      return overlapOnDay(oa, na, nb);
    }
    return overlapOnDay(oa, na, NANOS_PER_DAY)
        + overlapOnDay(ob, 0, nb)
        + dayNanos * (cum[ob] - cum[oa + 1]);
  }

  /**
   * Returns the working time between two instants minus the pauses (tạm dừng, time waiting for a
   * supplement — yêu cầu bổ sung); overlapping pauses count once.
   *
   * @param from the start
   * @param to the end, not before {@code from}
   * @param pauses the pauses; parts outside {@code from}-{@code to} are ignored
   * @return the working time elapsed, not counting the pauses
   */
  public Duration workingTimeBetween(Instant from, Instant to, Collection<Interval> pauses) {
    if (to.isBefore(from)) {
      throw new CalendarInputException("to", to, "is before from " + from);
    }
    return Duration.ofNanos(workingNanos(from, to) - pausedNanos(from, to, pauses));
  }

  private long pausedNanos(Instant from, Instant to, Collection<Interval> pauses) {
    List<Interval> sorted = new ArrayList<>(pauses);
    sorted.sort((x, y) -> x.getStart().compareTo(y.getStart()));
    long sum = 0;
    Instant covered = from;
    for (Interval p : sorted) {
      Instant s = p.getStart().isBefore(covered) ? covered : p.getStart();
      Instant e = p.getEnd().isAfter(to) ? to : p.getEnd();
      if (e.isAfter(s)) {
        sum += workingNanos(s, e);
        covered = e;
      }
    }
    return sum;
  }

  /**
   * Returns the instant at which a working time has elapsed from {@code start}, counting only
   * working hours of working days: the end of a limit in hours ("02 giờ làm việc").
   *
   * @param start the start
   * @param workingTime the working time, not negative
   * @return the end instant; at the end of a working period when the time runs out exactly there
   */
  public Instant plusWorkingTime(Instant start, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new CalendarInputException("workingTime", workingTime, "must not be negative");
    }
    long remaining = workingTime.toNanos();
    if (remaining == 0) {
      return start;
    }
    LocalDateTime t = LocalDateTime.ofInstant(start, ZONE);
    int o = offset(t.toLocalDate());
    long now = t.toLocalTime().toNanoOfDay();
    if (working(o)) {
      for (int i = 0; i < periodStart.length; i++) {
        if (now < periodEnd[i]) {
          long s = Math.max(now, periodStart[i]);
          long avail = periodEnd[i] - s;
          if (remaining <= avail) {
            return at(o, s + remaining);
          }
          remaining -= avail;
        }
      }
    }
    long fullDays = (remaining - 1) / dayNanos;
    remaining -= fullDays * dayNanos;
    int day = workdayAt(cum[o + 1] + (int) fullDays, "workingTime", workingTime);
    for (int i = 0; i < periodStart.length; i++) {
      long avail = periodEnd[i] - periodStart[i];
      if (remaining <= avail) {
        return at(day, periodStart[i] + remaining);
      }
      remaining -= avail;
    }
    throw new AssertionError("remaining time exceeds a working day");
  }

  /**
   * Returns the instant from which a working time remains until {@code end}, counting only working
   * hours of working days: the inverse of {@link #plusWorkingTime(Instant, Duration)}. The national
   * index (Quyết định 766/QĐ-TTg) takes the time a dossier waited for a supplement off its end this
   * way, in working time, not in calendar time.
   *
   * @param end the end
   * @param workingTime the working time, not negative
   * @return the start instant; at the start of a working period when the time runs out exactly
   *     there, {@code end} itself for a zero time
   * @throws CalendarInputException if the time is negative or the result is out of range
   */
  public Instant minusWorkingTime(Instant end, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new CalendarInputException("workingTime", workingTime, "must not be negative");
    }
    long remaining = workingTime.toNanos();
    if (remaining == 0) {
      return end;
    }
    LocalDateTime t = LocalDateTime.ofInstant(end, ZONE);
    int o = offset(t.toLocalDate());
    long now = t.toLocalTime().toNanoOfDay();
    if (working(o)) {
      for (int i = periodStart.length - 1; i >= 0; i--) {
        if (now > periodStart[i]) {
          long e = Math.min(now, periodEnd[i]);
          long avail = e - periodStart[i];
          if (remaining <= avail) {
            return at(o, e - remaining);
          }
          remaining -= avail;
        }
      }
    }
    long fullDays = (remaining - 1) / dayNanos;
    remaining -= fullDays * dayNanos;
    int day = workdayAt(cum[o] - 1 - (int) fullDays, "workingTime", workingTime);
    for (int i = periodStart.length - 1; i >= 0; i--) {
      long avail = periodEnd[i] - periodStart[i];
      if (remaining <= avail) {
        return at(day, periodEnd[i] - remaining);
      }
      remaining -= avail;
    }
    throw new AssertionError("remaining time exceeds a working day");
  }

  /**
   * Returns the working time covered by intervals between two instants: their union, clipped to
   * {@code from}-{@code to}, counted in working hours of working days.
   *
   * @param intervals the intervals (pauses), in any order, possibly overlapping
   * @param from the start
   * @param to the end, not before {@code from}
   * @return the working time
   * @throws CalendarInputException if {@code to} is before {@code from}
   */
  public Duration workingTimeWithin(Collection<Interval> intervals, Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new CalendarInputException("to", to, "is before from " + from);
    }
    return Duration.ofNanos(pausedNanos(from, to, intervals));
  }

  private static Instant at(int offset, long nanoOfDay) {
    return dateOf(offset).atTime(LocalTime.ofNanoOfDay(nanoOfDay)).atZone(ZONE).toInstant();
  }

  /**
   * Returns the day from which a receipt counts: the receipt day, or the next working day when the
   * receipt is on a day off or after the cut-off of the policy, or after the close of working hours
   * under {@link ReceiptRule#ONE_STOP_2025}. A receipt during the Saturday reception of the {@link
   * OfficeHours} counts on that Saturday.
   *
   * @param received the receipt instant
   * @param policy the procedure's policy
   * @return the effective receipt day
   */
  public LocalDate effectiveReceiptDate(Instant received, DeadlinePolicy policy) {
    LocalDateTime t = LocalDateTime.ofInstant(received, ZONE);
    LocalDate day = t.toLocalDate();
    if (!isWorkingDay(day)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY && inSaturdayReception(t)) {
        return day;
      }
      return policy.dayOffReceipt() == DayOffReceipt.NEXT_WORKING_DAY ? nextWorkingDay(day) : day;
    }
    if (policy.cutOff().isPresent() && !t.toLocalTime().isBefore(policy.cutOff().get())) {
      return nextWorkingDay(day);
    }
    if (afterClose(t) && policy.receiptRuleFor(day) == ReceiptRule.ONE_STOP_2025) {
      return nextWorkingDay(day);
    }
    return day;
  }

  private boolean inSaturdayReception(LocalDateTime t) {
    long n = t.toLocalTime().toNanoOfDay();
    for (int i = 0; i < saturdayReception.length; i += 2) {
      if (n >= saturdayReception[i] && n < saturdayReception[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Returns the office hours: working periods and Saturday reception. */
  public OfficeHours officeHours() {
    return officeHours;
  }

  /** Whether a local time is at or after the close of the last working period of its day. */
  private boolean afterClose(LocalDateTime t) {
    return t.toLocalTime().toNanoOfDay() >= periodEnd[periodEnd.length - 1];
  }

  /**
   * Returns the appointment day (ngày hẹn trả) of a dossier with a limit of N working days: the
   * N-th working day after the effective receipt day. It is never before the receipt: a limit of 0
   * days received on a working day after the close of working hours ends on the next working day.
   *
   * @param received the receipt instant
   * @param days the limit in working days, not negative
   * @param policy the procedure's policy
   * @return the due day
   */
  public LocalDate dueDate(Instant received, int days, DeadlinePolicy policy) {
    if (days < 0) {
      throw new CalendarInputException("days", days, "must not be negative");
    }
    LocalDate due = plusWorkingDays(effectiveReceiptDate(received, policy), days);
    if (days == 0) {
      LocalDateTime t = LocalDateTime.ofInstant(received, ZONE);
      if (due.equals(t.toLocalDate()) && afterClose(t)) {
        return nextWorkingDay(due);
      }
    }
    return due;
  }

  /**
   * Returns the appointment (ngày hẹn trả) of a dossier as a date-time: the due day at the close of
   * working hours. The limit itself runs to 24:00 of that day (Bộ luật Dân sự Điều 148 khoản 1): a
   * dossier finished any time on the due day is on time.
   *
   * @param received the receipt instant
   * @param days the limit in working days, not negative
   * @param policy the procedure's policy
   * @return the appointment in {@link #ZONE}
   */
  public ZonedDateTime dueDateTime(Instant received, int days, DeadlinePolicy policy) {
    return closeOf(dueDate(received, days, policy));
  }

  private ZonedDateTime closeOf(LocalDate day) {
    return day.atTime(LocalTime.ofNanoOfDay(periodEnd[periodEnd.length - 1])).atZone(ZONE);
  }

  /**
   * Returns the end of a limit in working hours from a receipt: a receipt on a day off or after the
   * cut-off starts at the opening of the effective receipt day.
   *
   * @param received the receipt instant
   * @param limit the limit in working time, not negative
   * @param policy the procedure's policy
   * @return the instant the limit ends
   */
  public Instant dueInstant(Instant received, Duration limit, DeadlinePolicy policy) {
    LocalDate effective = effectiveReceiptDate(received, policy);
    Instant start =
        effective.equals(LocalDate.ofInstant(received, ZONE))
            ? received
            : at(offset(effective), periodStart[0]);
    return plusWorkingTime(start, limit);
  }

  /**
   * Assesses a finished dossier: its appointment and whether it was finished before, on or after
   * the appointment day. Pauses (tạm dừng, waiting for a supplement) extend the limit by their
   * working time, rounded up to whole working days.
   *
   * @param received the receipt instant
   * @param finished the finish instant, not before {@code received}
   * @param days the limit in working days, not negative
   * @param policy the procedure's policy
   * @param pauses the pauses of the processing
   * @return the assessment
   * @throws CalendarInputException if the finish is before the receipt or {@code days} negative
   */
  public DeadlineAssessment assess(
      Instant received,
      Instant finished,
      int days,
      DeadlinePolicy policy,
      Collection<Interval> pauses) {
    if (finished.isBefore(received)) {
      throw new CalendarInputException("finished", finished, "is before the receipt " + received);
    }
    if (days < 0) {
      throw new CalendarInputException("days", days, "must not be negative");
    }
    long paused = pausedNanos(received, finished, pauses);
    long extension = (paused + dayNanos - 1) / dayNanos;
    LocalDate due = dueDate(received, Math.toIntExact(days + extension), policy);
    ZonedDateTime close = closeOf(due);
    LocalDate done = LocalDate.ofInstant(finished, ZONE);
    DeadlineStatus status =
        done.isBefore(due)
            ? DeadlineStatus.EARLY
            : done.equals(due) ? DeadlineStatus.ON_TIME : DeadlineStatus.LATE;
    return assessment(close, finished, done, due, status);
  }

  /**
   * Assesses a finished dossier with a limit in working hours ("02 giờ làm việc"): late when
   * finished after the end of the limit, early when finished on a day before the day the limit
   * ends. Pauses extend the limit by their working time.
   *
   * @param received the receipt instant
   * @param finished the finish instant, not before {@code received}
   * @param limit the limit in working time, not negative
   * @param policy the procedure's policy
   * @param pauses the pauses of the processing
   * @return the assessment; {@link DeadlineAssessment#due()} is the exact end of the limit
   * @throws CalendarInputException if the finish is before the receipt or the limit negative
   */
  public DeadlineAssessment assess(
      Instant received,
      Instant finished,
      Duration limit,
      DeadlinePolicy policy,
      Collection<Interval> pauses) {
    if (finished.isBefore(received)) {
      throw new CalendarInputException("finished", finished, "is before the receipt " + received);
    }
    if (limit.isNegative()) {
      throw new CalendarInputException("limit", limit, "must not be negative");
    }
    Duration paused = Duration.ofNanos(pausedNanos(received, finished, pauses));
    ZonedDateTime end = dueInstant(received, limit.plus(paused), policy).atZone(ZONE);
    LocalDate due = end.toLocalDate();
    LocalDate done = LocalDate.ofInstant(finished, ZONE);
    DeadlineStatus status =
        finished.isAfter(end.toInstant())
            ? DeadlineStatus.LATE
            : done.isBefore(due) ? DeadlineStatus.EARLY : DeadlineStatus.ON_TIME;
    return assessment(end, finished, done, due, status);
  }

  private DeadlineAssessment assessment(
      ZonedDateTime end, Instant finished, LocalDate done, LocalDate due, DeadlineStatus status) {
    int od = offset(due);
    int of = offset(done);
    long daysOff;
    Duration timeOff;
    if (status == DeadlineStatus.ON_TIME) {
      daysOff = 0;
      timeOff = Duration.ZERO;
    } else if (status == DeadlineStatus.EARLY) {
      daysOff = cum[od + 1] - cum[of + 1];
      timeOff = Duration.ofNanos(workingNanos(finished, end.toInstant()));
    } else {
      daysOff = Math.max(1, cum[of + 1] - cum[od + 1]);
      timeOff =
          finished.isAfter(end.toInstant())
              ? Duration.ofNanos(workingNanos(end.toInstant(), finished))
              : Duration.ZERO;
    }
    return DeadlineAssessment.builder()
        .due(end)
        .finished(done)
        .status(status)
        .workingDaysOff(daysOff)
        .workingTimeOff(timeOff)
        .build();
  }

  /**
   * Returns the schedule entries of a year (holidays, days off, make-up working days, closures),
   * sorted by date.
   *
   * @param year a year of the supported range
   * @return the entries
   */
  public List<CalendarEntry> entries(int year) {
    List<CalendarEntry> list = entries.get(year);
    if (list == null) {
      throw new CalendarInputException(
          "year",
          year,
          "outside the supported range " + MIN_DATE.getYear() + " to " + MAX_DATE.getYear());
    }
    return list;
  }

  /**
   * Returns where the days off of a year come from; {@link ScheduleOrigin#RULES} means no schedule
   * is known for that year and the Labour Code rules were used.
   *
   * @param year a year of the supported range
   * @return the origin
   */
  public ScheduleOrigin scheduleOrigin(int year) {
    entries(year);
    return origins.get(year);
  }

  // Wall-clock times of Việt Nam, as dossier exports and one-stop-shop systems give them: each
  // LocalDateTime is read in Asia/Ho_Chi_Minh (UTC+7 all year) and handed to the Instant form.

  /**
   * Returns whether a wall-clock time of Việt Nam lies in working hours of a working day.
   *
   * @param time the time in Asia/Ho_Chi_Minh
   * @return true in working time
   */
  public boolean isWorkingTime(LocalDateTime time) {
    return isWorkingTime(inVietnam(time));
  }

  /**
   * Returns the working time between two wall-clock times of Việt Nam.
   *
   * @param from the start, in Asia/Ho_Chi_Minh
   * @param to the end, not before {@code from}
   * @return the working time elapsed
   * @throws CalendarInputException if {@code to} is before {@code from}
   */
  public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
    return workingTimeBetween(inVietnam(from), inVietnam(to));
  }

  /**
   * Returns the wall-clock time of Việt Nam at which {@code workingTime} of working time has
   * elapsed from {@code start}.
   *
   * @param start the start, in Asia/Ho_Chi_Minh
   * @param workingTime the working time to add, not negative
   * @return the end, in Asia/Ho_Chi_Minh
   */
  public LocalDateTime plusWorkingTime(LocalDateTime start, Duration workingTime) {
    return LocalDateTime.ofInstant(plusWorkingTime(inVietnam(start), workingTime), ZONE);
  }

  /**
   * Returns the day from which a receipt at a wall-clock time of Việt Nam counts ({@link
   * #effectiveReceiptDate(Instant, DeadlinePolicy)}).
   *
   * @param received the receipt time, in Asia/Ho_Chi_Minh
   * @param policy the procedure's policy
   * @return the effective receipt day
   */
  public LocalDate effectiveReceiptDate(LocalDateTime received, DeadlinePolicy policy) {
    return effectiveReceiptDate(inVietnam(received), policy);
  }

  /**
   * Returns the appointment day of a dossier received at a wall-clock time of Việt Nam with a limit
   * of N working days ({@link #dueDate(Instant, int, DeadlinePolicy)}).
   *
   * @param received the receipt time, in Asia/Ho_Chi_Minh
   * @param days the limit in working days, not negative
   * @param policy the procedure's policy
   * @return the due day
   */
  public LocalDate dueDate(LocalDateTime received, int days, DeadlinePolicy policy) {
    return dueDate(inVietnam(received), days, policy);
  }

  /**
   * Returns the appointment time of a dossier received at a wall-clock time of Việt Nam ({@link
   * #dueDateTime(Instant, int, DeadlinePolicy)}).
   *
   * @param received the receipt time, in Asia/Ho_Chi_Minh
   * @param days the limit in working days, not negative
   * @param policy the procedure's policy
   * @return the due time
   */
  public ZonedDateTime dueDateTime(LocalDateTime received, int days, DeadlinePolicy policy) {
    return dueDateTime(inVietnam(received), days, policy);
  }

  private static Instant inVietnam(LocalDateTime time) {
    return time.atZone(ZONE).toInstant();
  }

  /**
   * Builds a {@link WorkingCalendar}: the official schedules (on by default), a year's schedule of
   * the user, an agency's closures, the optional Ngày Văn hóa Việt Nam and the working hours.
   *
   * <pre>{@code
   * WorkingCalendar cal = WorkingCalendar.builder()
   *     .schedule(Path.of("lich-nghi-2027.csv"))     // date,kind,name,source
   *     .closure(CalendarEntry.of(LocalDate.of(2025, 3, 14), DayKind.DAY_OFF,
   *         "Bảo trì hệ thống", "Thông báo 12/TB-VP"))
   *     .vietnameseCultureDay(true)
   *     .workingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30))
   *     .workingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    static final List<LocalTime[]> DEFAULT_PERIODS =
        List.of(
            new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(17, 0)});

    private boolean official = true;
    private boolean cultureDay;
    private final Map<Integer, List<CalendarEntry>> schedules = new TreeMap<>();
    private final List<CalendarEntry> closures = new ArrayList<>();
    private final List<LocalTime[]> periods = new ArrayList<>();
    private OfficeHours saturday = OfficeHours.standard();

    private Builder() {}

    /**
     * Sets whether the official schedules of 2010-2026 shipped with the library are used (default
     * true); without them those years follow the rules.
     *
     * @param use whether to use them
     * @return this builder
     */
    public Builder officialSchedules(boolean use) {
      this.official = use;
      return this;
    }

    /**
     * Sets whether 24/11, Ngày Văn hóa Việt Nam, is a holiday from 2026 on (default false: in the
     * sources of mid-2026 it is Party policy, Nghị quyết 80-NQ/TW ngày 07/01/2026, not yet law).
     *
     * @param on whether the day is a holiday
     * @return this builder
     */
    public Builder vietnameseCultureDay(boolean on) {
      this.cultureDay = on;
      return this;
    }

    /**
     * Sets the schedules of the years of the given entries: each such year uses these entries
     * instead of the official schedule or the rules ({@link ScheduleOrigin#USER}). List every
     * holiday, day off and make-up working day of the year.
     *
     * @param yearSchedule the entries of one or more whole years
     * @return this builder
     */
    public Builder schedule(Collection<CalendarEntry> yearSchedule) {
      Map<Integer, List<CalendarEntry>> byYear = new TreeMap<>();
      for (CalendarEntry e : yearSchedule) {
        offset(e.date());
        byYear.computeIfAbsent(e.date().getYear(), y -> new ArrayList<>()).add(e);
      }
      schedules.putAll(byYear);
      return this;
    }

    /**
     * Reads year schedules from a CSV file ({@code date,kind,name,source}, UTF-8), see {@link
     * #schedule(Collection)}.
     *
     * @param csv the file
     * @return this builder
     * @throws IOException if the file cannot be read
     * @throws io.github.cchc.model.CchcParseException on a bad row (line and reason)
     */
    public Builder schedule(Path csv) throws IOException {
      return schedule(readFile(csv));
    }

    /**
     * Adds an agency's own closure or working day on top of the schedule of its year.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder closure(CalendarEntry entry) {
      offset(entry.date());
      closures.add(entry);
      return this;
    }

    /**
     * Reads closures from a CSV file ({@code date,kind,name,source}, UTF-8), see {@link
     * #closure(CalendarEntry)}.
     *
     * @param csv the file
     * @return this builder
     * @throws IOException if the file cannot be read
     * @throws io.github.cchc.model.CchcParseException on a bad row (line and reason)
     */
    public Builder closures(Path csv) throws IOException {
      readFile(csv).forEach(this::closure);
      return this;
    }

    private static List<CalendarEntry> readFile(Path csv) throws IOException {
      try (InputStream in = Files.newInputStream(csv)) {
        return ScheduleFiles.read(in, csv.toString());
      }
    }

    /**
     * Adds a daily working period; the first call replaces the default periods 08:00-12:00 and
     * 13:00-17:00. Periods must be given in order and must not overlap.
     *
     * @param start the start of the period
     * @param end the end of the period, after {@code start}
     * @return this builder
     */
    public Builder workingPeriod(LocalTime start, LocalTime end) {
      if (!end.isAfter(start)) {
        throw new CalendarInputException("end", end, "must be after the start " + start);
      }
      if (!periods.isEmpty() && start.isBefore(periods.get(periods.size() - 1)[1])) {
        throw new CalendarInputException(
            "start",
            start,
            "overlaps or precedes the previous period ending "
                + periods.get(periods.size() - 1)[1]);
      }
      periods.add(new LocalTime[] {start, end});
      return this;
    }

    /**
     * Sets the office hours (a profile of a one-stop centre): its working periods replace those
     * given so far, and its Saturday reception is used.
     *
     * @param hours the office hours, e.g. {@code OfficeHours.parse("07:30-11:30,13:30-17:00")}
     * @return this builder
     */
    public Builder officeHours(OfficeHours hours) {
      periods.clear();
      long[] w = hours.workingNanos();
      for (int i = 0; i < w.length; i += 2) {
        periods.add(new LocalTime[] {LocalTime.ofNanoOfDay(w[i]), LocalTime.ofNanoOfDay(w[i + 1])});
      }
      saturday = hours;
      return this;
    }

    /**
     * Builds the calendar (classifies every day of the supported range once).
     *
     * @return the calendar
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
