package io.github.cchc.indicators.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Parses the common shapes {@code dd/MM/yyyy HH:mm}, {@code dd/MM/yyyy HH:mm:ss} and {@code
 * dd/MM/yyyy} straight from a character buffer, reusing the {@link LocalDate} of recent days and
 * the {@link LocalTime} of each minute: an export repeats a few hundred days and the minutes of
 * office hours over millions of dates. Returns null for any other shape, or an invalid date, so
 * that the caller falls back to {@link DateTimes#parse(String)} and its error message. Not
 * thread-safe: one per read.
 */
final class CommonDates {
  private final LocalDate[] days = new LocalDate[1024];
  private final LocalTime[] minutes = new LocalTime[24 * 60];

  @Nullable LocalDateTime parse(char[] b, int off, int len) {
    if ((len != 16 && len != 19 && len != 10) || b[off + 2] != '/' || b[off + 5] != '/') {
      return null;
    }
    int day = two(b, off);
    int month = two(b, off + 3);
    int century = two(b, off + 6);
    int yearOfCentury = two(b, off + 8);
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (len > 10) {
      if (b[off + 10] != ' ' || b[off + 13] != ':') {
        return null;
      }
      hour = two(b, off + 11);
      minute = two(b, off + 14);
      if (len == 19) {
        if (b[off + 16] != ':') {
          return null;
        }
        second = two(b, off + 17);
      }
    }
    if ((day | month | century | yearOfCentury | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int year = century * 100 + yearOfCentury;
    int slot = ((year * 12 + month - 1) * 31 + day - 1) & (days.length - 1);
    LocalDate date = days[slot];
    if (date == null
        || date.getDayOfMonth() != day
        || date.getMonthValue() != month
        || date.getYear() != year) {
      try {
        date = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null; // 31/02: the full parser says why
      }
      days[slot] = date;
    }
    LocalTime time;
    if (second == 0) {
      time = minutes[hour * 60 + minute];
      if (time == null) {
        time = LocalTime.of(hour, minute);
        minutes[hour * 60 + minute] = time;
      }
    } else {
      time = LocalTime.of(hour, minute, second);
    }
    return LocalDateTime.of(date, time);
  }

  /** Two decimal digits, or a negative number if either is not a digit. */
  private static int two(char[] b, int at) {
    int d1 = b[at] - '0';
    int d2 = b[at + 1] - '0';
    return (d1 | d2 | (9 - d1) | (9 - d2)) < 0 ? -1 : d1 * 10 + d2;
  }
}
