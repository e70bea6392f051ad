package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.period.ReportingCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar cchc-beam-pipeline.jar} as a data engineer runs it: the files and the summary
 * line equal one machine's, a usage error exits 2 and a bad input exits 1, each with one line on
 * standard error and no Java stack trace.
 */
class PipelineJarIT {
  private static final String JAR = System.getProperty("pipeline.jar");

  private static String[] run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    for (String o : System.getProperty("runner.jvm.opens").trim().split("\\s+")) {
      cmd.add(o);
    }
    cmd.add("-jar");
    cmd.add(JAR);
    cmd.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new String[] {
      Integer.toString(p.exitValue()),
      Files.readString(out, StandardCharsets.UTF_8),
      Files.readString(err, StandardCharsets.UTF_8)
    };
  }

  @Test
  void flinkRunnerFromTheJarMatchesOneMachine(@TempDir Path dir) throws Exception {
    Parity p = Parity.csv(dir, 5L, 900, 3);
    String[] expected =
        p.reference(
            "agency",
            ReportingCalendar.calendar().parse("2024"),
            LocalDate.of(2024, 12, 31),
            Definition.PROVINCIAL);
    Path out = dir.resolve("out");
    String[] r =
        run(
            dir,
            "--runner=FlinkRunner",
            "--parallelism=2",
            "--input=" + p.pattern,
            "--output=" + out,
            "--by=agency",
            "--period=2024",
            "--splitBytes=20000");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(Files.readString(out.resolve("rejected.csv"), StandardCharsets.UTF_8))
        .isEqualTo(expected[1]);
    assertThat(Files.readString(out.resolve("indicators.csv"), StandardCharsets.UTF_8))
        .isEqualTo(expected[0]);
    assertThat(r[2]).contains(expected[2]);
  }

  @Test
  void usageErrorExitsTwoWithoutStackTrace(@TempDir Path dir) throws Exception {
    String[] r =
        run(dir, "--runner=DirectRunner", "--input=x.csv", "--output=out", "--by=province");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--by must be").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void missingColumnExitsOneWithoutStackTrace(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ho-so.csv");
    Files.writeString(f, "Mã hồ sơ;Mã thủ tục\nH1;1.001234\n", StandardCharsets.UTF_8);
    String[] r = run(dir, "--runner=FlinkRunner", "--input=" + f, "--output=" + dir.resolve("out"));
    assertThat(r[0]).as(r[2]).isEqualTo("1");
    assertThat(r[2]).contains("input rejected: ").contains("ho-so.csv");
    assertThat(r[1] + r[2]).doesNotContain("\tat ");
  }
}
