package io.github.cchc.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every day of 2010-2019 against the days off and the weekend days worked that the sources of issue
 * 22 give, written here as lists of days (not read from the shipped CSV files): Công văn
 * 6519/VPCP-KGVX ngày 11/7/2018 (2019 and 31/12/2018), Thông báo 573/TB-VPCP ngày 14/12/2017
 * (2018), Công văn 9794/VPCP-KGVX ngày 14/11/2016 (Tết 2017), Thông báo 4659/TB-LĐTBXH ngày
 * 13/11/2015 (2016), the Ministry's 2015 notice as the press gave it, Công văn 9570/VPCP-KGVX ngày
 * 23/11/2012 (2013 and 31/12/2012), Công văn 10525/VPCP-KGVX ngày 12/12/2013 (2014), the press
 * reports of the Prime Minister's decisions for 2010, 2011 and 2012 (Công văn 9529/VPCP-KGVX,
 * 9197/VPCP-KGVX); the python holidays library (its list of special days) agrees on the swaps it
 * has.
 */
class OfficialSchedules2010To2019Test {
  private static final WorkingCalendar CAL = WorkingCalendar.official();

  /** Weekdays off (holidays, nghỉ bù, swapped days) per year, as "dd/MM". */
  private static final Map<Integer, String> WEEKDAYS_OFF =
      Map.of(
          2010, "01/01 15/02 16/02 17/02 18/02 19/02 23/04 30/04 03/05 02/09",
          2011, "03/01 31/01 01/02 02/02 03/02 04/02 07/02 11/04 12/04 02/05 03/05 02/09",
          2012, "02/01 23/01 24/01 25/01 26/01 27/01 02/04 30/04 01/05 03/09 31/12",
          2013, "01/01 11/02 12/02 13/02 14/02 15/02 19/04 29/04 30/04 01/05 02/09",
          2014,
              "01/01 28/01 29/01 30/01 31/01 03/02 04/02 05/02 09/04 30/04 01/05 02/05 01/09 02/09",
          2015, "01/01 02/01 16/02 17/02 18/02 19/02 20/02 23/02 28/04 29/04 30/04 01/05 02/09",
          2016, "01/01 08/02 09/02 10/02 11/02 12/02 18/04 02/05 03/05 02/09",
          2017, "02/01 26/01 27/01 30/01 31/01 01/02 06/04 01/05 02/05 04/09",
          2018, "01/01 14/02 15/02 16/02 19/02 20/02 25/04 30/04 01/05 03/09 31/12",
          2019, "01/01 04/02 05/02 06/02 07/02 08/02 15/04 29/04 30/04 01/05 02/09");

  /** Saturdays and Sundays worked (làm bù) per year. */
  private static final Map<Integer, String> WEEKEND_DAYS_WORKED =
      Map.of(
          2010, "27/02",
          2011, "29/01 30/01 09/04",
          2012, "04/02",
          2013, "05/01 23/02 04/05",
          2014, "25/01 08/02 26/04 06/09 27/12",
          2015, "14/02 25/04",
          2016, "",
          2017, "",
          2018, "",
          2019, "05/01 04/05");

  private static Set<LocalDate> days(int year, String text) {
    return Stream.of(text.split(" "))
        .filter(s -> !s.isEmpty())
        .map(
            s ->
                LocalDate.of(
                    year, Integer.parseInt(s.substring(3, 5)), Integer.parseInt(s.substring(0, 2))))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @ParameterizedTest
  @ValueSource(ints = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019})
  void everyDayOfTheYearAsTheSourcesSay(int year) {
    Set<LocalDate> off = days(year, WEEKDAYS_OFF.get(year));
    Set<LocalDate> worked = days(year, WEEKEND_DAYS_WORKED.get(year));
    assertThat(off).noneMatch(OfficialSchedules2010To2019Test::weekend);
    assertThat(worked).allMatch(OfficialSchedules2010To2019Test::weekend);
    List<String> wrong = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean expected = weekend(d) ? worked.contains(d) : !off.contains(d);
      if (CAL.isWorkingDay(d) != expected) {
        wrong.add(d + (expected ? " should be a working day" : " should be a day off"));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(CAL.scheduleOrigin(year)).isEqualTo(ScheduleOrigin.OFFICIAL);
  }

  @ParameterizedTest
  @ValueSource(ints = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019})
  void everySwapIsAPairOfADayOffAndAWeekendDayWorked(int year) {
    long swappedOff =
        CAL.entries(year).stream().filter(e -> e.name().startsWith("Hoán đổi")).count();
    long madeUp =
        CAL.entries(year).stream().filter(e -> e.kind() == DayKind.MAKEUP_WORKDAY).count();
    // Swaps across the new year: 31/12/2012 with 05/01/2013, 02/01/2015 with 27/12/2014,
    // 31/12/2018 with 05/01/2019.
    long across =
        switch (year) {
          case 2012, 2015, 2018 -> 1;
          case 2013, 2014, 2019 -> -1;
          default -> 0;
        };
    assertThat(swappedOff - madeUp).isEqualTo(across);
  }

  @ParameterizedTest
  @ValueSource(ints = {2014, 2018})
  void theSwapsOfTheIssue(int year) {
    if (year == 2014) {
      // New Year 2015: Saturday 27/12/2014 worked for Friday 02/01/2015.
      assertThat(CAL.isWorkingDay(LocalDate.of(2014, 12, 27))).isTrue();
      assertThat(CAL.isWorkingDay(LocalDate.of(2015, 1, 2))).isFalse();
    } else {
      assertThat(CAL.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
      assertThat(CAL.isWorkingDay(LocalDate.of(2019, 1, 5))).isTrue();
      assertThat(CAL.isWorkingDay(LocalDate.of(2019, 4, 29))).isFalse();
      assertThat(CAL.isWorkingDay(LocalDate.of(2019, 5, 4))).isTrue();
      assertThat(CAL.entries(2019))
          .filteredOn(e -> e.kind() == DayKind.MAKEUP_WORKDAY)
          .allSatisfy(
              e -> assertThat(e.source()).isEqualTo("Công văn 6519/VPCP-KGVX ngày 11/7/2018"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2010, 2011, 2012, 2013})
  void rulesBefore2014HaveFourTetDays(int year) {
    assertThat(
            StatutoryHolidays.forYear(year).stream()
                .filter(e -> e.name().equals("Tết Nguyên đán"))
                .map(CalendarEntry::date))
        .hasSize(4)
        .first()
        .isEqualTo(VietnameseLunarDate.tet(year).minusDays(1));
    assertThat(StatutoryHolidays.forYear(year))
        .allSatisfy(e -> assertThat(e.source()).contains("Bộ luật Lao động"));
  }
}
