package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.reporting.ReportJob;
import io.github.cchc.reporting.json.JsonRenderer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ReportJob}, the library's one call for the main job, gives the very report {@code cchc
 * report} writes (JSON, byte for byte) on the same plan, export and day: the two build the report
 * in separate code (the command line adds the profile, the processing table and a two-thread read),
 * so this test keeps them from drifting apart.
 */
class ReportJobMatchesReportCommandTest {
  @ParameterizedTest
  @CsvSource({
    "data/plans/sample-kh-cchc-2024.docx, 2025-01-10",
    "data/plans/seed-001-binh-phuoc-cchc-2024-article.txt, 2024-06-30",
    "data/plans/seed-000-sngv-binh-phuoc-24-kh-2024.txt, 2025-01-10"
  })
  void sameReportAsTheCommandLine(String plan, String asOf, @TempDir Path dir) throws Exception {
    Path export = dir.resolve("ho-so.csv");
    try (OutputStream out = Files.newOutputStream(export)) {
      DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED).write(20_000, out);
    }
    Path reports = dir.resolve("out");
    int code =
        Cchc.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            "report",
            "--plan",
            plan,
            "--dossiers",
            export.toString(),
            "--period",
            "2024",
            "--as-of",
            asOf,
            "--issuer",
            "SỞ NỘI VỤ",
            "--place",
            "Bình Phước",
            "--format",
            "json",
            "--out",
            reports.toString());
    assertThat(code).isEqualTo(Cchc.OK);

    ReportJob.Result job =
        ReportJob.of(Path.of(plan), ReportingCalendar.calendar().parse("2024"))
            .withDossiers(export)
            .withAsOf(LocalDate.parse(asOf))
            .withIssuer("SỞ NỘI VỤ")
            .withPlace("Bình Phước")
            .run();
    assertThat(new String(new JsonRenderer().toBytes(job.report()), "UTF-8"))
        .isEqualTo(Files.readString(reports.resolve("bao-cao-2024.json")));
  }

  @Test
  void theProcedureIsNamedInTheBreakdowns(@TempDir Path dir) throws Exception {
    Path export = dir.resolve("ho-so.csv");
    try (OutputStream out = Files.newOutputStream(export)) {
      DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED).write(2_000, out);
    }
    String json =
        new String(
            new JsonRenderer()
                .toBytes(
                    ReportJob.of(
                            Path.of("data/plans/sample-kh-cchc-2024.docx"),
                            ReportingCalendar.calendar().parse("2024"))
                        .withDossiers(export)
                        .withAsOf(LocalDate.parse("2025-01-10"))
                        .run()
                        .report()),
            "UTF-8");
    assertThat(json).doesNotContain("Như trên").containsPattern("[a-zà-ỹ]+ \\(\\d\\.\\d{6}\\)");
  }
}
