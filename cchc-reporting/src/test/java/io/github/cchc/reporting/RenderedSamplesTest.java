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
    Report report = SampleReports.ranking();
    for (ReportFormat format : ReportFormat.values()) {
      ReportRenderer renderer = format.renderer();
      byte[] bytes = renderer.toBytes(report);
      Files.write(dir.resolve("sample-ranking." + renderer.extension()), bytes);
      assertThat(bytes).as(format.name()).hasSizeGreaterThan(500);
    }
  }
}
