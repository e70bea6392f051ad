package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.document.DocumentNumber;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.render.MissingLibraryException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract kept over the library's common exception base: each public exception
 * of the library, provoked through its API, is one "cchc: input rejected: ..." line and exit 1 (a
 * missing optional library stays "failed: ..." — a defect of the build, not of the input); and end
 * to end, the subcommands that meet them exit 1 with what, where and why, never a stack trace.
 */
class CchcExceptionsInTheCommandLineTest {
  private static final String CONG_VAN =
      "ỦY BAN NHÂN DÂN\nSố: 5942/UBND-KSTT\nV/v công bố điểm Chỉ số cải cách hành"
          + " chính năm 2020\n\nKính gửi: Các sở, ban, ngành tỉnh\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception:");
    return code;
  }

  private static CchcException provoke(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(CchcException.class);
    return (CchcException) t;
  }

  private static void rejected(CchcException e) {
    assertThat(Failures.describe(e))
        .as(e.getClass().getSimpleName())
        .isEqualTo("input rejected: " + e.getMessage());
  }

  private static Dossier dossier(String agency, LocalDateTime finished) {
    LocalDateTime received = LocalDateTime.of(2024, 1, 5, 8, 30);
    return Dossier.builder()
        .id("H10.01-240105-" + agency.length())
        .procedureCode("1.001234")
        .agency(agency)
        .channel(Channel.ONLINE)
        .received(received)
        .due(received.plusDays(14))
        .finished(finished)
        .build();
  }

  @Test
  void everyExceptionOfTheLibraryIsARejectedInput() {
    rejected(provoke(() -> DocumentNumber.parse("24/KH-")));
    rejected(provoke(() -> dossier("Sở Xây dựng", LocalDateTime.of(2024, 1, 1, 8, 0))));
    rejected(provoke(() -> PlanReader.readText("cong-van.txt", CONG_VAN)));
    rejected(
        provoke(() -> WorkingCalendar.official().plusWorkingDays(LocalDate.of(2024, 2, 7), -1)));
    byte[] csv = "Mã thủ tục;Đơn vị\n1.001234;Sở Xây dựng\n".getBytes(StandardCharsets.UTF_8);
    rejected(
        provoke(
            () ->
                DossierReader.defaults()
                    .readCsv("ho-so.csv", new ByteArrayInputStream(csv), d -> {})));
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)), 1);
    rejected(
        provoke(
            () -> {
              acc.add(dossier("Sở Y tế", LocalDateTime.of(2024, 1, 8, 8, 0)));
              acc.add(dossier("Sở Tư pháp", LocalDateTime.of(2024, 1, 8, 8, 0)));
            }));
    rejected(
        provoke(
            () ->
                DocumentProfile.readText(
                    "p.json", "{\"issuingBody\": \"SỞ NỘI VỤ\", \"symbol\": \"BC/SNV\"}")));
  }

  @Test
  void aMissingOptionalLibraryIsADefectOfTheBuildNotOfTheInput() {
    CchcException e =
        provoke(
            () ->
                MissingLibraryException.require(
                    "PDF", "org.example.absent.Renderer", "org.example:absent", "org.example"));
    assertThat(Failures.describe(e))
        .startsWith("failed: MissingLibraryException: the PDF renderer needs org.example:absent")
        .endsWith("(a defect of cchc: please report it with the input)");
  }

  @Test
  void aCongVanGivenAsAPlanExitsOneWithTheFileAndTheReason(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cong-van.txt");
    Files.writeString(file, CONG_VAN);
    Path csv = dir.resolve("ho-so.csv");
    Files.writeString(
        csv,
        "Mã hồ sơ;Mã thủ tục;Cơ quan giải quyết;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả\n"
            + "H10.01-240105-0001;1.001234;Sở Xây dựng;Trực tuyến;05/01/2024 08:30;"
            + "19/01/2024 17:00\n");
    assertThat(
            run(
                "evaluate",
                "--plan",
                file.toString(),
                "--dossiers",
                csv.toString(),
                "--period",
                "2024"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .startsWith("cchc: input rejected: ")
        .contains("cong-van.txt")
        .contains("not a plan");
  }

  @Test
  void anExportWithoutTheIdColumnExitsOneWithTheFileAndTheColumn(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("ho-so.csv");
    Files.writeString(file, "Mã thủ tục;Đơn vị\n1.001234;Sở Xây dựng\n");
    assertThat(run("indicators", "--dossiers", file.toString())).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).startsWith("cchc: input rejected: ").contains("ho-so.csv");
  }

  @Test
  void aYearOutsideTheCalendarExitsOneWithTheYearAndTheReason() {
    assertThat(run("holidays", "--year", "2009")).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .startsWith("cchc: input rejected: --year 2009")
        .contains("outside the supported range");
  }
}
