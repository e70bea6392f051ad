package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void writesTheExportAndPrintsTheCountsPerAgency(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("d.csv");
    assertThat(run("sample-data", "--rows", "2000", "--seed", "5", "--out", csv.toString()))
        .isEqualTo(Cchc.OK);
    assertThat(Files.readAllLines(csv)).hasSize(2001);
    assertThat(out.toString()).contains("| Sở Tư pháp |").contains("| Toàn tỉnh | 1.988 |");
    assertThat(err.toString()).contains("2000 rows (12 deliberately bad)");
  }

  @Test
  void zeroRowsIsRejectedInput(@TempDir Path tmp) {
    assertThat(run("sample-data", "--rows", "0", "--out", tmp.resolve("d.csv").toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("--rows must be at least 1");
  }
}
