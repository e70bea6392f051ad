package io.github.cchc.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.model.CchcParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {
  private static final OfficeHours SEVEN_THIRTY =
      OfficeHours.parse("07:30-11:30,13:30-17:00").withSaturdayReception("07:30-11:30");
  private static final WorkingCalendar CAL =
      WorkingCalendar.builder().officeHours(SEVEN_THIRTY).build();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
  }

  @Test
  void standardHoursAreTheDefault() {
    assertThat(WorkingCalendar.official().officeHours()).isEqualTo(OfficeHours.standard());
    assertThat(OfficeHours.standard()).hasToString("08:00-12:00,13:00-17:00");
    assertThat(OfficeHours.standard().workingDayLength()).isEqualTo(Duration.ofHours(8));
    assertThat(OfficeHours.standard().hasSaturdayReception()).isFalse();
  }

  @Test
  void aProfileOfACentreOpenAtSevenThirtyAndOnSaturdayMorning() {
    assertThat(SEVEN_THIRTY).hasToString("07:30-11:30,13:30-17:00; Saturday 07:30-11:30");
    assertThat(SEVEN_THIRTY.workingDayLength()).isEqualTo(Duration.ofMinutes(450));
    assertThat(SEVEN_THIRTY.opening()).isEqualTo(LocalTime.of(7, 30));
    assertThat(CAL.officeHours()).isEqualTo(SEVEN_THIRTY);
    assertThat(CAL.workingDayLength()).isEqualTo(Duration.ofMinutes(450));
    // "02 giờ làm việc" from Monday 11/03/2024 10:30: 1 h to 11:30, 1 h from 13:30.
    assertThat(CAL.plusWorkingTime(at("2024-03-11T10:30"), Duration.ofHours(2)))
        .isEqualTo(at("2024-03-11T14:30"));
    assertThat(
            WorkingCalendar.official().plusWorkingTime(at("2024-03-11T10:30"), Duration.ofHours(2)))
        .isEqualTo(at("2024-03-11T13:30"));
    assertThat(CAL.isWorkingTime(at("2024-03-11T07:45"))).isTrue();
    assertThat(WorkingCalendar.official().isWorkingTime(at("2024-03-11T07:45"))).isFalse();
  }

  @Test
  void saturdayReceptionCountsOnTheSaturdayWithoutMakingItAWorkingDay() {
    // Saturday 05/07/2025 09:00, 1 working day: the limit starts Sunday, ends Monday 07/07.
    assertThat(CAL.dueDate(at("2025-07-05T09:00"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 7));
    assertThat(CAL.isWorkingDay(LocalDate.of(2025, 7, 5))).isFalse();
    // After the Saturday reception, and without it: counts from Monday, ends Tuesday 08/07.
    assertThat(CAL.dueDate(at("2025-07-05T14:00"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 8));
    assertThat(
            WorkingCalendar.official()
                .dueDate(at("2025-07-05T09:00"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 8));
    // Saturday 01/02/2025 closes the Tết Ất Tỵ block: received that morning, 1 day ends Monday.
    assertThat(CAL.dueDate(at("2025-02-01T09:00"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 2, 3));
  }

  @Test
  void theCloseOfTheDayFollowsTheHours() {
    WorkingCalendar early =
        WorkingCalendar.builder().officeHours(OfficeHours.parse("07:00-11:00,13:00-16:30")).build();
    // Tuesday 01/07/2025 16:45 is after the close (Nghị định 118/2025): counts from 02/07.
    assertThat(early.dueDateTime(at("2025-07-01T16:45"), 1, DeadlinePolicy.standard()))
        .hasToString("2025-07-03T16:30+07:00[Asia/Ho_Chi_Minh]");
    assertThat(
            WorkingCalendar.official()
                .dueDateTime(at("2025-07-01T16:45"), 1, DeadlinePolicy.standard()))
        .hasToString("2025-07-02T17:00+07:00[Asia/Ho_Chi_Minh]");
  }

  @Test
  void badHoursAreRejectedWithOffsetAndReason() {
    assertThatThrownBy(() -> OfficeHours.parse("07:30-11:30,13:30"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("period must be HH:mm-HH:mm");
    assertThatThrownBy(() -> OfficeHours.parse("7h30-11:30"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("time must be HH:mm");
    assertThatThrownBy(() -> OfficeHours.parse("11:30-07:30"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> OfficeHours.parse("07:30-12:00,11:30-17:00"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> OfficeHours.parse(" "))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("office hours expected");
  }

  /** Formatting then parsing gives the same hours, for any increasing list of minute marks. */
  @Test
  void parseOfToStringIsTheSameHours() {
    qt().forAll(lists().of(integers().between(0, 24 * 60 - 1)).ofSizeBetween(2, 8))
        .checkAssert(
            minutes -> {
              List<Integer> marks = List.copyOf(new TreeSet<>(minutes));
              if (marks.size() < 2) {
                return;
              }
              StringBuilder text = new StringBuilder();
              for (int i = 0; i + 1 < marks.size(); i += 2) {
                text.append(text.length() == 0 ? "" : ",")
                    .append(LocalTime.of(marks.get(i) / 60, marks.get(i) % 60))
                    .append('-')
                    .append(LocalTime.of(marks.get(i + 1) / 60, marks.get(i + 1) % 60));
              }
              OfficeHours h = OfficeHours.parse(text);
              assertThat(h).hasToString(text.toString());
              assertThat(OfficeHours.parse(h.toString())).isEqualTo(h);
              OfficeHours withSaturday = h.withSaturdayReception(text);
              String s = withSaturday.toString();
              assertThat(
                      OfficeHours.parse(s.substring(0, s.indexOf(';')))
                          .withSaturdayReception(s.substring(s.indexOf("Saturday ") + 9)))
                  .isEqualTo(withSaturday);
            });
  }
}
