package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CchcTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpListsTheSubcommandsOnStdout() {
    assertThat(run("--help")).isEqualTo(Cchc.OK);
    assertThat(out.toString()).contains("demo").contains("Exit codes");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageErrorOnStderr() {
    assertThat(run("--no-such-option")).isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("--no-such-option");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingSubcommandIsAUsageError() {
    assertThat(run()).isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("Missing subcommand");
  }

  @Test
  void missingDataIsRejectedInputWithWhereAndWhy(@TempDir Path tmp) {
    assertThat(run("demo", "--data", tmp.resolve("nowhere").toString(), "--out", tmp.toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("input rejected").contains("nowhere");
  }

  @Test
  void demoWritesTheReportIntoTheFolderItIsGiven(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("report");
    assertThat(run("demo", "--data", "data", "--out", out.toString())).isEqualTo(Cchc.OK);
    String summary = Files.readString(out.resolve("summary.csv"));
    assertThat(summary).startsWith("file,paragraphs,characters").contains("seed-000");
    assertThat(summary.lines()).hasSize(6);
  }
}
