package io.github.cchc.model.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A cited document's date written with hyphens, as documents of the 1980s and 1990s write it:
 * "Quyết định số 212-TC/CĐKT ngày 15-12-1989, 224-TC/CĐKT ngày 18-4-1990, 598-TC/CĐKT ngày
 * 8-12-1990, 1205-TC/CĐKT và 1206-TC/CĐKT ngày 14-12-1994" (Quyết định 1141-TC/QĐ/CĐKT of the Bộ
 * Tài chính, 1995, .doc in TCVN3), "Nghị định số 15/CP ngày 2-3-1993". Read as the date of the
 * citation before it, so that a list whose items each carry such a date goes on past it.
 *
 * <p>The class: "ngày", then a day, a month and a year of four digits joined by hyphens, ending
 * there (no further digit or letter): a valid date. "ngày 15-12" without its year, or a range of
 * days ("ngày 15-16/12"), is not one.
 */
final class HyphenedDate {
  private HyphenedDate() {}

  /** "ngày" (any case), spaces, d-m-yyyy, and nothing of a word right after. */
  private static final Pattern DATE =
      Pattern.compile("(?iu)ngày\\s+(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2})(?![\\p{L}\\d/-])");

  /** The date read at {@code at} in {@code text} and where it ends, or null. */
  record Read(LocalDate date, int end) {}

  static @Nullable Read at(String text, int at) {
    Matcher m = DATE.matcher(text);
    m.region(at, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
      return new Read(d, m.end());
    } catch (DateTimeException notADate) {
      return null;
    }
  }
}
