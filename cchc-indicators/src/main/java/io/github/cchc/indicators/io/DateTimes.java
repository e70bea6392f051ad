package io.github.cchc.indicators.io;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the date-times of exports without allocation on the common path: {@code d/M/yyyy}, {@code
 * d/M/yyyy H:mm}, {@code d/M/yyyy H:mm:ss}, ISO {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm[:ss]},
 * {@code yyyy-MM-ddTHH:mm[:ss[.fff]]} and ISO with an offset, which is converted to Vietnam time
 * (UTC+7).
 */
final class DateTimes {
  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private DateTimes() {}

  /** Returns the date-time, or throws IllegalArgumentException with the reason. */
  static LocalDateTime parse(String s) {
    int n = s.length();
    if (n >= 8 && n <= 19 && (s.charAt(1) == '/' || s.charAt(2) == '/')) {
      return parseVietnamese(s, n);
    }
    if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      if (n == 10) {
        return LocalDateTime.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10), 0, 0);
      }
      char t = s.charAt(10);
      if (t == ' '
          && (n == 16 || n == 19)
          && s.charAt(13) == ':'
          && (n == 16 || s.charAt(16) == ':')) {
        return LocalDateTime.of(
            num(s, 0, 4),
            num(s, 5, 7),
            num(s, 8, 10),
            num(s, 11, 13),
            num(s, 14, 16),
            n == 19 ? num(s, 17, 19) : 0);
      }
      if (t == 'T') {
        try {
          char last = s.charAt(n - 1);
          boolean offset = last == 'Z' || s.indexOf('+', 10) > 0 || s.indexOf('-', 10) > 0;
          return offset
              ? OffsetDateTime.parse(s).atZoneSameInstant(VIETNAM).toLocalDateTime()
              : LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("malformed ISO-8601 date-time \"" + s + "\"");
        }
      }
    }
    throw new IllegalArgumentException(
        "malformed date \"" + s + "\": dd/MM/yyyy HH:mm or ISO-8601 expected");
  }

  private static LocalDateTime parseVietnamese(String s, int n) {
    int i = 0;
    int day = 0;
    int month = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int start = i;
    while (i < n && isDigit(s.charAt(i))) {
      day = day * 10 + s.charAt(i++) - '0';
    }
    if (i - start < 1 || i - start > 2 || i >= n || s.charAt(i++) != '/') {
      throw bad(s);
    }
    start = i;
    while (i < n && isDigit(s.charAt(i))) {
      month = month * 10 + s.charAt(i++) - '0';
    }
    if (i - start < 1 || i - start > 2 || i >= n || s.charAt(i++) != '/') {
      throw bad(s);
    }
    start = i;
    while (i < n && isDigit(s.charAt(i))) {
      year = year * 10 + s.charAt(i++) - '0';
    }
    if (i - start != 4) {
      throw bad(s);
    }
    if (i < n) {
      if (s.charAt(i++) != ' ') {
        throw bad(s);
      }
      start = i;
      while (i < n && isDigit(s.charAt(i))) {
        hour = hour * 10 + s.charAt(i++) - '0';
      }
      if (i - start < 1 || i - start > 2 || i >= n || s.charAt(i++) != ':') {
        throw bad(s);
      }
      if (i + 2 > n) {
        throw bad(s);
      }
      minute = num(s, i, i + 2);
      i += 2;
      if (i < n) {
        if (s.charAt(i++) != ':' || i + 2 != n) {
          throw bad(s);
        }
        second = num(s, i, i + 2);
      }
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("invalid date \"" + s + "\": " + e.getMessage());
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        throw bad(s);
      }
      v = v * 10 + c - '0';
    }
    return v;
  }

  private static IllegalArgumentException bad(String s) {
    return new IllegalArgumentException(
        "malformed date \"" + s + "\": dd/MM/yyyy HH:mm or ISO-8601 expected");
  }
}
