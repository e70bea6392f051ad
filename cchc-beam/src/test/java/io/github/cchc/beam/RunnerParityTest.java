package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.period.ReportingCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the Flink runner (embedded), the Spark runner ({@code local[2]}) and the
 * DirectRunner gives exactly what one machine gives on the same rows: indicators.csv, rejected.csv
 * (bad rows and duplicate ids across files) and the summary line. Files are cut into ranges of a
 * few kilobytes, so records, quoted line breaks and CR LF pairs fall across range boundaries.
 */
class RunnerParityTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @Test
  void flinkCsvShardsByAgencyIn2024(@TempDir Path dir) throws Exception {
    Parity p = Parity.csv(dir, 20_241_231L, 1_500, 3);
    String[] expected =
        p.reference(
            "agency", ReportingCalendar.calendar().parse("2024"), AS_OF, Definition.PROVINCIAL);
    assertThat(expected[1]).contains("duplicate id").contains("ho-so-2024-phan-2.csv");
    String[] actual =
        Parity.run(
            Files.createDirectory(dir.resolve("out")),
            "--runner=FlinkRunner",
            "--flinkMaster=[local]",
            "--parallelism=2",
            "--input=" + p.pattern,
            "--by=agency",
            "--period=2024",
            "--splitBytes=3000",
            "--duplicateBuckets=7");
    Parity.assertSame(actual, expected);
  }

  @Test
  void flinkJsonLinesShards(@TempDir Path dir) throws Exception {
    Parity p = Parity.jsonLines(dir, 7L, 800, 3);
    String[] expected = p.reference("all", null, AS_OF, Definition.NATIONAL_766);
    assertThat(expected[1]).contains("duplicate id").contains("malformed JSON");
    String[] actual =
        Parity.run(
            Files.createDirectory(dir.resolve("out")),
            "--runner=FlinkRunner",
            "--flinkMaster=[local]",
            "--parallelism=2",
            "--input=" + p.pattern,
            "--definition=national",
            "--asOf=2024-12-31",
            "--splitBytes=2500",
            "--duplicateBuckets=5");
    Parity.assertSame(actual, expected);
  }

  @Test
  void sparkCsvShardsByAgencyIn2024(@TempDir Path dir) throws Exception {
    Parity p = Parity.csv(dir, 20_241_230L, 1_500, 3);
    String[] expected =
        p.reference(
            "agency", ReportingCalendar.calendar().parse("2024"), AS_OF, Definition.PROVINCIAL);
    String[] actual =
        Parity.run(
            Files.createDirectory(dir.resolve("out")),
            "--runner=SparkRunner",
            "--sparkMaster=local[2]",
            "--input=" + p.pattern,
            "--by=agency",
            "--period=2024",
            "--splitBytes=3000",
            "--duplicateBuckets=7");
    Parity.assertSame(actual, expected);
  }

  @Test
  void directRunnerSmallExportByMonth(@TempDir Path dir) throws Exception {
    Parity p = Parity.csv(dir, 11L, 300, 2);
    String[] expected = p.reference("month", null, AS_OF, Definition.PROVINCIAL);
    String[] actual =
        Parity.run(
            Files.createDirectory(dir.resolve("out")),
            "--runner=DirectRunner",
            "--input=" + p.pattern,
            "--by=month",
            "--asOf=2024-12-31",
            "--splitBytes=20000");
    Parity.assertSame(actual, expected);
  }
}
