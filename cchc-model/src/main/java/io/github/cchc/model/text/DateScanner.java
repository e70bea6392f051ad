package io.github.cchc.model.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Vietnamese date at an offset of NFC text: "29/12/2023", "ngày 15/7/2021", "ngày 17
 * tháng 01 năm 2020", and, when blanks are allowed, "ngày tháng 02 năm 2024". Never throws: on
 * failure it records the offset and the reason.
 */
final class DateScanner {
  private final String text;
  private int pos;
  private int errorIndex = -1;
  private String reason = "";

  DateScanner(String nfcText, int start) {
    this.text = nfcText;
    this.pos = start;
  }

  int position() {
    return pos;
  }

  int errorIndex() {
    return errorIndex;
  }

  String reason() {
    return reason;
  }

  private @Nullable PartialDate fail(int at, String why) {
    if (errorIndex < 0) {
      errorIndex = at;
      reason = why;
    }
    return null;
  }

  /** Reads a date; {@code allowBlank} admits a blank day or month (a draft's date line). */
  @Nullable PartialDate scan(boolean allowBlank) {
    int start = pos;
    boolean ngay = keyword("ngay");
    if (ngay) {
      skipSpaces();
    }
    int dayStart = pos;
    int day = digits(2);
    if (day >= 0 && peek() == '/') {
      return numeric(dayStart, day);
    }
    if (day >= 0) {
      skipSpaces();
    } else if (!ngay || !allowBlank) {
      return fail(pos, ngay ? "day expected after \"ngày\"" : "date expected");
    }
    if (!keyword("thang")) {
      return fail(pos, "\"tháng\" expected");
    }
    skipSpaces();
    int monthStart = pos;
    int month = digits(2);
    if (month < 0 && (!allowBlank || day >= 0)) {
      return fail(pos, "month expected after \"tháng\"");
    }
    if (month >= 0) {
      skipSpaces();
    }
    if (!keyword("nam")) {
      return fail(pos, "\"năm\" expected");
    }
    skipSpaces();
    int yearStart = pos;
    int year = digits(4);
    if (year < 0 || pos - yearStart != 4) {
      return fail(yearStart, "four-digit year expected after \"năm\"");
    }
    if (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
      return fail(pos, "end of date expected after the year");
    }
    PartialDate result = build(year, yearStart, month, monthStart, day, dayStart);
    if (result == null) {
      pos = start;
    }
    return result;
  }

  private @Nullable PartialDate numeric(int dayStart, int day) {
    pos++; // '/'
    int monthStart = pos;
    int month = digits(2);
    if (month < 0 || peek() != '/') {
      return fail(pos, "month and '/' expected in a dd/mm/yyyy date");
    }
    pos++;
    int yearStart = pos;
    int year = digits(4);
    if (year < 0 || pos - yearStart != 4) {
      return fail(yearStart, "four-digit year expected in a dd/mm/yyyy date");
    }
    if (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '/') {
        return fail(pos, "end of date expected after the year");
      }
    }
    return build(year, yearStart, month, monthStart, day, dayStart);
  }

  private @Nullable PartialDate build(
      int year, int yearStart, int month, int monthStart, int day, int dayStart) {
    if (year < 1) {
      return fail(yearStart, "year " + year + " is not between 1 and 9999");
    }
    if (month >= 0 && (month < 1 || month > 12)) {
      return fail(monthStart, "month " + month + " is not between 1 and 12");
    }
    if (day >= 0) {
      int length = YearMonth.of(year, month).lengthOfMonth();
      if (day < 1 || day > length) {
        return fail(
            dayStart,
            "day " + day + " is not between 1 and " + length + " in " + month + "/" + year);
      }
      try {
        return PartialDate.of(LocalDate.of(year, month, day));
      } catch (DateTimeException e) {
        return fail(dayStart, e.getMessage());
      }
    }
    return month >= 0 ? PartialDate.ofYearMonth(year, month) : PartialDate.ofYear(year);
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private int digits(int max) {
    int start = pos;
    int value = 0;
    while (pos < text.length() && pos - start < max + 1) {
      char c = text.charAt(pos);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      pos++;
    }
    if (pos == start) {
      return -1;
    }
    if (pos - start > max) {
      pos = start;
      return -1;
    }
    return value;
  }

  private boolean keyword(String word) {
    int end = pos + word.length();
    if (end <= text.length() && foldedMatch(word)) {
      if (end == text.length() || !Character.isLetter(text.charAt(end))) {
        pos = end;
        return true;
      }
    }
    return false;
  }

  private boolean foldedMatch(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (VietnameseText.foldChar(text.charAt(pos + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))
        || pos < text.length() && text.charAt(pos) == '\u00a0') {
      pos++;
    }
  }
}
