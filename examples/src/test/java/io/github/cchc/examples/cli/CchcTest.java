package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
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
  void demoRunsTheWholeFlowAndWritesEveryFormat(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("plans"));
    Files.copy(
        Path.of("data/plans", DemoCommand.PLAN), data.resolve("plans").resolve(DemoCommand.PLAN));
    Files.createDirectories(data.resolve("tasks"));
    Files.copy(
        Path.of("data/tasks", DemoCommand.TASKS), data.resolve("tasks").resolve(DemoCommand.TASKS));
    Files.createDirectories(data.resolve("measures"));
    Files.copy(
        Path.of("data/measures", DemoCommand.MEASURES),
        data.resolve("measures").resolve(DemoCommand.MEASURES));
    Files.createDirectories(data.resolve("profiles"));
    Files.copy(
        Path.of("data/profiles", DemoCommand.PROFILE),
        data.resolve("profiles").resolve(DemoCommand.PROFILE));
    Path export = data.resolve(SampleData.GENERATED).resolve(SampleData.DOSSIERS_FILE);
    SampleData.generate(export, 5_000, DossierGenerator.DEFAULT_SEED);
    Path out = tmp.resolve("report");

    assertThat(run("demo", "--data", data.toString(), "--out", out.toString()))
        .as(err.toString())
        .isEqualTo(Cchc.OK);

    for (String ext : new String[] {"html", "pdf", "docx", "xlsx", "csv", "json"}) {
      assertThat(out.resolve("bao-cao-2024." + ext)).isNotEmptyFile();
      assertThat(out.resolve("bao-cao-dinh-ky-2024." + ext)).isNotEmptyFile();
    }
    for (String name : new String[] {"bao-cao-2024.html", "bao-cao-dinh-ky-2024.html"}) {
      assertThat(Files.readString(out.resolve(name)))
          .as(name)
          .contains("UBND TỈNH BÌNH PHƯỚC")
          .contains("/BC-SNV")
          .contains("Kính gửi:")
          .contains("KT. GIÁM ĐỐC")
          .contains("Nguyễn Văn A")
          .contains("- Lưu: VT, CCHC.");
    }
    // The body a director reads first ends (Nơi nhận, signature) within 6 A4 pages; the
    // appendices follow; procedures are named, never by code alone.
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("bao-cao-2024.pdf").toFile())) {
      var strip = new org.apache.pdfbox.text.PDFTextStripper();
      int signed = 0;
      for (int page = 1; page <= pdf.getNumberOfPages() && signed == 0; page++) {
        strip.setStartPage(page);
        strip.setEndPage(page);
        if (strip.getText(pdf).contains("Nơi nhận:")) {
          signed = page;
        }
      }
      assertThat(signed).as("page of Nơi nhận").isBetween(1, 6);
    }
    assertThat(Files.readString(out.resolve("bao-cao-2024.html")))
        .contains("PHỤ LỤC II. KẾT QUẢ THEO THỦ TỤC HÀNH CHÍNH")
        .containsPattern("<td>[^<(]+ \\(\\d\\.\\d{6}\\)</td>");
    String stdout = out().replace('\u00a0', ' ');
    assertThat(stdout)
        .contains("bao-cao-2024.pdf")
        .contains("Trên 98% hồ sơ TTHC")
        .containsPattern("\\d\\.\\d{3} / \\d\\.\\d{3} +\\d+,\\d{2}%  NOT_MET")
        .contains("NOT_MET")
        .containsPattern("\\sMET\\R")
        .contains("elapsed:")
        // the targets on tasks, published procedures and the index rank are measured too
        .contains("6 / 8")
        .contains("1.648 / 1.650")
        .contains("hạng 27/63");
    // every one of the nine targets has a verdict from its figures (none waits for data)
    assertThat(stdout).doesNotContain("NOT_YET");
    assertThat(err.toString())
        .contains("tasks sample-kh-cchc-2024-tien-do.csv: read 8 rows: 8 accepted, 0 rejected");
    assertThat(err.toString()).containsPattern("read \\d+ rows: \\d+ accepted, \\d+ rejected");
  }

  private String out() {
    return out.toString();
  }
}
