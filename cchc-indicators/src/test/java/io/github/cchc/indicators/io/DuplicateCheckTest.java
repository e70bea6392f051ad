package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.indicators.tally.Dossiers;
import io.github.cchc.model.dossier.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate check on disk (two passes, constant memory) rejects exactly the rows the check in
 * memory rejects, with the same lines and reasons, and leaves no temporary file behind.
 */
class DuplicateCheckTest {
  @TempDir Path dir;

  @Test
  void onDiskAndInMemoryRejectTheSameRows() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 25)).ofSizeBetween(0, 80), integers().all())
        .checkAssert(
            (seeds, style) -> {
              List<Dossier> written = Dossiers.of(seeds);
              Random r = new Random(style);
              Path file = dir.resolve("ho-so-" + Integer.toUnsignedString(style) + ".csv");
              write(file, DossierReaderPropertiesTest.csv(written, r, 3, r.nextBoolean()));
              Path spill = dir.resolve("spill");
              createDirectories(spill);

              List<Dossier> inMemory = new ArrayList<>();
              ReadReport a = DossierReader.defaults().read(file, inMemory::add);
              List<Dossier> onDisk = new ArrayList<>();
              ReadReport b =
                  DossierReader.defaults()
                      .withDuplicateSpillThreshold(0)
                      .withTempDirectory(spill)
                      .read(file, onDisk::add);

              Set<String> distinct = new LinkedHashSet<>();
              List<Dossier> firsts =
                  written.stream().filter(d -> distinct.add(d.id())).collect(Collectors.toList());
              assertThat(onDisk).isEqualTo(inMemory).isEqualTo(firsts);
              assertThat(b.rejected()).isEqualTo(a.rejected());
              assertThat(b.summary()).isEqualTo(a.summary());
              assertThat(list(spill)).isEmpty();
            });
  }

  @Test
  void idsEqualOnlyAfterStrippingOrNfcAreDuplicatesOnDiskToo() throws IOException {
    String composed = "HỒ-1";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    String rows =
        "Mã hồ sơ;Mã thủ tục;Cơ quan giải quyết;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả\n"
            + composed
            + ";1.001;Sở Tư pháp;Trực tiếp;05/01/2024 08:30;10/01/2024 17:00\n"
            + " "
            + composed
            + " ;1.001;Sở Tư pháp;Trực tiếp;05/01/2024 08:30;10/01/2024 17:00\n"
            + decomposed
            + ";1.001;Sở Tư pháp;Trực tiếp;05/01/2024 08:30;10/01/2024 17:00\n"
            + "HỒ-2;1.001;Sở Tư pháp;Trực tiếp;05/01/2024 08:30;10/01/2024 17:00\n";
    Path csv = dir.resolve("nfc.csv");
    write(csv, rows.getBytes(StandardCharsets.UTF_8));
    Path jsonl = dir.resolve("nfc.jsonl");
    String json =
        Stream.of(composed, " " + composed + " ", decomposed, "HỒ-2")
            .map(
                id ->
                    "{\"dossier_id\":\""
                        + id
                        + "\",\"procedure_code\":\"1.001\",\"agency\":\"Sở Tư pháp\","
                        + "\"channel\":\"DIRECT\",\"received_at\":\"2024-01-05T08:30\","
                        + "\"due_at\":\"2024-01-10T17:00\"}")
            .collect(Collectors.joining("\n"));
    write(jsonl, json.getBytes(StandardCharsets.UTF_8));
    for (Path file : List.of(csv, jsonl)) {
      ReadReport r =
          DossierReader.defaults()
              .withDuplicateSpillThreshold(0)
              .withTempDirectory(dir)
              .read(file, d -> {});
      assertThat(r.summary()).as(file.toString()).isEqualTo("read 4 rows: 2 accepted, 2 rejected");
      long first = file == csv ? 3 : 2; // the CSV header is line 1
      assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(first, first + 1);
      assertThat(r.rejected().get(0).reason()).isEqualTo("duplicate id \"HỒ-1\"");
    }
  }

  @Test
  void quotedLineBreaksKeepLineNumbersAlignedBetweenBothPasses() throws IOException {
    String header =
        "Mã hồ sơ,Tên thủ tục,Mã thủ tục,Cơ quan giải quyết,Hình thức nộp,"
            + "Ngày tiếp nhận,Ngày hẹn trả\n";
    String row = ",1.001,Sở Tư pháp,Trực tiếp,05/01/2024 08:30,10/01/2024 17:00\n";
    String csv =
        header
            + "A,\"Cấp giấy phép\nxây dựng\n(điều chỉnh)\""
            + row // lines 2-4
            + "B,Chứng thực"
            + row // line 5
            + "A,\"Đăng ký\r\nkhai sinh\""
            + row // lines 6-7: a duplicate of line 2
            + "C,Khai tử"
            + row.replace("05/01/2024", "32/01/2024") // line 8: a bad date
            + "B,Chứng thực"
            + row; // line 9: a duplicate of line 5
    Path file = dir.resolve("xuong-dong.csv");
    write(file, csv.getBytes(StandardCharsets.UTF_8));
    for (long threshold : new long[] {0, Long.MAX_VALUE}) {
      ReadReport r =
          DossierReader.defaults()
              .withDuplicateSpillThreshold(threshold)
              .withTempDirectory(dir)
              .read(file, d -> {});
      assertThat(r.summary()).isEqualTo("read 5 rows: 2 accepted, 3 rejected");
      assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(6L, 8L, 9L);
      assertThat(r.rejected().get(0).reason()).isEqualTo("duplicate id \"A\"");
    }
  }

  @Test
  void equalHashesOfDifferentIdsAreCandidatesThatTheExactCheckAccepts() throws IOException {
    long h = 0x7A5A_1234_9876_5432L;
    long sameLowBits = h ^ 0x0000_0100_0000_0000L; // same partition and low 32 bits
    long otherPartition = h ^ 0x8000_0000_0000_0000L;
    long[] candidates;
    try (SpilledIdIndex index = new SpilledIdIndex(dir, 10)) {
      index.add(h, 2);
      index.add(otherPartition, 3);
      index.add(sameLowBits, 7);
      index.add(h ^ 1, 9);
      candidates = index.candidates();
    }
    assertThat(candidates).containsExactly(2L, 7L);
    DuplicateFilter filter = DuplicateFilter.ofCandidates(candidates);
    assertThat(filter.firstSeen("A", 2)).isTrue();
    assertThat(filter.firstSeen("C", 3)).isTrue();
    assertThat(filter.firstSeen("B", 7)).as("a different id with an equal hash").isTrue();
    assertThat(filter.firstSeen("D", 9)).isTrue();
    DuplicateFilter again = DuplicateFilter.ofCandidates(candidates);
    assertThat(again.firstSeen("A", 2)).isTrue();
    assertThat(again.firstSeen("A", 7)).as("the same id").isFalse();
    assertThat(list(dir)).isEmpty();
  }

  @Test
  void theDefaultThresholdKeepsTheIdsWithinAQuarterOfTheHeap() {
    assertThat(DossierReader.defaultSpillThreshold(256L << 20)).isEqualTo(1_398_101L);
    assertThat(DossierReader.defaultSpillThreshold(64L << 20)).isEqualTo(349_525L);
    assertThat(DossierReader.defaultSpillThreshold(16L << 30)).isEqualTo(4_000_000L);
    assertThat(DossierReader.defaultSpillThreshold(8L << 20)).isEqualTo(100_000L);
  }

  @Test
  void rowsAreEstimatedFromTheFileSize() throws IOException {
    Path file = dir.resolve("rows.csv");
    StringBuilder sb = new StringBuilder("header\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("row ").append(i % 10).append('\n');
    }
    write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(DossierReader.estimateRows(file)).isBetween(95_000L, 105_000L);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createDirectories(Path p) {
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path p) {
    try (Stream<Path> s = Files.list(p)) {
      return s.collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
