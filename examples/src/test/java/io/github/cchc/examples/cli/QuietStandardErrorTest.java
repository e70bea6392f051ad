package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cchc plan} on a Word plan, in a JVM of its own with the CLI's run-time class path (the
 * test resources, which configure logging for the tests, left out): POI logs through the Log4j API,
 * and without a provider that API prints "Log4j API could not find a logging provider" as an ERROR
 * line. Nothing but the result may come out.
 */
class QuietStandardErrorTest {
  /**
   * Runs the command line with {@code args} in a JVM of its own on the CLI's run-time class path;
   * standard output goes to {@code out}.
   *
   * @return the standard error, after checking the command exited 0
   */
  private static String run(Path tmp, Path out, String... args) throws Exception {
    String classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(p -> !p.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    Path err = tmp.resolve("err.txt");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                Cchc.class.getName()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stderr).isZero();
    return stderr;
  }

  @Test
  void readingADocxPlanWritesNothingToStandardError(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out.json");
    String stderr = run(tmp, out, "plan", "data/plans/sample-kh-cchc-2024.docx");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"tasks\"");
    // The CLI's own diagnostics ("cchc: <file>: table 3, row 12: deadline not understood ...")
    // are the only lines: no logging framework speaks.
    assertThat(stderr).doesNotContain("Log4j").doesNotContain("SLF4J");
    assertThat(stderr.lines()).allMatch(line -> line.startsWith("cchc: "), "a line of the CLI");
  }

  /**
   * {@code cchc report} writing every format, in a JVM of its own as above: PDFBox looked up the
   * standard PDF fonts among the system's and warned "Using fallback font LiberationSans for base
   * font Symbol", and openhtmltopdf's CSS parser warned about each rule for browsers. Only the
   * command's own summary may come out.
   */
  @Test
  void writingAReportInEveryFormatWritesOnlyItsSummary(@TempDir Path tmp) throws Exception {
    String stderr =
        run(
            tmp,
            tmp.resolve("out.txt"),
            "report",
            "--plan",
            "data/plans/seed-001-binh-phuoc-cchc-2024-article.txt",
            "--dossiers",
            "src/test/resources/dossiers/ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv",
            "--period",
            "2024",
            "--as-of",
            "2025-01-10",
            "--out",
            tmp.resolve("out").toString());
    assertThat(tmp.resolve("out").resolve("bao-cao-2024.pdf")).isNotEmptyFile();
    assertThat(stderr.lines())
        .as(stderr)
        .allMatch(
            line ->
                line.startsWith("plan: ")
                    || line.startsWith("read ")
                    || line.startsWith("line ")
                    || line.startsWith("("),
            "a line of the command's summary");
  }
}
