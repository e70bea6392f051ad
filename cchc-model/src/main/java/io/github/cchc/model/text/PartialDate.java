package io.github.cchc.model.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A date whose day, or day and month, may be left blank: the date line of an unsigned draft reads
 * "ngày tháng 02 năm 2024" until the document is signed.
 *
 * <p>{@link #format()} writes the Vietnamese form, {@link #toString()} an ISO-8601 form
 * ("2024-02-05", "2024-02", "2024"); {@link #parse(CharSequence)} reads both, so either
 * round-trips. JSON uses the ISO form.
 *
 * <pre>{@code
 * PartialDate draft = PartialDate.parse("ngày tháng 02 năm 2024");
 * draft.isComplete();            // false
 * draft.toString();              // "2024-02"
 * draft.format();                // "ngày tháng 02 năm 2024"
 * PartialDate.parse("ngày 05 tháng 02 năm 2024").toLocalDate(); // Optional[2024-02-05]
 * }</pre>
 */
@Value.Immutable
public abstract class PartialDate implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  PartialDate() {}

  /** Returns the year. */
  public abstract int year();

  /** Returns the month (1 to 12), or empty when it is left blank. */
  public abstract OptionalInt month();

  /** Returns the day of month, or empty when it is left blank. */
  public abstract OptionalInt day();

  /**
   * Returns a complete date.
   *
   * @param date the date
   * @return the partial date with every field set
   */
  public static PartialDate of(LocalDate date) {
    return builder()
        .year(date.getYear())
        .month(date.getMonthValue())
        .day(date.getDayOfMonth())
        .build();
  }

  /**
   * Returns a date with a blank day.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the partial date
   */
  public static PartialDate ofYearMonth(int year, int month) {
    return builder().year(year).month(month).build();
  }

  /**
   * Returns a date with a blank day and month.
   *
   * @param year the year
   * @return the partial date
   */
  public static PartialDate ofYear(int year) {
    return builder().year(year).build();
  }

  /** Returns a new builder. */
  public static PartialDateBuilder builder() {
    return new PartialDateBuilder();
  }

  /**
   * Parses "ngày 05 tháng 02 năm 2024", "ngày tháng 02 năm 2024", "05/02/2024" or an ISO form
   * ("2024-02-05", "2024-02", "2024").
   *
   * @param text the text
   * @return the partial date
   * @throws CchcParseException if the text is not one such date
   */
  @JsonCreator
  public static PartialDate parse(CharSequence text) {
    String s = VietnameseText.nfc(text).strip();
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      try {
        int year = Integer.parseInt(iso.group(1));
        if (iso.group(3) != null) {
          return of(LocalDate.parse(s));
        }
        if (iso.group(2) != null) {
          return of(YearMonth.of(year, Integer.parseInt(iso.group(2))));
        }
        return ofYear(year);
      } catch (java.time.DateTimeException e) {
        throw new CchcParseException(text, 0, "invalid ISO date: " + e.getMessage(), e);
      }
    }
    return parseStrict(text, true);
  }

  private static PartialDate of(YearMonth ym) {
    return ofYearMonth(ym.getYear(), ym.getMonthValue());
  }

  static PartialDate parseStrict(CharSequence text, boolean allowBlank) {
    String nfc = VietnameseText.nfc(text);
    int start = 0;
    while (start < nfc.length() && Character.isWhitespace(nfc.charAt(start))) {
      start++;
    }
    DateScanner scanner = new DateScanner(nfc, start);
    PartialDate date = scanner.scan(allowBlank);
    if (date == null) {
      throw new CchcParseException(nfc, Math.max(0, scanner.errorIndex()), scanner.reason());
    }
    int end = scanner.position();
    if (!nfc.substring(end).isBlank()) {
      throw new CchcParseException(nfc, end, "unexpected text after the date");
    }
    return date;
  }

  /** Tells whether day and month are both given. */
  public boolean isComplete() {
    return day().isPresent();
  }

  /** Returns the date when it is complete. */
  public Optional<LocalDate> toLocalDate() {
    return isComplete()
        ? Optional.of(LocalDate.of(year(), month().getAsInt(), day().getAsInt()))
        : Optional.empty();
  }

  /**
   * Formats in the official words: "ngày 05 tháng 02 năm 2024", "ngày tháng 02 năm 2024", "ngày
   * tháng năm 2024" (one space stands for each blank).
   *
   * @return the Vietnamese form
   */
  public String format() {
    StringBuilder sb = new StringBuilder("ngày ");
    if (day().isPresent()) {
      sb.append(VietnameseDates.day(day().getAsInt())).append(' ');
    }
    sb.append("tháng ");
    if (month().isPresent()) {
      sb.append(VietnameseDates.month(month().getAsInt())).append(' ');
    }
    return sb.append("năm ").append(String.format("%04d", year())).toString();
  }

  /** Returns the ISO-8601 form: "2024-02-05", "2024-02" or "2024". */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format("%04d", year()));
    month().ifPresent(m -> sb.append(String.format("-%02d", m)));
    day().ifPresent(d -> sb.append(String.format("-%02d", d)));
    return sb.toString();
  }

  /** Orders by year, then month, then day; a blank sorts before any value. */
  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year(), other.year());
    if (c == 0) {
      c = Integer.compare(month().orElse(0), other.month().orElse(0));
    }
    return c != 0 ? c : Integer.compare(day().orElse(0), other.day().orElse(0));
  }

  @Value.Check
  void check() {
    if (year() < 1 || year() > 9999) {
      throw new IllegalStateException("year " + year() + " is not between 1 and 9999");
    }
    if (day().isPresent() && month().isEmpty()) {
      throw new IllegalStateException("a day needs a month");
    }
    if (month().isPresent()) {
      int m = month().getAsInt();
      if (m < 1 || m > 12) {
        throw new IllegalStateException("month " + m + " is not between 1 and 12");
      }
      if (day().isPresent()) {
        int d = day().getAsInt();
        int length = YearMonth.of(year(), m).lengthOfMonth();
        if (d < 1 || d > length) {
          throw new IllegalStateException("day " + d + " is not between 1 and " + length);
        }
      }
    }
  }
}
