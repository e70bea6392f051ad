package io.github.cchc.indicators.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which dossiers an indicator counts (DOMAIN: the definitions differ between provincial reports and
 * the national index). The choice is explicit and every {@link IndicatorValue} names it.
 *
 * <table>
 *   <caption>What each definition counts</caption>
 *   <tr><th>indicator</th><th>{@link #PROVINCIAL} (default)</th><th>{@link #NATIONAL_766}</th></tr>
 *   <tr><td>on_time</td><td>(trước hạn + đúng hạn) / finished dossiers</td>
 *       <td>(ended or waiting for a supplement on or before the due day, supplement time subtracted,
 *       at most one supplement request; plus open ones within their due day on the tally's day) /
 *       every dossier counted, including open, withdrawn, refused and stopped ones</td></tr>
 *   <tr><td>early</td><td>trước hạn / finished</td>
 *       <td>ended strictly before the due day, as above / every dossier</td></tr>
 *   <tr><td>late</td><td>quá hạn / finished</td><td>every dossier not in time / every dossier</td></tr>
 *   <tr><td>others</td><td colspan="2">the same under both: see {@link Indicator}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Definition.parse("national");  // NATIONAL_766
 * }</pre>
 */
public enum Definition {
  /**
   * The usual provincial report: the on-time rate counts finished dossiers only (e.g. Lâm Đồng,
   * 635.593 / 643.272 = 98,81%).
   */
  PROVINCIAL("provincial"),
  /**
   * The real-time service index of Quyết định 766/QĐ-TTg: every dossier of the period counts,
   * including open, withdrawn, refused and stopped ones; supplement time is subtracted in working
   * time (the working hours of working days of the official calendar, {@link
   * io.github.cchc.indicators.calendar.WorkingCalendar#minusWorkingTime}: a pause over a weekend or
   * Tết takes off only its working hours); more than one supplement request is late.
   */
  NATIONAL_766("national");

  private final String id;

  Definition(String id) {
    this.id = id;
  }

  /** Returns the short id: "provincial" or "national". */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses "provincial" or "national" (or the constant names), ignoring case.
   *
   * @param text the text
   * @return the definition
   * @throws io.github.cchc.model.CchcParseException if the text names no definition
   */
  @JsonCreator
  public static Definition parse(CharSequence text) {
    String s = text.toString().strip();
    for (Definition d : values()) {
      if (d.id.equalsIgnoreCase(s) || d.name().equalsIgnoreCase(s)) {
        return d;
      }
    }
    throw new io.github.cchc.model.CchcParseException(
        text, 0, "definition expected: provincial or national");
  }
}
