package io.github.cchc.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.CchcParseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.Interval;

class WorkingCalendarTest {
  private final WorkingCalendar cal = WorkingCalendar.official();

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WorkingCalendarTest.class.getResource(name).toURI());
  }

  /** Every day of 2024, 2025 and 2026 against the blocks of DOMAIN.md section 2. */
  @ParameterizedTest(name = "official schedule {0}, day by day")
  @ValueSource(ints = {2024, 2025, 2026})
  void officialScheduleDayByDay(int year) throws IOException {
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> makeup = new HashSet<>();
    try (InputStream in =
        getClass().getResourceAsStream("civil-servant-days-off-2024-2026-domain-section-2.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("from")) {
          continue;
        }
        String[] f = line.split(",");
        for (LocalDate d = LocalDate.parse(f[0]);
            !d.isAfter(LocalDate.parse(f[1]));
            d = d.plusDays(1)) {
          (f[2].equals("OFF") ? off : makeup).add(d);
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    int workingDays = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      boolean expected = makeup.contains(d) || (!weekend && !off.contains(d));
      if (cal.isWorkingDay(d) != expected) {
        wrong.add(d + " expected " + (expected ? "working" : "off"));
      }
      workingDays += expected ? 1 : 0;
    }
    assertThat(wrong).isEmpty();
    assertThat(cal.scheduleOrigin(year)).isEqualTo(ScheduleOrigin.OFFICIAL);
    assertThat(cal.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
        .isEqualTo(workingDays);
  }

  @Test
  void tetGiapThin2024AndTheMakeUpSaturday() {
    assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 7))).isTrue();
    for (int day = 8; day <= 14; day++) {
      assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, day))).as("Feb %d", day).isFalse();
    }
    assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
    assertThat(LocalDate.of(2024, 5, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(cal.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
    assertThat(cal.entries(2024))
        .filteredOn(e -> e.kind() == DayKind.MAKEUP_WORKDAY)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 4));
              assertThat(e.source()).isEqualTo("Công văn 2450/VPCP-KGVX ngày 12/4/2024");
            });
  }

  @Test
  void everyShippedRowCitesItsSource() {
    for (int year = 2010; year <= 2019; year++) {
      assertThat(cal.scheduleOrigin(year)).isEqualTo(ScheduleOrigin.OFFICIAL);
      assertThat(cal.entries(year))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }
    for (int year = 2020; year <= 2026; year++) {
      assertThat(cal.entries(year))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.source()).isNotBlank());
      assertThat(cal.entries(year))
          .filteredOn(e -> e.kind() == DayKind.HOLIDAY)
          .hasSize(year == 2020 ? 10 : 11);
    }
    assertThat(cal.entries(2025))
        .filteredOn(e -> e.kind() == DayKind.DAY_OFF)
        .singleElement()
        .satisfies(e -> assertThat(e.source()).contains("6150/TB-BLĐTBXH"));
  }

  /** The fallback rules reproduce every holiday and nghỉ bù of the official schedules 2020-2026. */
  @Test
  void rulesReproduceTheHolidaysAndCompensatoryDaysOf2020To2026() {
    for (int year = 2020; year <= 2026; year++) {
      Set<String> official =
          cal.entries(year).stream()
              .filter(e -> e.kind() == DayKind.HOLIDAY || e.name().startsWith("Nghỉ bù"))
              .map(e -> e.date() + " " + e.kind())
              .collect(Collectors.toSet());
      Set<String> rules =
          StatutoryHolidays.forYear(year).stream()
              .map(e -> e.date() + " " + e.kind())
              .collect(Collectors.toSet());
      assertThat(rules).as("year %d", year).isEqualTo(official);
    }
  }

  @Test
  void aYearWithoutScheduleFallsBackToTheRulesAndSaysSo() {
    assertThat(cal.scheduleOrigin(2027)).isEqualTo(ScheduleOrigin.RULES);
    // Tết Đinh Mùi 2027 is Saturday 6 February: Tết days 4-8/02, nghỉ bù 9-10/02.
    assertThat(cal.entries(2027))
        .filteredOn(e -> e.name().equals("Tết Nguyên đán"))
        .extracting(CalendarEntry::date)
        .containsExactly(
            LocalDate.of(2027, 2, 4),
            LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 6),
            LocalDate.of(2027, 2, 7),
            LocalDate.of(2027, 2, 8));
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
    assertThat(cal.entries(2027)).allSatisfy(e -> assertThat(e.source()).contains("theo quy tắc"));
    WorkingCalendar rulesOnly = WorkingCalendar.builder().officialSchedules(false).build();
    assertThat(rulesOnly.scheduleOrigin(2024)).isEqualTo(ScheduleOrigin.RULES);
    // without the official schedule there is no swap: 29/4/2024 is a working day
    assertThat(rulesOnly.isWorkingDay(LocalDate.of(2024, 4, 29))).isTrue();
  }

  @Test
  void userScheduleFromAFileAndClosuresFromTheBuilder() throws Exception {
    WorkingCalendar own =
        WorkingCalendar.builder()
            .schedule(resource("user-schedule-2027.csv"))
            .closure(
                CalendarEntry.of(
                    LocalDate.of(2025, 3, 14),
                    DayKind.DAY_OFF,
                    "Bảo trì hệ thống một cửa",
                    "Thông báo 12/TB-VP"))
            .build();
    assertThat(own.scheduleOrigin(2027)).isEqualTo(ScheduleOrigin.USER);
    assertThat(own.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue(); // a Saturday làm bù
    assertThat(own.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
    assertThat(own.isWorkingDay(LocalDate.of(2025, 3, 14))).isFalse();
    assertThat(own.scheduleOrigin(2025)).isEqualTo(ScheduleOrigin.OFFICIAL);
    assertThat(own.entries(2025))
        .extracting(CalendarEntry::name)
        .contains("Bảo trì hệ thống một cửa");
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 14))).isTrue();
  }

  @Test
  void badScheduleFileIsRejectedWithLineAndReason() {
    assertThatThrownBy(() -> WorkingCalendar.builder().closures(resource("closures-bad-kind.csv")))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("closures-bad-kind.csv line 2")
        .hasMessageContaining("kind must be HOLIDAY, DAY_OFF or MAKEUP_WORKDAY")
        .hasMessageContaining("CLOSED");
  }

  @Test
  void vietnameseCultureDayIsOptionalAndDated() {
    LocalDate culture2026 = LocalDate.of(2026, 11, 24);
    assertThat(cal.isWorkingDay(culture2026)).isTrue();
    WorkingCalendar withCulture = WorkingCalendar.builder().vietnameseCultureDay(true).build();
    assertThat(withCulture.isWorkingDay(culture2026)).isFalse();
    assertThat(withCulture.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
    assertThat(withCulture.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
    assertThat(withCulture.entries(2026))
        .filteredOn(e -> e.date().equals(culture2026))
        .singleElement()
        .satisfies(e -> assertThat(e.source()).contains("80-NQ/TW"));
  }

  @Test
  void dueDateOfTheIssueExample() {
    // Received Wednesday 07/02/2024 16:30, 5 working days: Tết Giáp Thìn 08-14/02 is skipped.
    assertThat(cal.dueDateTime(at("2024-02-07T16:30"), 5, DeadlinePolicy.standard()))
        .hasToString("2024-02-21T17:00+07:00[Asia/Ho_Chi_Minh]");
  }

  @Test
  void cutOffAndReceiptOnADayOffArePerProcedure() {
    DeadlinePolicy chungThuc = DeadlinePolicy.builder().cutOff(LocalTime.of(15, 0)).build();
    assertThat(cal.dueDate(at("2024-02-07T16:30"), 1, chungThuc))
        .isEqualTo(LocalDate.of(2024, 2, 16));
    assertThat(cal.dueDate(at("2024-02-07T14:59"), 1, chungThuc))
        .isEqualTo(LocalDate.of(2024, 2, 15));
    // Online filing on Sunday 10/03/2024.
    assertThat(cal.dueDate(at("2024-03-10T20:00"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2024, 3, 12));
    DeadlinePolicy asReceived =
        DeadlinePolicy.builder().dayOffReceipt(DayOffReceipt.AS_RECEIVED).build();
    assertThat(cal.dueDate(at("2024-03-10T20:00"), 1, asReceived))
        .isEqualTo(LocalDate.of(2024, 3, 11));
    // "trong ngày": 0 days
    assertThat(cal.dueDate(at("2024-03-10T20:00"), 0, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void citationsName2026NoticeAnd2022Letter() {
    // Tết 16-20/02, Quốc khánh 01-02/09 and the swap 31/08 <-> 22/08 of 2026: Thông báo
    // 9441/TB-BNV of Bộ Nội vụ; Quốc khánh 2022: Công văn 245/VPCP-KGVX.
    assertThat(cal.entries(2026))
        .filteredOn(
            e ->
                e.name().startsWith("Tết Nguyên đán")
                    || e.name().startsWith("Quốc khánh")
                    || e.date().getMonthValue() == 8)
        .hasSize(9)
        .allSatisfy(e -> assertThat(e.source()).contains("Thông báo 9441/TB-BNV ngày 16/10/2025"));
    assertThat(cal.entries(2022))
        .filteredOn(e -> e.name().startsWith("Quốc khánh"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.source()).endsWith("Công văn 245/VPCP-KGVX ngày 11/01/2022"));
    for (int year = 2020; year <= 2026; year++) {
      assertThat(cal.entries(year))
          .as("year %d", year)
          .noneSatisfy(e -> assertThat(e.source()).containsAnyOf("khoảng ngày", "chưa xác minh"));
    }
  }

  @Test
  void receiptAfterCloseNeverGetsAnAppointmentBeforeIt() {
    // Issue 22: Friday 24/01/2025 17:30, "trong ngày"; Tết Ất Tỵ 27-31/01 is off.
    Instant received = at("2025-01-24T17:30");
    assertThat(cal.dueDateTime(received, 0, DeadlinePolicy.standard()))
        .hasToString("2025-02-03T17:00+07:00[Asia/Ho_Chi_Minh]");
    DeadlineAssessment a =
        cal.assess(received, at("2025-01-24T17:45"), 0, DeadlinePolicy.standard(), List.of());
    assertThat(a.status()).isEqualTo(DeadlineStatus.EARLY);
    assertThat(a.workingDaysOff()).isEqualTo(1);
    // Before the close the same day still counts.
    assertThat(cal.dueDate(at("2025-01-24T16:59"), 0, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 1, 24));
  }

  @Test
  void receiptRuleFollowsTheReceiptDay() {
    assertThat(ReceiptRule.forReceipt(LocalDate.of(2025, 6, 30)))
        .isEqualTo(ReceiptRule.ONE_STOP_2018);
    assertThat(ReceiptRule.forReceipt(LocalDate.of(2025, 7, 1)))
        .isEqualTo(ReceiptRule.ONE_STOP_2025);
    // Monday 30/06/2025 17:30 (Nghị định 61/2018): the receipt day counts, 1 day ends Tuesday.
    assertThat(cal.dueDate(at("2025-06-30T17:30"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 1));
    // Tuesday 01/07/2025 17:30 (Nghị định 118/2025): counts from Wednesday, 1 day ends Thursday.
    assertThat(cal.dueDate(at("2025-07-01T17:30"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(cal.effectiveReceiptDate(at("2025-07-01T17:30"), DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 2));
    assertThat(cal.dueDate(at("2025-07-01T16:59"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 2));
    // Friday 04/07/2025 17:00 sharp is after the close: Monday counts, 1 day ends Tuesday 08/07.
    assertThat(cal.dueDate(at("2025-07-04T17:00"), 1, DeadlinePolicy.standard()))
        .isEqualTo(LocalDate.of(2025, 7, 8));
    // A policy can force either rule.
    DeadlinePolicy old = DeadlinePolicy.builder().receiptRule(ReceiptRule.ONE_STOP_2018).build();
    assertThat(cal.dueDate(at("2025-07-01T17:30"), 1, old)).isEqualTo(LocalDate.of(2025, 7, 2));
    DeadlinePolicy current =
        DeadlinePolicy.builder().receiptRule(ReceiptRule.ONE_STOP_2025).build();
    assertThat(cal.dueDate(at("2025-06-30T17:30"), 1, current)).isEqualTo(LocalDate.of(2025, 7, 2));
  }

  @Test
  void minusWorkingTimeSkipsWeekendsAndTet() {
    // Monday 11/03/2024 09:00 back 2 working hours: Friday 08/03 16:00.
    assertThat(cal.minusWorkingTime(at("2024-03-11T09:00"), Duration.ofHours(2)))
        .isEqualTo(at("2024-03-08T16:00"));
    // Thursday 15/02/2024 10:00 back 8 hours: Wednesday 07/02 10:00, Tết Giáp Thìn skipped.
    assertThat(cal.minusWorkingTime(at("2024-02-15T10:00"), Duration.ofHours(8)))
        .isEqualTo(at("2024-02-07T10:00"));
    // Exactly to the opening: stays on that morning.
    assertThat(cal.minusWorkingTime(at("2024-03-11T09:00"), Duration.ofHours(1)))
        .isEqualTo(at("2024-03-11T08:00"));
    // From the evening and from the lunch break.
    assertThat(cal.minusWorkingTime(at("2024-03-11T20:00"), Duration.ofMinutes(30)))
        .isEqualTo(at("2024-03-11T16:30"));
    assertThat(cal.minusWorkingTime(at("2024-03-11T12:30"), Duration.ofMinutes(30)))
        .isEqualTo(at("2024-03-11T11:30"));
    assertThat(cal.minusWorkingTime(at("2024-03-11T12:30"), Duration.ZERO))
        .isEqualTo(at("2024-03-11T12:30"));
    // Pauses over a weekend: their union, clipped, in working time.
    List<Interval> pauses =
        List.of(
            Interval.of(at("2024-03-08T16:00"), at("2024-03-11T09:00")),
            Interval.of(at("2024-03-08T16:30"), at("2024-03-08T18:00")));
    assertThat(cal.workingTimeWithin(pauses, at("2024-03-08T09:00"), at("2024-03-12T10:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(cal.workingTimeWithin(pauses, at("2024-03-08T09:00"), at("2024-03-08T16:30")))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void nextAndPreviousWorkingDay() {
    assertThat(cal.nextWorkingDay(LocalDate.of(2024, 2, 7))).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(cal.previousWorkingDay(LocalDate.of(2024, 2, 15)))
        .isEqualTo(LocalDate.of(2024, 2, 7));
    assertThat(cal.nextWorkingDay(LocalDate.of(2024, 5, 3))).isEqualTo(LocalDate.of(2024, 5, 4));
  }

  @Test
  void workingTimeAndHours() {
    assertThat(cal.isWorkingTime(at("2024-02-07T16:30"))).isTrue();
    assertThat(cal.isWorkingTime(at("2024-02-07T12:30"))).isFalse();
    assertThat(cal.isWorkingTime(at("2024-02-08T09:00"))).isFalse();
    // 16:30 Wed 07/02 to 09:00 Thu 15/02: 30 minutes + 1 hour
    assertThat(cal.workingTimeBetween(at("2024-02-07T16:30"), at("2024-02-15T09:00")))
        .isEqualTo(Duration.ofMinutes(90));
    // "02 giờ làm việc" from 16:30: 30 minutes on 07/02, 90 minutes on 15/02
    assertThat(cal.plusWorkingTime(at("2024-02-07T16:30"), Duration.ofHours(2)))
        .isEqualTo(at("2024-02-15T09:30"));
    assertThat(cal.plusWorkingTime(at("2024-02-07T08:00"), Duration.ofHours(8)))
        .isEqualTo(at("2024-02-07T17:00"));
    assertThat(cal.plusWorkingTime(at("2024-02-07T08:00"), Duration.ofHours(4)))
        .isEqualTo(at("2024-02-07T12:00"));
    assertThat(
            cal.dueInstant(at("2024-02-07T16:30"), Duration.ofHours(2), DeadlinePolicy.standard()))
        .isEqualTo(at("2024-02-15T09:30"));
    assertThat(cal.workingDayLength()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void pausesAreSubtractedAndExtendTheLimit() {
    Instant received = at("2024-03-04T09:00"); // Monday
    Instant finished = at("2024-03-13T10:00"); // Wednesday of the next week
    List<Interval> pauses =
        List.of(Interval.of(at("2024-03-05T08:00"), at("2024-03-07T08:00"))); // 2 working days
    assertThat(cal.workingTimeBetween(received, finished, pauses))
        .isEqualTo(cal.workingTimeBetween(received, finished).minusHours(16));
    DeadlineAssessment without =
        cal.assess(received, finished, 5, DeadlinePolicy.standard(), List.of());
    assertThat(without.due()).hasToString("2024-03-11T17:00+07:00[Asia/Ho_Chi_Minh]");
    assertThat(without.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(without.workingDaysOff()).isEqualTo(2);
    DeadlineAssessment with = cal.assess(received, finished, 5, DeadlinePolicy.standard(), pauses);
    assertThat(with.due()).hasToString("2024-03-13T17:00+07:00[Asia/Ho_Chi_Minh]");
    assertThat(with.status()).isEqualTo(DeadlineStatus.ON_TIME);
    DeadlineAssessment early =
        cal.assess(received, at("2024-03-07T10:00"), 5, DeadlinePolicy.standard(), List.of());
    assertThat(early.status()).isEqualTo(DeadlineStatus.EARLY);
    assertThat(early.workingDaysOff()).isEqualTo(2);
    assertThat(early.status().isOnTime()).isTrue();
  }

  @Test
  void limitsInWorkingHours() {
    Instant received = at("2024-02-07T16:30");
    DeadlineAssessment late =
        cal.assess(
            received,
            at("2024-02-15T11:00"),
            Duration.ofHours(2),
            DeadlinePolicy.standard(),
            List.of());
    assertThat(late.due().toInstant()).isEqualTo(at("2024-02-15T09:30"));
    assertThat(late.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(late.workingTimeOff()).isEqualTo(Duration.ofMinutes(90));
    assertThat(late.workingDaysOff()).isEqualTo(1);
    DeadlineAssessment onTime =
        cal.assess(
            received,
            at("2024-02-15T09:00"),
            Duration.ofHours(2),
            DeadlinePolicy.standard(),
            List.of());
    assertThat(onTime.status()).isEqualTo(DeadlineStatus.ON_TIME);
    DeadlineAssessment early =
        cal.assess(
            received,
            at("2024-02-07T16:45"),
            Duration.ofHours(2),
            DeadlinePolicy.standard(),
            List.of());
    assertThat(early.status()).isEqualTo(DeadlineStatus.EARLY);
    assertThat(early.workingTimeOff()).isEqualTo(Duration.ofMinutes(105));
    // A pause of one working hour moves the end by one working hour.
    DeadlineAssessment paused =
        cal.assess(
            received,
            at("2024-02-15T10:15"),
            Duration.ofHours(2),
            DeadlinePolicy.standard(),
            List.of(Interval.of(at("2024-02-15T08:00"), at("2024-02-15T09:00"))));
    assertThat(paused.due().toInstant()).isEqualTo(at("2024-02-15T10:30"));
    assertThat(paused.status()).isEqualTo(DeadlineStatus.ON_TIME);
    // receipt after the cut-off: the limit starts at the opening of the next working day
    assertThat(
            cal.dueInstant(
                at("2024-03-04T15:30"),
                Duration.ofHours(2),
                DeadlinePolicy.builder().cutOff(LocalTime.of(15, 0)).build()))
        .isEqualTo(at("2024-03-05T10:00"));
  }

  @Test
  void badInputIsRejectedWithValuesAndReasons() {
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2024, 2, 7), -1))
        .isInstanceOfSatisfying(
            CalendarInputException.class,
            e -> {
              assertThat(e.argument()).isEqualTo("days");
              assertThat(e.value()).isEqualTo("-1");
              assertThat(e.reason()).isEqualTo("must not be negative");
            });
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2009, 12, 31)))
        .isInstanceOf(CalendarInputException.class)
        .hasMessageContaining("2009-12-31")
        .hasMessageContaining("outside the supported range 2010-01-01 to 2199-12-31");
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2199, 12, 20), 30))
        .isInstanceOf(CalendarInputException.class)
        .hasMessageContaining("falls outside");
    assertThatThrownBy(
            () ->
                cal.assess(
                    at("2024-02-07T16:30"),
                    at("2024-02-06T10:00"),
                    5,
                    DeadlinePolicy.standard(),
                    List.of()))
        .isInstanceOf(CalendarInputException.class)
        .hasMessageContaining("finished")
        .hasMessageContaining("is before the receipt");
    assertThatThrownBy(() -> cal.workingTimeBetween(at("2024-02-07T16:30"), at("2024-02-07T10:00")))
        .isInstanceOf(CalendarInputException.class);
    assertThatThrownBy(() -> cal.plusWorkingTime(at("2024-02-07T16:30"), Duration.ofHours(-1)))
        .isInstanceOf(CalendarInputException.class)
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> cal.entries(2200)).isInstanceOf(CalendarInputException.class);
    assertThatThrownBy(
            () -> WorkingCalendar.builder().workingPeriod(LocalTime.of(12, 0), LocalTime.of(8, 0)))
        .isInstanceOf(CalendarInputException.class)
        .hasMessageContaining("must be after the start 12:00");
  }
}
