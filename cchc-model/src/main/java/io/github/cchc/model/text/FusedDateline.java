package io.github.cchc.model.text;

import java.util.regex.Pattern;

/**
 * A web page's dateline fused with a line of its text, as a stored or copied page gives it: before
 * the line, a date in ISO form with or without the word "date" ("date 2025-11-13 Đồng Nai: …",
 * "date 2020-07 …", "2026-01-20 …") or a date in day/month/year with or without a time ("20/01/2026
 * 15:35 …"); after the line, a date in day/month/year with or without a time to the minute or the
 * second ("… LÀM THƯỚC ĐO 19/01/2026 13:17", "… 12/05/2016 04:00:00"). The readers of headlines and
 * of sentences take it off before they read the line.
 *
 * <pre>{@code
 * FusedDateline.without("date 2025-11-13 Đồng Nai phấn đấu 100% …"); // "Đồng Nai phấn đấu 100% …"
 * FusedDateline.without("… LÀM THƯỚC ĐO 19/01/2026 13:17");           // "… LÀM THƯỚC ĐO"
 * }</pre>
 */
public final class FusedDateline {
  private FusedDateline() {}

  /** A date and time in day/month/year: "19/01/2026", "20/01/2026 15:35", "… 04:00:00". */
  private static final String DAY_MONTH_YEAR =
      "\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?";

  private static final Pattern FUSED =
      Pattern.compile(
          "^(?:(?:date\\s+)?\\d{4}-\\d{2}(?:-\\d{2})?|"
              + DAY_MONTH_YEAR
              + ")\\s+"
              // from the first space of a run only: a long run of spaces costs one pass
              + "|(?<!\\s)\\s+"
              + DAY_MONTH_YEAR
              + "$");

  /**
   * Returns the line without the dateline fused before or after it, stripped.
   *
   * @param line a line of a page's text
   * @return the line without its fused dateline; the line stripped when it has none
   */
  public static String without(String line) {
    return FUSED.matcher(line).replaceAll("").strip();
  }
}
