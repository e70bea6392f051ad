package io.github.cchc.indicators.io;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

/**
 * The text of a numeric cell of a workbook, as the row converter reads it: a cell with a date
 * format becomes the ISO-8601 local date-time it shows ({@code 2024-01-02 08:15:00}; Excel dates
 * have no zone, so they are read as Vietnam's local time, like the dates of a CSV export), any
 * other number its shortest exact text ({@code 12345}, {@code 0.5}), whatever format the cell shows
 * it in — so that "1,234" in one locale and "1.234" in another read alike.
 */
final class CellTexts extends DataFormatter {
  private final boolean date1904;

  /**
   * @param date1904 whether the workbook counts dates from 1904 (Excel for Mac before 2011)
   */
  CellTexts(boolean date1904) {
    this.date1904 = date1904;
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, @Nullable String formatString, boolean use1904Windowing) {
    return number(value, formatIndex, formatString, date1904);
  }

  /** The text of a numeric cell with the given number format. */
  static String number(
      double value, int formatIndex, @Nullable String formatString, boolean date1904) {
    if (formatString != null
        && DateUtil.isADateFormat(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      try {
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904, true);
        if (t != null) {
          return text(t);
        }
      } catch (RuntimeException e) {
        // a serial beyond the calendar: read as the number it is, and rejected as a date
      }
    }
    return NumberToTextConverter.toText(value);
  }

  /**
   * "yyyy-MM-dd HH:mm:ss", the ISO form the row converter parses without a formatter (years 1000 to
   * 9999, whole seconds: every date cell rounded to the second); {@code toString()} otherwise.
   */
  static String text(LocalDateTime t) {
    int y = t.getYear();
    if (y < 1000 || y > 9999 || t.getNano() != 0) {
      return t.toString();
    }
    char[] c = new char[19];
    digits(c, 0, y, 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = ' ';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
