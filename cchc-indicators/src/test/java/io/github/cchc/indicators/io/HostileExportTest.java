package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cchc.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports made to break a reader, one test per class of attack: each bad row is rejected with its
 * own line and reason, every other row is read, and no row holds more memory than the limits.
 */
class HostileExportTest {
  static final String HEADER =
      "dossier_id,procedure_code,agency,channel,received_at,due_at,finished_at\n";

  static String row(String id, String agency) {
    return id
        + ",1.001234,"
        + agency
        + ",ONLINE,2024-01-05T08:30,2024-01-19T17:00,2024-01-18T10:00\n";
  }

  private final List<Dossier> dossiers = new ArrayList<>();

  private ReadReport readCsv(String text) {
    return readCsv(DossierReader.defaults(), text);
  }

  private ReadReport readCsv(DossierReader reader, String text) {
    return reader.readCsv(
        "x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), dossiers::add);
  }

  @Test
  void idsAreToldApartByTheirCharactersInAGrowingTable() {
    IdSet ids = new IdSet();
    String a = "H10.01-240105-0001";
    String b = "H10.01-240105-0002";
    // many ids through several growths of the table, Latin-1 and Vietnamese ones; forced hash
    // collisions are the next test's
    for (int i = 0; i < 100_000; i++) {
      assertThat(ids.add("X" + i)).isTrue();
    }
    assertThat(ids.add(a)).isTrue();
    assertThat(ids.add(b)).isTrue();
    assertThat(ids.add(a)).isFalse();
    assertThat(ids.add("Sở Nội vụ-000" + 1)).isTrue();
    assertThat(ids.add("Sở Nội vụ-000" + 1)).isFalse();
    assertThat(ids.add("Sở Nội vụ-000" + 2)).isTrue();
    assertThat(ids.size()).isEqualTo(100_004);
  }

  @Test
  void anIdTableWhoseHashesAllCollideStillTellsIdsApart() {
    CollidingIds ids = new CollidingIds();
    assertThat(ids.add("A")).isTrue();
    assertThat(ids.add("B")).isTrue();
    assertThat(ids.add("Ă")).isTrue();
    assertThat(ids.add("B")).isFalse();
    assertThat(ids.add("A")).isFalse();
    assertThat(ids.add("Ă")).isFalse();
  }

  /** An IdSet whose every id has the same hash, through the ids it stores. */
  static final class CollidingIds {
    private final IdSet set = new IdSet();

    boolean add(String id) {
      return set.addWithHash(id, 42L);
    }
  }

  @Test
  void anOverlongValueRejectsItsRowAndTheReadingGoesOn() {
    String huge = "Sở " + "X".repeat(200_000);
    ReadReport r =
        readCsv(HEADER + row("A1", "Sở Tư pháp") + row("A2", huge) + row("A3", "Sở Tư pháp"));
    assertThat(r.summary()).isEqualTo("read 3 rows: 2 accepted, 1 rejected");
    RejectedRow bad = r.rejected().get(0);
    assertThat(bad.line()).isEqualTo(3);
    assertThat(bad.column()).hasValue("agency");
    assertThat(bad.reason())
        .isEqualTo("value of 200003 characters, longer than the limit of 4096 characters");
    assertThat(dossiers).extracting(Dossier::id).containsExactly("A1", "A3");
  }

  @Test
  void anOverlongRowIsRejectedWithItsLineWithoutBeingHeld() {
    String cell = "\"" + "a\n".repeat(600_000) + "\""; // 1.2 M characters over 600,000 lines
    ReadReport r =
        readCsv(HEADER + row("A1", "Sở Tư pháp") + row("A2", cell) + row("A3", "Sở Tư pháp"));
    assertThat(r.summary()).isEqualTo("read 3 rows: 2 accepted, 1 rejected");
    assertThat(r.rejected().get(0).line()).isEqualTo(3);
    assertThat(r.rejected().get(0).reason()).startsWith("row longer than 1,048,576 characters");
    assertThat(dossiers).extracting(Dossier::id).containsExactly("A1", "A3");
  }

  @Test
  void aCellOverSixteenMegabytesRejectsTheRowNotTheFile() {
    String cell = "\"" + "x".repeat(17 << 20) + "\"";
    ReadReport r = readCsv(HEADER + row("A1", cell) + row("A2", "Sở Tư pháp"));
    assertThat(r.summary()).isEqualTo("read 2 rows: 1 accepted, 1 rejected");
    assertThat(r.rejected().get(0).line()).isEqualTo(2);
  }

  @Test
  void charactersAfterAClosingQuoteRejectTheRowNotTheFile() {
    ReadReport r =
        readCsv(
            HEADER
                + row("A1", "Sở Tư pháp")
                + row("A2", "\"Sở Tư\"pháp")
                + row("A3", "\"Sở \"\"Tư\"\" pháp\""));
    assertThat(r.summary()).isEqualTo("read 3 rows: 2 accepted, 1 rejected");
    assertThat(r.rejected().get(0).describe())
        .isEqualTo(
            "line 3: character 'p' after a closing quote (a quote inside a quoted field is"
                + " written \"\")");
    assertThat(dossiers.get(1).agency()).isEqualTo("Sở \"Tư\" pháp");
  }

  @Test
  void anUnclosedQuoteIsReportedOnTheLineWhereItsRowStarts() {
    ReadReport r =
        readCsv(HEADER + row("A1", "Sở Tư pháp") + row("A2", "Sở Tư pháp") + row("A3", "\"Sở"));
    assertThat(r.summary()).isEqualTo("read 3 rows: 2 accepted, 1 rejected");
    assertThat(r.rejected().get(0).line()).isEqualTo(4);
    assertThat(r.rejected().get(0).reason())
        .isEqualTo("a quoted field is not closed before the end of the file");
  }

  @Test
  void quotedLineBreaksBeforeABadRowKeepItsLineNumber() {
    String twoLines = "\"Sở Tư\r\npháp\"";
    String threeLines = "\"Sở\rTư\npháp\"";
    ReadReport r =
        readCsv(
            HEADER.replace("\n", "\r\n")
                + row("A1", twoLines).replace("0\n", "0\r\n")
                + row("A2", threeLines)
                + row("A3", "\"x\"y")
                + "\n"
                + row("A4", "Sở Tư pháp")
                + row("A5", "bad\u0000")
                + row("A6", "2024-13-01"));
    // lines: header 1, A1 2-3, A2 4-6, A3 7 (then an empty line 8), A4 9, A5 10, A6 11
    assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(7L, 10L);
    assertThat(r.rejected().get(1).reason()).isEqualTo("the control character U+0000");
    assertThat(dossiers).extracting(Dossier::id).containsExactly("A1", "A2", "A4", "A6");
  }

  @Test
  void echoedValuesCannotForgeALineOrReachTheTerminal() {
    String forged = "31/02/2024\nline 42: Sở Nội vụ: forged\u001B[2J";
    ReadReport r = readCsv(HEADER + "A1,1.001234,Sở Tư pháp,ONLINE,\"" + forged + "\",x,\n");
    String line = r.rejected().get(0).describe();
    assertThat(line).doesNotContain("\n").doesNotContain("\u001B");
    assertThat(line).contains("\\nline 42: Sở Nội vụ: forged\\u001B[2J");
    assertThat(r.rejected().get(0).toString()).doesNotContain("\n");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedWithTheirLineAndByteOffset() {
    byte[] head = (HEADER + row("A1", "Sở Tư pháp")).getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'A', '2', ',', (byte) 0xC3, (byte) 0x28};
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .readCsv("x.csv", new ByteArrayInputStream(all), dossiers::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessage(
            "x.csv: not UTF-8 at line 3, byte offset " + (head.length + 3) + ": bad byte 0xC3");
  }

  @Test
  void isoDatesWithAWrongSeparatorAreRejected() {
    for (String bad :
        new String[] {
          "2024-01x02", "2024-01-02 08x30", "2024-01-02T08:30x00", "2024-01-02 08:30x00"
        }) {
      assertThatThrownBy(() -> DateTimes.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
    assertThat(DateTimes.parse("2024-01-02 08:30:00")).hasToString("2024-01-02T08:30");
  }

  @Test
  void anOverlongJsonLineIsRejectedAndTheNextLinesAreRead() {
    String good =
        "{\"dossier_id\":\"%s\",\"procedure_code\":\"1.1\",\"agency\":\"Sở Tư pháp\","
            + "\"channel\":\"ONLINE\",\"received_at\":\"2024-01-05T08:30\","
            + "\"due_at\":\"2024-01-19T17:00\"}\n";
    String huge = "{\"dossier_id\":\"" + "x".repeat(3 << 20) + "\"}\n";
    String text = String.format(good, "A1") + huge + String.format(good, "A3");
    ReadReport r =
        DossierReader.defaults()
            .readJsonLines(
                "x.jsonl",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                dossiers::add);
    assertThat(r.summary()).isEqualTo("read 3 rows: 2 accepted, 1 rejected");
    assertThat(r.rejected().get(0).describe())
        .isEqualTo("line 2: line longer than 1048576 characters");
  }

  /**
   * Good rows interleaved with garbage lines (any characters but quotes and line breaks): each
   * garbage line is rejected on its own line, and every good row is read.
   */
  @Test
  void garbageLinesAndOnlyTheyAreRejected() {
    String alphabet = "a,;Ơ 0/:-\u0000\u001B\tTx\u2028é9";
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 30), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              java.util.Random r = new java.util.Random(seed);
              StringBuilder text = new StringBuilder(HEADER);
              List<Long> badLines = new ArrayList<>();
              List<String> goodIds = new ArrayList<>();
              long line = 1;
              for (int k = 0; k < kinds.size(); k++) {
                line++;
                if (kinds.get(k) % 3 == 0) {
                  StringBuilder g = new StringBuilder();
                  int n = 1 + r.nextInt(60);
                  for (int c = 0; c < n; c++) {
                    g.append(alphabet.charAt(r.nextInt(alphabet.length())));
                  }
                  if (g.toString().isBlank()) {
                    g.append('x');
                  }
                  text.append(g).append('\n');
                  badLines.add(line);
                } else {
                  String id = "H" + k;
                  goodIds.add(id);
                  text.append(row(id, "Sở Tư pháp"));
                }
              }
              dossiers.clear();
              ReadReport report = readCsv(text.toString());
              assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejectedCount());
              assertThat(report.rejected())
                  .extracting(RejectedRow::line)
                  .containsExactlyElementsOf(badLines);
              assertThat(dossiers).extracting(Dossier::id).containsExactlyElementsOf(goodIds);
              assertThat(report.rejected())
                  .allSatisfy(
                      x -> assertThat(x.describe()).doesNotContain("\n", "\u001B", "\u2028"));
            });
  }

  /**
   * Any characters at all, quotes and line breaks included: the reading never fails, the counts add
   * up, and the in-memory and on-disk duplicate checks agree.
   */
  @Test
  void anyTextReadsWithCountsThatAddUpOnBothPaths(@TempDir Path dir) {
    String alphabet = "a,\"\n\r\u0000Ơ 2024-01-05T08:30H1";
    qt().withExamples(200)
        .forAll(integers().between(0, 400), longs().all())
        .checkAssert(
            (length, seed) -> {
              java.util.Random r = new java.util.Random(seed);
              StringBuilder text = new StringBuilder(HEADER);
              for (int c = 0; c < length; c++) {
                text.append(
                    r.nextInt(8) == 0
                        ? row("H" + r.nextInt(5), "Sở")
                        : String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
              }
              try {
                Path file = Files.writeString(dir.resolve("x.csv"), text);
                List<Dossier> a = new ArrayList<>();
                List<Dossier> b = new ArrayList<>();
                ReadReport inMemory = DossierReader.defaults().read(file, a::add);
                ReadReport onDisk =
                    DossierReader.defaults()
                        .withDuplicateSpillThreshold(0)
                        .withTempDirectory(dir)
                        .read(file, b::add);
                assertThat(inMemory.rowsRead())
                    .isEqualTo(inMemory.accepted() + inMemory.rejectedCount());
                assertThat(onDisk.rejected()).isEqualTo(inMemory.rejected());
                assertThat(b).isEqualTo(a);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  /**
   * In a JVM of 64 MB: 300 rows with agency names of 1 MB, a JSON line of 300 MB and a cell of 20
   * MB, streamed, never written to disk. Each is one rejected row; nothing runs out of memory.
   */
  @Test
  void hostileExportsReadInASmallHeap(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                // The tests run on the module path: the child JVM takes both paths as its class
                // path.
                String.join(
                    java.io.File.pathSeparator,
                    System.getProperty("jdk.module.path", ""),
                    System.getProperty("java.class.path")),
                HostileExports.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(out);
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("csv: read 302 rows: 2 accepted, 300 rejected")
        .contains("jsonl: read 3 rows: 2 accepted, 1 rejected")
        .contains("cell: read 2 rows: 1 accepted, 1 rejected");
  }

  /** The hostile exports of {@link #hostileExportsReadInASmallHeap}, generated as streams. */
  static final class HostileExports {
    public static void main(String[] args) throws IOException {
      byte[] name = ("Sở " + "X".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);
      List<InputStream> parts = new ArrayList<>();
      parts.add(bytes(HEADER + row("A0", "Sở Tư pháp")));
      for (int i = 1; i <= 300; i++) {
        parts.add(bytes("B" + i + ",1.001234,"));
        parts.add(new ByteArrayInputStream(name));
        parts.add(bytes(",ONLINE,2024-01-05T08:30,2024-01-19T17:00,2024-01-18T10:00\n"));
      }
      parts.add(bytes(row("A1", "Sở Tư pháp")));
      ReadReport csv =
          DossierReader.defaults()
              .readCsv(
                  "x", new SequenceInputStream(java.util.Collections.enumeration(parts)), d -> {});
      System.out.println("csv: " + csv.summary());

      String good =
          "{\"dossier_id\":\"%s\",\"procedure_code\":\"1.1\",\"agency\":\"Sở Tư pháp\","
              + "\"channel\":\"ONLINE\",\"received_at\":\"2024-01-05T08:30\","
              + "\"due_at\":\"2024-01-19T17:00\"}\n";
      InputStream json =
          new SequenceInputStream(
              java.util.Collections.enumeration(
                  List.of(
                      bytes(String.format(good, "J1") + "{\"dossier_id\":\""),
                      repeated((byte) 'x', 300L << 20),
                      bytes("\"}\n" + String.format(good, "J3")))));
      System.out.println(
          "jsonl: " + DossierReader.defaults().readJsonLines("y", json, d -> {}).summary());

      InputStream cell =
          new SequenceInputStream(
              java.util.Collections.enumeration(
                  List.of(
                      bytes(HEADER + "C1,1.1,\""),
                      repeated((byte) 'y', 20L << 20),
                      bytes("\",ONLINE,2024-01-05T08:30,2024-01-19T17:00,\n" + row("C2", "Sở")))));
      System.out.println("cell: " + DossierReader.defaults().readCsv("z", cell, d -> {}).summary());
    }

    private static InputStream bytes(String s) {
      return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code count} copies of {@code b}, made as they are read. */
    private static InputStream repeated(byte b, long count) {
      return new InputStream() {
        private long left = count;

        @Override
        public int read() {
          return left-- > 0 ? b : -1;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
          if (left <= 0) {
            return -1;
          }
          int n = (int) Math.min(len, left);
          java.util.Arrays.fill(buf, off, off + n, b);
          left -= n;
          return n;
        }
      };
    }
  }
}
