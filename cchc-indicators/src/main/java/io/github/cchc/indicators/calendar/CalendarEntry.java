package io.github.cchc.indicators.calendar;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One row of a yearly schedule: a date, its kind, its name and the document that announced it. This
 * is also the row of the CSV files ({@code date,kind,name,source}) the calendar ships and reads.
 *
 * <pre>{@code
 * CalendarEntry e = CalendarEntry.of(LocalDate.of(2024, 5, 4), DayKind.MAKEUP_WORKDAY,
 *     "Làm bù cho ngày 29/4", "Công văn 2450/VPCP-KGVX ngày 12/4/2024");
 * e.kind().isWorkingDay(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class CalendarEntry implements Comparable<CalendarEntry> {
  CalendarEntry() {}

  /** Returns the day. */
  public abstract LocalDate date();

  /** Returns what the day is. */
  public abstract DayKind kind();

  /** Returns the Vietnamese name of the day, such as "Tết Nguyên đán" or "Nghỉ bù Quốc khánh". */
  public abstract String name();

  /** Returns the law or announcing document, such as "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023". */
  public abstract String source();

  /** Returns a new builder. */
  public static CalendarEntryBuilder builder() {
    return new CalendarEntryBuilder();
  }

  /**
   * Returns an entry.
   *
   * @param date the day
   * @param kind what the day is
   * @param name the Vietnamese name of the day
   * @param source the law or announcing document
   * @return the entry
   */
  public static CalendarEntry of(LocalDate date, DayKind kind, String name, String source) {
    return builder().date(date).kind(kind).name(name).source(source).build();
  }

  @Override
  public int compareTo(CalendarEntry other) {
    int c = date().compareTo(other.date());
    return c != 0 ? c : kind().compareTo(other.kind());
  }
}
