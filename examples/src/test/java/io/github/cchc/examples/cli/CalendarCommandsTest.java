package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void lunarPrintsOneCsvRowPerDay() {
    assertThat(run("lunar", "--from", "2023-03-21", "--to", "2023-03-23")).isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly(
            "solar,lunar_day,lunar_month,lunar_year,leap",
            "2023-03-21,30,2,2023,0",
            "2023-03-22,1,2,2023,1",
            "2023-03-23,2,2,2023,1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void lunarWholeRangeOfTheIssue() {
    assertThat(run("lunar", "--from", "1900-01-01", "--to", "2100-12-31")).isEqualTo(Cchc.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(73_414 + 1);
    assertThat(lines).contains("1985-01-21,1,1,1985,0", "2100-12-31,1,12,2100,0");
  }

  @Test
  void lunarOutsideTheRangeIsRejected() {
    assertThat(run("lunar", "--from", "1899-12-31", "--to", "1900-01-02"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("1899-12-31").contains("outside the supported range");
    assertThat(run("lunar", "--from", "2024-01-02", "--to", "2024-01-01"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("is before --from");
  }

  @Test
  void holidays2025() {
    assertThat(run("holidays", "--year", "2025")).isEqualTo(Cchc.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("date,kind,name,source");
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).startsWith("2025-04-26,MAKEUP_WORKDAY,Làm bù cho ngày 02/5,"))
        .anySatisfy(l -> assertThat(l).startsWith("2025-05-02,DAY_OFF,"))
        .anySatisfy(l -> assertThat(l).startsWith("2025-01-29,HOLIDAY,Tết Nguyên đán,"));
    assertThat(lines).hasSize(1 + 11 + 2);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void holidaysOfAYearWithoutScheduleSayItOnStderr() {
    assertThat(run("holidays", "--year", "2027", "--culture-day")).isEqualTo(Cchc.OK);
    assertThat(out.toString()).contains("2027-02-06,HOLIDAY,Tết Nguyên đán,");
    assertThat(out.toString()).contains("2027-11-24,HOLIDAY,Ngày Văn hóa Việt Nam,");
    assertThat(err.toString()).contains("no official schedule for 2027");
  }

  @Test
  void holidaysOutsideTheRangeIsRejected() {
    assertThat(run("holidays", "--year", "2200")).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("--year 2200").contains("outside the supported range");
  }

  @Test
  void holidaysWithAnAgencysClosures(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("closures.csv");
    Files.writeString(
        file, "date,kind,name,source\n2025-03-14,DAY_OFF,Bảo trì hệ thống,Thông báo 12/TB-VP\n");
    assertThat(run("holidays", "--year", "2025", "--closures", file.toString())).isEqualTo(Cchc.OK);
    assertThat(out.toString()).contains("2025-03-14,DAY_OFF,Bảo trì hệ thống,Thông báo 12/TB-VP");
  }

  @Test
  void holidaysRejectsABadScheduleFileWithLineAndReason(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("lich-nghi-2027.csv");
    Files.writeString(file, "date,kind,name,source\n2027-02-31,HOLIDAY,Tết Nguyên đán,TB 1\n");
    assertThat(run("holidays", "--year", "2027", "--schedule", file.toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("lich-nghi-2027.csv line 2").contains("yyyy-MM-dd");
    assertThat(run("holidays", "--year", "2027", "--schedule", tmp.resolve("none.csv").toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("none.csv: no such file");
  }

  @Test
  void dueOfTheIssueExample() {
    assertThat(run("due", "--received", "2024-02-07T16:30", "--days", "5")).isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEqualTo("2024-02-21T17:00+07:00" + System.lineSeparator());
  }

  @Test
  void dueWithFinishSaysLateAndByHowMuch() {
    assertThat(
            run(
                "due",
                "--received",
                "2024-02-07T16:30",
                "--finished",
                "2024-02-23T10:00",
                "--days",
                "5"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly("2024-02-21T17:00+07:00", "LATE by 2 working days");
  }

  @Test
  void dueWithFinishOnTimeAndEarly() {
    assertThat(
            run(
                "due",
                "--received",
                "2024-02-07T16:30",
                "--finished",
                "2024-02-21T16:00+07:00",
                "--days",
                "5"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines()).containsExactly("2024-02-21T17:00+07:00", "ON_TIME");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "due",
                "--received",
                "2024-02-07T16:30",
                "--finished",
                "2024-02-20T09:00",
                "--days",
                "5",
                "--pause",
                "2024-02-15T08:00/2024-02-16T08:00"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly("2024-02-22T17:00+07:00", "EARLY by 2 working days");
  }

  @Test
  void dueInWorkingHours() {
    // "02 giờ làm việc" from 16:30 on 07/02/2024: 30 minutes, then Tết, then 90 minutes on 15/02.
    assertThat(run("due", "--received", "2024-02-07T16:30", "--hours", "2")).isEqualTo(Cchc.OK);
    assertThat(out.toString().lines()).containsExactly("2024-02-15T09:30+07:00");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "due",
                "--received",
                "2024-02-07T16:30",
                "--hours",
                "2",
                "--finished",
                "2024-02-15T11:00"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly("2024-02-15T09:30+07:00", "LATE by PT1H30M working time");
  }

  @Test
  void dueNeedsExactlyOneOfDaysAndHours() {
    assertThat(run("due", "--received", "2024-02-07T16:30")).isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("exactly one of --days and --hours");
  }

  @Test
  void dueRejectsBadInput() {
    assertThat(run("due", "--received", "2024-02-07T16:30", "--days", "-1"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("days -1").contains("must not be negative");
    assertThat(
            run(
                "due",
                "--received",
                "2024-02-07T16:30",
                "--finished",
                "2024-02-06T16:30",
                "--days",
                "5"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("is before the receipt");
    assertThat(run("due", "--received", "07/02/2024", "--days", "5"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("07/02/2024").contains("date-time expected");
  }

  @Test
  void dueAfterTheCloseIsNeverBeforeTheReceipt() {
    assertThat(run("due", "--received", "2025-01-24T17:30", "--days", "0")).isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEqualTo("2025-02-03T17:00+07:00" + System.lineSeparator());
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "due",
                "--received",
                "2025-01-24T17:30",
                "--days",
                "0",
                "--finished",
                "2025-01-24T17:45"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly("2025-02-03T17:00+07:00", "EARLY by 1 working day");
  }

  @Test
  void dueReceiptRuleOption() {
    assertThat(run("due", "--received", "2025-07-01T17:30", "--days", "1")).isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEqualTo("2025-07-03T17:00+07:00" + System.lineSeparator());
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "due",
                "--received",
                "2025-07-01T17:30",
                "--days",
                "1",
                "--receipt-rule",
                "ONE_STOP_2018"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEqualTo("2025-07-02T17:00+07:00" + System.lineSeparator());
    assertThat(run("due", "--received", "2025-07-01T17:30", "--days", "1", "--receipt-rule", "X"))
        .isEqualTo(Cchc.USAGE);
  }

  @Test
  void dueWithTheOfficeHoursOfACentre() {
    assertThat(
            run(
                "due",
                "--received",
                "2025-07-05T09:00",
                "--days",
                "1",
                "--saturday-reception",
                "07:30-11:30"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEqualTo("2025-07-07T17:00+07:00" + System.lineSeparator());
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "due",
                "--received",
                "2025-07-01T16:45",
                "--days",
                "1",
                "--hours-of-work",
                "07:00-11:00,13:00-16:30"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEqualTo("2025-07-03T16:30+07:00" + System.lineSeparator());
    assertThat(
            run("due", "--received", "2025-07-01T16:45", "--days", "1", "--hours-of-work", "8-12"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("time must be HH:mm");
  }

  @Test
  void lunarWithTheRuleOf1955To1967() {
    assertThat(
            run("lunar", "--from", "1965-02-01", "--to", "1965-02-02", "--rule", "UTC8_1955_1967"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly(
            "solar,lunar_day,lunar_month,lunar_year,leap",
            "1965-02-01,30,12,1964,0",
            "1965-02-02,1,1,1965,0");
    out.getBuffer().setLength(0);
    assertThat(run("lunar", "--from", "1965-02-01", "--to", "1965-02-01")).isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly("solar,lunar_day,lunar_month,lunar_year,leap", "1965-02-01,1,1,1965,0");
  }
}
