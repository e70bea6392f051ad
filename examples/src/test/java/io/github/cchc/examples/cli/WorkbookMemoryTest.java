package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.SampleData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook reader streams: a 200,000-row {@code .xlsx} (14 MB, about 140 MB of sheet XML) is
 * read by {@code cchc indicators} in a forked JVM with a 64 MB heap — a reader that built the
 * workbook in memory would need several times the file's XML — and gives the indicators of the same
 * rows as CSV, read in this JVM. The 1 M-row sample with {@code -Xmx256m} is measured by hand
 * (README): too slow for every build.
 */
class WorkbookMemoryTest {
  private static final int ROWS = 200_000;

  @Test
  void aLargeWorkbookIsReadInA64MegabyteHeap(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("ho-so.csv");
    Path xlsx = tmp.resolve("ho-so.xlsx");
    SampleData.generate(csv, ROWS, 7);
    SampleData.generate(xlsx, ROWS, 7);

    StringWriter out = new StringWriter();
    int code =
        Cchc.execute(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "indicators",
            "--dossiers",
            csv.toString(),
            "--by",
            "agency",
            "--year",
            "2024");
    assertThat(code).isEqualTo(Cchc.OK);

    Path stdout = tmp.resolve("out.txt");
    Path stderr = tmp.resolve("err.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Cchc.class.getName());
    command.addAll(
        List.of("indicators", "--dossiers", xlsx.toString(), "--by", "agency", "--year", "2024"));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
    String err = read(stderr);
    assertThat(p.exitValue()).as(err).isEqualTo(Cchc.OK);
    assertThat(read(stdout)).isEqualTo(out.toString());
    assertThat(err).contains("read " + ROWS + " rows: ");
    assertThat(Files.size(xlsx)).isGreaterThan(10_000_000L);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
  }
}
