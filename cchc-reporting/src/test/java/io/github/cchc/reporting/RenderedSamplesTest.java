package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample report in every format to {@code target/rendered/} so that a person can open
 * the files (pdftoppm, LibreOffice, a browser) and look.
 */
class RenderedSamplesTest {
  @Test
  void everyFormatWritesANonEmptyFile() throws IOException {
    Path dir = Path.of("target", "rendered");
    Files.createDirectories(dir);
    java.util.Map<String, Report> reports =
        java.util.Map.of(
            "ranking", SampleReports.ranking(),
            "targets", SampleReports.targetAchievement(),
            "periodic", SampleReports.periodic());
    for (var sample : reports.entrySet()) {
      for (ReportFormat format : ReportFormat.values()) {
        ReportRenderer renderer = format.renderer();
        byte[] bytes = renderer.toBytes(sample.getValue());
        Files.write(dir.resolve("sample-" + sample.getKey() + "." + renderer.extension()), bytes);
        assertThat(bytes).as(format.name()).hasSizeGreaterThan(500);
      }
    }
  }
}
