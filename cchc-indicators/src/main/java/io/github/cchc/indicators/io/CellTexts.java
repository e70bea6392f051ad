package io.github.cchc.indicators.io;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

/**
 * The text of a numeric cell of a workbook, as the row converter reads it: a cell with a date
 * format becomes the ISO-8601 local date-time it shows ({@code 2024-01-02T08:15}; Excel dates have
 * no zone, so they are read as Vietnam's local time, like the dates of a CSV export), any other
 * number its shortest exact text ({@code 12345}, {@code 0.5}), whatever format the cell shows it in
 * — so that "1,234" in one locale and "1.234" in another read alike.
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
          return t.toString();
        }
      } catch (RuntimeException e) {
        // a serial beyond the calendar: read as the number it is, and rejected as a date
      }
    }
    return NumberToTextConverter.toText(value);
  }
}
