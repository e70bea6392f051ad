package io.github.cchc.indicators.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cchc.model.CchcParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {
  @Test
  void officialPeriodsOfNghiDinh09Of2019() {
    ReportingCalendar o = ReportingCalendar.official();
    assertThat(o.quarter(2024, 1).start()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(o.quarter(2024, 1).endInclusive()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(o.sixMonths(2024).endInclusive()).isEqualTo(LocalDate.of(2024, 6, 14));
    assertThat(o.nineMonths(2024).endInclusive()).isEqualTo(LocalDate.of(2024, 9, 14));
    assertThat(o.year(2024).start()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(o.year(2024).endInclusive()).isEqualTo(LocalDate.of(2024, 12, 14));
    assertThat(o.quarter(2024, 1).vietnamese()).isEqualTo("quý I/2024");
  }

  @Test
  void lamDongFirstQuarterOf2020RunsFromDecemberToFebruary() {
    ReportingPeriod q1 = ReportingCalendar.of(-1, 1).quarter(2020, 1);
    assertThat(q1.start()).isEqualTo(LocalDate.of(2019, 12, 1));
    assertThat(q1.endInclusive()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void calendarPeriodsAndLabelsRoundTrip() {
    ReportingCalendar c = ReportingCalendar.calendar();
    for (String label :
        new String[] {
          "2024", "2024-Q3", "2024-06", "2024-H1", "2024-9M", "2024-01-01/2024-02-01"
        }) {
      assertThat(c.parse(label).label()).isEqualTo(label);
    }
    assertThat(c.parse("2024-06").vietnamese()).isEqualTo("tháng 6/2024");
    assertThat(c.parse("2024-9M").vietnamese()).isEqualTo("9 tháng năm 2024");
    assertThat(c.parse("2024-01-01/2024-02-01").vietnamese())
        .isEqualTo("từ 01/01/2024 đến 31/01/2024");
    assertThat(c.year(2024).contains(LocalDateTime.of(2024, 12, 31, 23, 59))).isTrue();
    assertThat(c.year(2024).isOverAt(LocalDateTime.of(2025, 1, 1, 0, 0))).isTrue();
    assertThatThrownBy(() -> c.parse("quý 1")).isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> ReportingCalendar.of(0, 29))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDayLiesInThePeriodOfItsReportingMonth() {
    ReportingCalendar[] calendars = {
      ReportingCalendar.calendar(),
      ReportingCalendar.official(),
      ReportingCalendar.of(-1, 1),
      ReportingCalendar.of(1, 10)
    };
    qt().forAll(integers().between(0, 3), integers().between(0, 20_000))
        .check(
            (c, offset) -> {
              ReportingCalendar cal = calendars[c];
              LocalDate day = LocalDate.of(2000, 1, 1).plusDays(offset);
              YearMonth m = cal.reportingMonthOf(day);
              return cal.month(m.getYear(), m.getMonthValue()).contains(day)
                  && cal.quarter(m.getYear(), (m.getMonthValue() + 2) / 3).contains(day)
                  && cal.year(m.getYear()).contains(day);
            });
  }

  @Test
  void labelsRoundTripForEveryYearOneToNineThousandNineHundredNinetyNine() {
    ReportingCalendar[] calendars = {ReportingCalendar.calendar(), ReportingCalendar.official()};
    qt().forAll(integers().between(0, 1), integers().between(1, 9999), integers().between(1, 12))
        .checkAssert(
            (c, year, month) -> {
              ReportingCalendar cal = calendars[c];
              for (ReportingPeriod p :
                  new ReportingPeriod[] {
                    cal.year(year),
                    cal.quarter(year, (month + 2) / 3),
                    cal.month(year, month),
                    cal.sixMonths(year),
                    cal.nineMonths(year)
                  }) {
                assertThat(cal.parse(p.label())).isEqualTo(p);
              }
            });
    assertThat(ReportingCalendar.calendar().year(999).label()).isEqualTo("0999");
  }

  @Test
  void aYearOutsideOneToNineThousandNineHundredNinetyNineIsRefusedWithItsValue() {
    assertThatThrownBy(() -> ReportingCalendar.official().year(Integer.MAX_VALUE))
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessage("year 2147483647 is not between 1 and 9999");
  }
}
