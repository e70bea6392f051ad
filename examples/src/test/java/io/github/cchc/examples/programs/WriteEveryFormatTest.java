package io.github.cchc.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.reporting.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteEveryFormatTest {
  @TempDir Path dir;

  @Test
  void writesOneNonEmptyFilePerFormat() throws IOException {
    Path export = dir.resolve("dossiers-3000.csv");
    SampleData.generate(export, 3_000, DossierGenerator.DEFAULT_SEED);
    List<Path> files =
        WriteEveryFormat.writeAll(WriteEveryFormat.ranking(export), dir.resolve("r"));

    assertThat(files).hasSize(ReportFormat.values().length);
    assertThat(files.stream().map(f -> f.getFileName().toString()))
        .contains(
            "xep-hang-dung-han-2024.html",
            "xep-hang-dung-han-2024.pdf",
            "xep-hang-dung-han-2024.docx",
            "xep-hang-dung-han-2024.xlsx",
            "xep-hang-dung-han-2024.csv",
            "xep-hang-dung-han-2024.json");
    for (Path f : files) {
      assertThat(Files.size(f)).as(f.toString()).isPositive();
    }
    Path pdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Path html =
        files.stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
    assertThat(Files.readString(html))
        .contains("Tỷ lệ hồ sơ giải quyết đúng hạn")
        .contains("SỞ NỘI VỤ");
  }
}
