package io.github.cchc.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The generator's frozen table agrees with the library's official calendar, day by day. */
class OfficeCalendarTest {
  @Test
  void everyDayOfTheSampleIsClassifiedAsTheLibraryDoes() {
    WorkingCalendar official = WorkingCalendar.official();
    for (LocalDate d = OfficeCalendar.FIRST; !d.isAfter(OfficeCalendar.LAST); d = d.plusDays(1)) {
      assertThat(OfficeCalendar.isWorking(d)).as("%s", d).isEqualTo(official.isWorkingDay(d));
    }
  }

  @Test
  void theYear2024HasTheWorkingDaysOfTheOfficialSchedule() {
    assertThat(new OfficeCalendar().workingDaysOf2024())
        .isEqualTo(
            WorkingCalendar.official()
                .workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
    assertThat(OfficeCalendar.isWorking(LocalDate.of(2024, 5, 4))).isTrue(); // làm bù
    assertThat(OfficeCalendar.isWorking(LocalDate.of(2024, 2, 13))).isFalse(); // nghỉ bù Tết
  }
}
