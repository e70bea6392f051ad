package io.github.cchc.indicators.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The holidays of a year derived from the rules alone, for years without an official schedule.
 *
 * <ul>
 *   <li>Before 01/5/2013, Bộ luật Lao động 1994 (amended 2007) Điều 73: Tết Dương lịch, 4 days of
 *       Tết Âm lịch (1 day before Tết and 3 after), Giỗ Tổ Hùng Vương, 30/4, 01/5, Quốc khánh 02/9;
 *       Tết 2013 still had 4 days.
 *   <li>Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 khoản 1, in force 01/01/2021: Tết Dương lịch
 *       01/01; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 01/5; Quốc khánh 02/9 and
 *       one day next to it. Before 2021, Bộ luật Lao động 2012 Điều 115 khoản 1: Quốc khánh 02/9
 *       only.
 *   <li>Khoản 3 lets the Prime Minister fix the actual Tết and Quốc khánh days each year; without
 *       that decision the rules below reproduce every arrangement of 2020 to 2026: the 5 Tết days
 *       start 2 days before Tết (1 day before when that day is a Sunday, so they are Monday to
 *       Friday); the second Quốc khánh day is 03/9 when 02/9 is a Monday or a Thursday, else 01/9.
 *   <li>Điều 111 khoản 3: a holiday on a Saturday or Sunday gives a compensatory day (nghỉ bù) on
 *       the next weekday that is not a holiday (civil servants rest on Saturday and Sunday, Quyết
 *       định 188/1999/QĐ-TTg).
 * </ul>
 */
final class StatutoryHolidays {
  private static final String CODE_2019 = "Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 khoản 1";
  private static final String CODE_2012 = "Bộ luật Lao động 2012 (10/2012/QH13) Điều 115 khoản 1";
  private static final String BU_2019 =
      "Bộ luật Lao động 2019 (45/2019/QH14) Điều 111 khoản 3 (nghỉ bù)";
  private static final String BU_2012 =
      "Bộ luật Lao động 2012 (10/2012/QH13) Điều 115 khoản 3 (nghỉ bù)";
  private static final String CODE_1994 = "Bộ luật Lao động 1994 (sửa đổi năm 2007) Điều 73";
  private static final String BU_1994 =
      "Bộ luật Lao động 1994 (sửa đổi năm 2007) Điều 73 (nghỉ bù)";
  private static final LocalDate CODE_2012_IN_FORCE = LocalDate.of(2013, 5, 1);
  private static final String RULE_NOTE = " (theo quy tắc, chưa có lịch nghỉ chính thức)";

  private StatutoryHolidays() {}

  /** Returns the holidays and compensatory days of a year by the rules, sorted by date. */
  static List<CalendarEntry> forYear(int year) {
    boolean code2019 = year >= 2021;
    TreeMap<LocalDate, CalendarEntry> holidays = new TreeMap<>();
    put(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch", law(year, 1));
    LocalDate tet = VietnameseLunarDate.tet(year);
    if (year <= 2013) {
      for (int i = -1; i < 3; i++) {
        put(holidays, tet.plusDays(i), "Tết Nguyên đán", law(year, 2));
      }
    } else {
      LocalDate first = tet.minusDays(2);
      if (first.getDayOfWeek() == DayOfWeek.SUNDAY) {
        first = tet.minusDays(1);
      }
      for (int i = 0; i < 5; i++) {
        put(holidays, first.plusDays(i), "Tết Nguyên đán", law(year, 2));
      }
    }
    put(
        holidays,
        VietnameseLunarDate.of(year, 3, 10).toLocalDate(),
        "Giỗ Tổ Hùng Vương",
        law(year, 4));
    put(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng", law(year, 4));
    put(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động", law(year, 5));
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    put(holidays, nationalDay, "Quốc khánh", law(year, 9));
    if (code2019) {
      DayOfWeek dow = nationalDay.getDayOfWeek();
      LocalDate second =
          dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY
              ? nationalDay.plusDays(1)
              : nationalDay.minusDays(1);
      put(holidays, second, "Quốc khánh (ngày liền kề)", law(year, 9));
    }
    List<CalendarEntry> result = new ArrayList<>(holidays.values());
    TreeMap<LocalDate, CalendarEntry> compensation = new TreeMap<>();
    for (CalendarEntry h : holidays.values()) {
      if (isWeekend(h.date())) {
        LocalDate d = h.date().plusDays(1);
        while (isWeekend(d) || holidays.containsKey(d) || compensation.containsKey(d)) {
          d = d.plusDays(1);
        }
        compensation.put(
            d,
            CalendarEntry.of(
                d,
                DayKind.DAY_OFF,
                "Nghỉ bù " + baseName(h.name()),
                (code2019 ? BU_2019 : h.date().isBefore(CODE_2012_IN_FORCE) ? BU_1994 : BU_2012)
                    + RULE_NOTE));
      }
    }
    result.addAll(compensation.values());
    result.sort(null);
    return result;
  }

  /** The code in force in a month of a year, with the note that no schedule was found. */
  private static String law(int year, int month) {
    String code =
        year >= 2021
            ? CODE_2019
            : LocalDate.of(year, month, 1).isBefore(CODE_2012_IN_FORCE) ? CODE_1994 : CODE_2012;
    return code + RULE_NOTE;
  }

  private static String baseName(String name) {
    int paren = name.indexOf(" (");
    return paren < 0 ? name : name.substring(0, paren);
  }

  private static void put(
      TreeMap<LocalDate, CalendarEntry> map, LocalDate date, String name, String source) {
    map.putIfAbsent(date, CalendarEntry.of(date, DayKind.HOLIDAY, name, source));
  }

  static boolean isWeekend(LocalDate d) {
    DayOfWeek dow = d.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
