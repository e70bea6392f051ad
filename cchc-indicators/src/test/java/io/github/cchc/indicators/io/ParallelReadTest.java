package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cchc.model.dossier.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in two halves ({@link DossierReader#readInParallel}) gives what a read on one thread
 * gives: the same report (rows, rejected rows with their lines and reasons, in order), the same
 * dossiers in file order, first occurrences of repeated ids kept wherever the cut falls.
 */
class ParallelReadTest {
  @TempDir Path dir;

  /** A sink that collects the dossiers of one half. */
  static final class Part implements Consumer<Dossier> {
    final List<Dossier> dossiers = new ArrayList<>();

    @Override
    public void accept(Dossier d) {
      dossiers.add(d);
    }
  }

  /** The report and the dossiers of the halves, joined in the order {@code finished} got them. */
  record Result(ReadReport report, List<Dossier> dossiers, int parts) {}

  static Result inHalves(DossierReader reader, Path file, long cutFrom) {
    List<Dossier> all = new ArrayList<>();
    int[] parts = {0};
    ReadReport report =
        reader.readInParallel(
            file,
            Part::new,
            p -> {
              all.addAll(p.dossiers);
              parts[0]++;
            },
            cutFrom);
    return new Result(report, all, parts[0]);
  }

  static void assertSameAsOneThread(DossierReader reader, Path file, long cutFrom) {
    List<Dossier> expected = new ArrayList<>();
    ReadReport one = reader.read(file, expected::add);
    Result halves = inHalves(reader, file, cutFrom);
    assertThat(halves.report().rejected()).isEqualTo(one.rejected());
    assertThat(halves.report().accepted()).isEqualTo(one.accepted());
    assertThat(halves.report().rejectedCount()).isEqualTo(one.rejectedCount());
    assertThat(halves.report().summary()).isEqualTo(one.summary());
    assertThat(halves.dossiers()).isEqualTo(expected);
  }

  private Path write(String text) {
    try {
      return Files.writeString(dir.resolve("x.csv"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Any characters at all — quotes, line breaks of every kind, NUL, rows good and bad, ids repeated
   * — cut anywhere: the same report and dossiers as on one thread, with and without the duplicate
   * check.
   */
  @Test
  void anyTextCutAnywhereReadsAsOnOneThread() {
    String alphabet = "a,\"\n\r\u0000Ơ 2024-01-05T08:30H1";
    qt().withExamples(150)
        .forAll(integers().between(0, 600), longs().all(), integers().between(0, 1000))
        .checkAssert(
            (length, seed, cutPermille) -> {
              Random r = new Random(seed);
              StringBuilder text = new StringBuilder(HostileExportTest.HEADER);
              for (int c = 0; c < length; c++) {
                text.append(
                    r.nextInt(6) == 0
                        ? HostileExportTest.row(
                            "H" + r.nextInt(8), r.nextBoolean() ? "Sở" : "Sở Tư pháp")
                        : String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
              }
              Path file = write(text.toString());
              long size = text.toString().getBytes(StandardCharsets.UTF_8).length;
              long cut = size * cutPermille / 1000;
              assertSameAsOneThread(DossierReader.defaults(), file, cut);
              assertSameAsOneThread(DossierReader.defaults().withDuplicateCheck(false), file, cut);
            });
  }

  @Test
  void anIdOfTheFirstHalfRepeatedInTheSecondIsRejectedThereOnItsLines() {
    StringBuilder text = new StringBuilder(HostileExportTest.HEADER);
    for (int i = 0; i < 100; i++) {
      text.append(HostileExportTest.row("H" + i, "Sở Tư pháp"));
    }
    text.append(HostileExportTest.row("H7", "Công an tỉnh")); // line 102
    text.append(HostileExportTest.row("H200", "Công an tỉnh"));
    text.append(HostileExportTest.row("H7", "Sở Y tế")); // line 104
    text.append(HostileExportTest.row("H200", "Sở Y tế")); // line 105
    Path file = write(text.toString());
    Result r = inHalves(DossierReader.defaults(), file, text.length() / 2);
    assertThat(r.parts()).isEqualTo(2);
    assertThat(r.report().rejected())
        .extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(102L, "duplicate id \"H7\""),
            org.assertj.core.groups.Tuple.tuple(104L, "duplicate id \"H7\""),
            org.assertj.core.groups.Tuple.tuple(105L, "duplicate id \"H200\""));
    assertThat(r.dossiers()).hasSize(101);
    assertThat(r.dossiers().get(7).agency()).isEqualTo("Sở Tư pháp");
    assertSameAsOneThread(DossierReader.defaults(), file, text.length() / 2);
  }

  @Test
  void aCutInsideAQuotedLineBreakFallsBackToOneThread() {
    StringBuilder text =
        new StringBuilder(
            "dossier_id,procedure_code,procedure_name,agency,channel,received_at,due_at\n");
    for (int i = 0; i < 20; i++) {
      text.append("H")
          .append(i)
          .append(",1.001,\"Cấp giấy phép\nxây dựng\r\nnhà ở\",Sở Xây dựng,ONLINE,")
          .append("2024-01-05T08:30,2024-01-19T17:00\r\n");
    }
    text.append("H3,1.001,x,Sở Xây dựng,ONLINE,2024-13-05T08:30,2024-01-19T17:00\n");
    Path file = write(text.toString());
    int inside = text.indexOf("\nxây dựng", text.length() / 2);
    long insideBytes = text.substring(0, inside).getBytes(StandardCharsets.UTF_8).length;
    Result r = inHalves(DossierReader.defaults(), file, insideBytes);
    assertThat(r.parts()).isEqualTo(1);
    assertThat(r.report().rejected()).extracting(RejectedRow::line).containsExactly(62L);
    for (int cut = 0; cut < text.length(); cut += 7) {
      assertSameAsOneThread(DossierReader.defaults(), file, cut);
    }
  }

  @Test
  void bytesThatAreNotUtf8InTheSecondHalfAreReportedAsOnOneThread() throws IOException {
    StringBuilder text = new StringBuilder(HostileExportTest.HEADER);
    for (int i = 0; i < 50; i++) {
      text.append(HostileExportTest.row("H" + i, "Sở Tư pháp"));
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
    bytes[good.length] = 'H';
    bytes[good.length + 1] = (byte) 0xC3;
    bytes[good.length + 2] = '\n';
    Path file = Files.write(dir.resolve("x.csv"), bytes);
    String oneThread = null;
    try {
      DossierReader.defaults().read(file, d -> {});
    } catch (DossierReadException e) {
      oneThread = e.getMessage();
    }
    assertThat(oneThread).contains("not UTF-8 at line 52");
    assertThatThrownBy(() -> inHalves(DossierReader.defaults(), file, bytes.length / 2))
        .isInstanceOf(DossierReadException.class)
        .hasMessage(oneThread);
  }

  @Test
  void aFailingSinkFailsTheReadAsOnOneThread() {
    StringBuilder text = new StringBuilder(HostileExportTest.HEADER);
    for (int i = 0; i < 50; i++) {
      text.append(HostileExportTest.row("H" + i, i == 40 ? "Sở Y tế" : "Sở Tư pháp"));
    }
    Path file = write(text.toString());
    Consumer<Dossier> failing =
        d -> {
          if (d.agency().equals("Sở Y tế")) {
            throw new IllegalStateException("no room for " + d.id());
          }
        };
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .readInParallel(file, () -> failing, p -> {}, text.length() / 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no room for H40");
  }
}
