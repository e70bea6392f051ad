package io.github.cchc.indicators.calendar;

/**
 * The kind of an entry of a yearly schedule: a statutory holiday, another day off, or a Saturday
 * that becomes a working day.
 *
 * <pre>{@code
 * DayKind.valueOf("MAKEUP_WORKDAY").isWorkingDay(); // true
 * }</pre>
 */
public enum DayKind {
  /**
   * A public holiday of Bộ luật Lao động 2019 Điều 112 khoản 1 (Tết Dương lịch, Tết Nguyên đán, Giỗ
   * Tổ Hùng Vương, 30/4, 1/5, Quốc khánh and its second day), listed even when it falls on a
   * weekend.
   */
  HOLIDAY,
  /**
   * Another day off: a compensatory day (nghỉ bù, Bộ luật Lao động 2019 Điều 111 khoản 3), a day
   * taken off in a swap (hoán đổi ngày làm việc), or an agency's own closure.
   */
  DAY_OFF,
  /** A Saturday worked in exchange for a day off (làm bù), announced in the yearly schedule. */
  MAKEUP_WORKDAY;

  /** Returns whether a day of this kind is a working day. */
  public boolean isWorkingDay() {
    return this == MAKEUP_WORKDAY;
  }
}
