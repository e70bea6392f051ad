package io.github.cchc.model.text;

import io.github.cchc.model.CchcParseException;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses and formats dates as Vietnamese official documents and running text write them.
 *
 * <p>Accepted forms, with or without the word "ngày" in front and in any case: "29/12/2023",
 * "15/7/2021", "ngày 03/6/2020", "ngày 17 tháng 01 năm 2020", "11 tháng 3 năm 2020". Formatting
 * follows the rule of Nghị định 30/2020/NĐ-CP (Phụ lục I) for the date line, which the seeds also
 * follow in citations: a day below 10 and the months 1 and 2 take a leading zero, other months do
 * not.
 *
 * <pre>{@code
 * VietnameseDates.parse("ngày 17 tháng 01 năm 2020");  // 2020-01-17
 * VietnameseDates.parse("15/7/2021");                  // 2021-07-15
 * VietnameseDates.format(LocalDate.of(2024, 2, 5));    // "05/02/2024"
 * VietnameseDates.format(LocalDate.of(2021, 7, 15));   // "15/7/2021"
 * VietnameseDates.formatLong(LocalDate.of(2024, 2, 5)); // "ngày 05 tháng 02 năm 2024"
 * VietnameseDates.parse("32/13/2023");   // throws CchcParseException at index 3: month 13 ...
 * }</pre>
 */
public final class VietnameseDates {
  private VietnameseDates() {}

  /**
   * Parses a whole text as one date (leading and trailing white space ignored).
   *
   * @param text "29/12/2023", "ngày 15/7/2021", "ngày 17 tháng 01 năm 2020", ...
   * @return the date
   * @throws CchcParseException if {@code text} is not exactly one valid date
   */
  public static LocalDate parse(CharSequence text) {
    PartialDate date = PartialDate.parseStrict(text, false);
    return date.toLocalDate().orElseThrow();
  }

  /**
   * Reads one date starting at {@code position} in {@code text}, as {@link java.text.Format} does:
   * on success the index of {@code position} moves past the date; on failure it stays and the error
   * index is set. Never throws on bad input.
   *
   * @param text NFC text (see {@link VietnameseText#nfc(CharSequence)}); offsets refer to it
   * @param position where to start reading
   * @return the date, or {@code null} if there is no valid complete date at that position
   */
  public static @Nullable LocalDate parse(CharSequence text, ParsePosition position) {
    DateScanner scanner = new DateScanner(text.toString(), position.getIndex());
    PartialDate date = scanner.scan(false);
    Optional<LocalDate> local = date == null ? Optional.empty() : date.toLocalDate();
    if (local.isEmpty()) {
      position.setErrorIndex(Math.max(scanner.errorIndex(), position.getIndex()));
      return null;
    }
    position.setIndex(scanner.position());
    return local.get();
  }

  /**
   * Formats a date as "dd/m/yyyy" with the official leading zeros: "05/02/2024", "15/7/2021",
   * "29/12/2023".
   *
   * @param date the date
   * @return its numeric Vietnamese form
   */
  public static String format(LocalDate date) {
    return day(date.getDayOfMonth())
        + "/"
        + month(date.getMonthValue())
        + "/"
        + String.format("%04d", date.getYear());
  }

  /**
   * Formats a date in words: "ngày 05 tháng 02 năm 2024", "ngày 22 tháng 7 năm 2024".
   *
   * @param date the date
   * @return its long Vietnamese form, as in a date line
   */
  public static String formatLong(LocalDate date) {
    return "ngày "
        + day(date.getDayOfMonth())
        + " tháng "
        + month(date.getMonthValue())
        + " năm "
        + String.format("%04d", date.getYear());
  }

  /** The day of month with the official leading zero below 10. */
  static String day(int day) {
    return day < 10 ? "0" + day : Integer.toString(day);
  }

  /** The month with the official leading zero for January and February only. */
  static String month(int month) {
    return month <= 2 ? "0" + month : Integer.toString(month);
  }
}
