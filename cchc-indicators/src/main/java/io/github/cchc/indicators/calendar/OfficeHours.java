package io.github.cchc.indicators.calendar;

import io.github.cchc.model.CchcParseException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The office hours of a one-stop centre (Bộ phận Một cửa): the working periods of a working day
 * and, optionally, the periods of a Saturday reception. Many centres open at 07:00 or 07:30 and
 * receive dossiers on Saturday mornings; the default is 08:00-12:00 and 13:00-17:00 without
 * Saturday reception.
 *
 * <p>The working periods are the hours in which limits in hours run ("02 giờ làm việc"), their end
 * is the close of the day (the appointment of a limit in days, the after-hours receipt rule). A
 * Saturday reception does not make Saturday a working day: a dossier received during it counts as
 * received that Saturday, so a limit in days starts the next day (Bộ luật Dân sự 2015 Điều 147
 * khoản 2) and runs in working days; outside those hours a Saturday receipt follows the policy's
 * {@link DayOffReceipt}. A Saturday made a working day (làm bù) has the working periods.
 *
 * <pre>{@code
 * OfficeHours h = OfficeHours.parse("07:30-11:30,13:30-17:00").withSaturdayReception("07:30-11:30");
 * h.workingDayLength();  // PT7H30M
 * WorkingCalendar cal = WorkingCalendar.builder().officeHours(h).build();
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class OfficeHours {
  private static final OfficeHours STANDARD =
      new OfficeHours(
          new LocalTime[][] {
            {LocalTime.of(8, 0), LocalTime.of(12, 0)}, {LocalTime.of(13, 0), LocalTime.of(17, 0)}
          },
          new LocalTime[0][]);

  private final LocalTime[][] working;
  private final LocalTime[][] saturday;

  private OfficeHours(LocalTime[][] working, LocalTime[][] saturday) {
    this.working = working;
    this.saturday = saturday;
  }

  /** Returns 08:00-12:00 and 13:00-17:00, without Saturday reception. */
  public static OfficeHours standard() {
    return STANDARD;
  }

  /**
   * Parses the working periods of a working day, {@code HH:mm-HH:mm} separated by commas, in order
   * and not overlapping: {@code "07:30-11:30,13:30-17:00"}. Without Saturday reception.
   *
   * @param periods the periods
   * @return the office hours
   * @throws CchcParseException on a malformed, empty, reversed or overlapping period (offset and
   *     reason)
   */
  public static OfficeHours parse(CharSequence periods) {
    return new OfficeHours(periods(periods), new LocalTime[0][]);
  }

  /**
   * Returns these hours with a Saturday reception in the given periods ({@code "07:30-11:30"}).
   *
   * @param periods the Saturday periods, as in {@link #parse(CharSequence)}
   * @return new office hours
   * @throws CchcParseException on a malformed period
   */
  public OfficeHours withSaturdayReception(CharSequence periods) {
    return new OfficeHours(working, periods(periods));
  }

  /** These working periods with the Saturday reception of {@code other}. */
  OfficeHours withSaturdayOf(OfficeHours other) {
    return new OfficeHours(working, other.saturday);
  }

  private static LocalTime[][] periods(CharSequence text) {
    Objects.requireNonNull(text, "periods");
    String s = text.toString();
    if (s.isBlank()) {
      throw new CchcParseException(s, 0, "office hours expected as HH:mm-HH:mm[,HH:mm-HH:mm]");
    }
    List<LocalTime[]> out = new ArrayList<>();
    int at = 0;
    for (String part : s.split(",", -1)) {
      int dash = part.indexOf('-');
      if (dash < 0) {
        throw new CchcParseException(s, at, "period must be HH:mm-HH:mm");
      }
      LocalTime start = time(s, at, part.substring(0, dash));
      LocalTime end = time(s, at + dash + 1, part.substring(dash + 1));
      if (!end.isAfter(start)) {
        throw new CchcParseException(s, at + dash + 1, "period ends before it starts");
      }
      if (!out.isEmpty() && start.isBefore(out.get(out.size() - 1)[1])) {
        throw new CchcParseException(s, at, "period overlaps or precedes the previous one");
      }
      out.add(new LocalTime[] {start, end});
      at += part.length() + 1;
    }
    return out.toArray(new LocalTime[0][]);
  }

  private static LocalTime time(String all, int at, String text) {
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CchcParseException(all, at, "time must be HH:mm", e);
    }
  }

  /** Returns whether dossiers are received on Saturdays. */
  public boolean hasSaturdayReception() {
    return saturday.length > 0;
  }

  /** Returns the opening of a working day (start of the first period). */
  public LocalTime opening() {
    return working[0][0];
  }

  /** Returns the close of a working day (end of the last period). */
  public LocalTime closing() {
    return working[working.length - 1][1];
  }

  /** Returns the working time of one working day (8 hours by default). */
  public Duration workingDayLength() {
    Duration d = Duration.ZERO;
    for (LocalTime[] p : working) {
      d = d.plus(Duration.between(p[0], p[1]));
    }
    return d;
  }

  /** The working periods as nanos of day, start and end alternating. */
  long[] workingNanos() {
    return nanos(working);
  }

  /** The Saturday reception periods as nanos of day, start and end alternating. */
  long[] saturdayNanos() {
    return nanos(saturday);
  }

  private static long[] nanos(LocalTime[][] periods) {
    long[] out = new long[periods.length * 2];
    for (int i = 0; i < periods.length; i++) {
      out[2 * i] = periods[i][0].toNanoOfDay();
      out[2 * i + 1] = periods[i][1].toNanoOfDay();
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficeHours h
        && Arrays.deepEquals(working, h.working)
        && Arrays.deepEquals(saturday, h.saturday);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(working) + Arrays.deepHashCode(saturday);
  }

  /** Returns the hours as parsed, e.g. {@code 07:30-11:30,13:30-17:00; Saturday 07:30-11:30}. */
  @Override
  public String toString() {
    return text(working) + (saturday.length == 0 ? "" : "; Saturday " + text(saturday));
  }

  private static String text(LocalTime[][] periods) {
    StringBuilder b = new StringBuilder();
    for (LocalTime[] p : periods) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(p[0]).append('-').append(p[1]);
    }
    return b.toString();
  }
}
