package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in-process on hostile files and arguments: whatever the input, the answer is
 * the documented exit code and one line per failure or rejected row on standard error, never a
 * stack trace; rows read = accepted + rejected.
 */
class HostileInputTest {
  private static final Path SAMPLE_PLAN = Path.of("data/plans", DemoCommand.PLAN);
  private static final Pattern SUMMARY =
      Pattern.compile("read (\\d+) rows: (\\d+) accepted, (\\d+) rejected");
  private static final String HEADER =
      "dossier_id,procedure_code,agency,channel,received_at,due_at,finished_at\n";

  @TempDir static Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Asserts what every run must keep: a documented exit code and no stack trace. */
  private int runSafely(String... args) {
    int code = run(args);
    String all = out + "\n" + err;
    assertThat(code).as(String.join(" ", args)).isIn(Cchc.OK, Cchc.INPUT_REJECTED, Cchc.USAGE);
    assertThat(all)
        .as(String.join(" ", args))
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread")
        .doesNotContain("\u001B")
        .doesNotContainPattern("(?m)^[a-z]+(\\.[a-z]+)+\\.[A-Za-z]*(Exception|Error)");
    if (code != Cchc.OK) {
      assertThat(err.toString()).as(String.join(" ", args)).isNotBlank();
    }
    return code;
  }

  static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Path docx(String name, String part, String replace, String with) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(SAMPLE_PLAN.toFile());
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] b = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(part)) {
          b =
              new String(b, StandardCharsets.UTF_8)
                  .replace(replace, with)
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(b);
        zip.closeEntry();
      }
    }
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  static final List<String> FILES = new ArrayList<>();

  @BeforeAll
  static void hostileFiles() throws IOException {
    FILES.add(
        write(
                "nam-0000.txt",
                "KẾ HOẠCH\nCải cách hành chính năm 2024\nCăn cứ Quyết định số 12/QĐ-UBND ngày"
                    + " 01/01/0000 của UBND tỉnh;\nTrên 98% hồ sơ được giải quyết đúng hạn"
                    + " ngày 31/12/0000.\n")
            .toString());
    FILES.add(
        write(
                "dong-loi.csv",
                HEADER
                    + "A1,1.1,Sở Tư pháp,ONLINE,\"31/02/2024\nline 42: forged\u001B[2J\",x,\n"
                    + "A2,1.1,\"Sở \"x,ONLINE,2024-01-05T08:30,2024-01-19T17:00,\n"
                    + "A3,1.1,Sở Tư pháp,ONLINE,2024-01-05T08:30,2024-01-19T17:00,2024-01x18\n"
                    + "A4,1.1,Sở Tư pháp,ONLINE,2024-01-05T08:30,2024-01-19T17:00,\n"
                    + "A4,1.1,Sở Tư pháp,ONLINE,2024-01-05T08:30,2024-01-19T17:00,\n"
                    + "A5,1.1,\"Sở")
            .toString());
    Path bad = dir.resolve("khong-utf8.csv");
    Files.write(bad, new byte[] {'d', 'o', (byte) 0xC3, (byte) 0x28, '\n'});
    FILES.add(bad.toString());
    FILES.add(
        docx(
                "xxe.docx",
                "docProps/core.xml",
                "?>",
                "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
            .toString());
    FILES.add(
        docx(
                "bang-long-nhau.docx",
                "word/document.xml",
                "<w:body>",
                "<w:body>"
                    + "<w:tbl><w:tr><w:tc>".repeat(1500)
                    + "<w:p/>"
                    + "</w:tc></w:tr></w:tbl>".repeat(1500))
            .toString());
    FILES.add(SAMPLE_PLAN.toString());
    FILES.add(dir.toString()); // a folder
    FILES.add(dir.resolve("khong-co.csv").toString()); // missing
  }

  @Test
  void aYearZeroInAPlanIsNoDateAndNoCrash() {
    for (String command : new String[] {"citations", "plan", "targets"}) {
      assertThat(runSafely(command, FILES.get(0))).as(command).isEqualTo(Cchc.OK);
    }
    assertThat(
            runSafely(
                "evaluate", "--plan", FILES.get(0), "--dossiers", FILES.get(1), "--period", "2024"))
        .isIn(Cchc.OK, Cchc.INPUT_REJECTED);
  }

  @Test
  void eachRejectedRowIsOneEscapedLineAndTheCountsAddUp() {
    assertThat(runSafely("indicators", "--dossiers", FILES.get(1))).isEqualTo(Cchc.OK);
    String[] lines = err.toString().split("\n");
    Matcher m = SUMMARY.matcher(err.toString());
    assertThat(m.find()).isTrue();
    long read = Long.parseLong(m.group(1));
    long rejected = Long.parseLong(m.group(3));
    assertThat(read).isEqualTo(6);
    assertThat(Long.parseLong(m.group(2)) + rejected).isEqualTo(read);
    assertThat(rejected).isEqualTo(5);
    assertThat(lines).filteredOn(l -> l.startsWith("line ")).hasSize(5);
    assertThat(err.toString())
        .doesNotContain("\u001B")
        .contains("line 2: received_at: malformed date \"31/02/2024\\nline 42: forged\\u001B[2J\"")
        .contains("line 4: character 'x' after a closing quote")
        .contains("line 5: finished_at: malformed date \"2024-01x18\"")
        .contains("line 7: dossier_id: duplicate id \"A4\"")
        .contains("line 8: a quoted field is not closed before the end of the file");
  }

  @Test
  void bytesThatAreNotUtf8AreLocated() {
    assertThat(runSafely("indicators", "--dossiers", FILES.get(2))).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("not UTF-8 at line 1, byte offset 2: bad byte 0xC3");
    assertThat(runSafely("targets", FILES.get(2))).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("line 1, byte offset 2: not UTF-8 text: bad byte 0xC3");
  }

  @Test
  void anEmptyFileIsRejectedAndAUnicodeTextFromWindowsIsRead() throws IOException {
    Path empty = write("trong.txt", "\n  \n");
    for (String command : List.of("plan", "targets", "citations")) {
      assertThat(runSafely(command, empty.toString())).as(command).isEqualTo(Cchc.INPUT_REJECTED);
      assertThat(err.toString()).as(command).contains("trong.txt: file: no text");
    }
    // the sample plan's text as Notepad or Word's "Plain Text" export writes it with "Unicode"
    String text = io.github.cchc.model.plan.PlanReader.text(SAMPLE_PLAN);
    Path utf16 = dir.resolve("kh-unicode.txt");
    Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    Path utf8 = write("kh-utf8.txt", text);
    assertThat(runSafely("targets", utf16.toString())).isEqualTo(Cchc.OK);
    String fromUtf16 = out.toString();
    assertThat(runSafely("targets", utf8.toString())).isEqualTo(Cchc.OK);
    assertThat(fromUtf16).isNotBlank().isEqualTo(out.toString());
  }

  @Test
  void aDocxWithADtdOrDeeplyNestedTablesIsRefusedWithoutATrace() {
    assertThat(runSafely("plan", FILES.get(3))).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("docProps/core.xml: declares a DTD");
    assertThat(runSafely("plan", FILES.get(4))).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("tables nested deeper than 16 levels");
    assertThat(runSafely("targets", FILES.get(4))).isEqualTo(Cchc.INPUT_REJECTED);
  }

  @Test
  void garbageUnderTheNameOfEveryFormatIsOneLineAndExitOne() throws IOException {
    byte[] garbage = new byte[4096];
    new java.util.Random(42).nextBytes(garbage);
    for (String name :
        new String[] {"rac.xlsx", "rac.xls", "rac.pdf", "rac.doc", "rac.docx", "rac.jsonl"}) {
      Path f = Files.write(dir.resolve(name), garbage);
      for (String command : new String[] {"plan", "targets", "citations"}) {
        if (name.startsWith("rac.x") || name.endsWith(".jsonl")) {
          continue;
        }
        assertThat(runSafely(command, f.toString()))
            .as(command + " " + name)
            .isEqualTo(Cchc.INPUT_REJECTED);
        assertThat(err.toString().strip().lines()).as(command + " " + name).hasSize(1);
      }
      if (name.startsWith("rac.x") || name.endsWith(".jsonl")) {
        int code = runSafely("indicators", "--dossiers", f.toString());
        assertThat(code).as(name).isEqualTo(Cchc.INPUT_REJECTED);
      }
    }
    // a CSV under an Excel name
    Path csv = Files.copy(Path.of(FILES.get(1)), dir.resolve("la-csv.xlsx"));
    assertThat(runSafely("indicators", "--dossiers", csv.toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
  }

  @Test
  void argumentsOutOfRangeAreTypedErrors() throws IOException {
    Path file = Files.createFile(dir.resolve("la-tep"));
    assertThat(
            runSafely(
                "report",
                "--plan",
                FILES.get(5),
                "--dossiers",
                FILES.get(1),
                "--period",
                "2024",
                "--out",
                file.toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("la-tep: exists already and is not a folder");
    assertThat(runSafely("indicators", "--dossiers", FILES.get(1), "--year", "2147483647"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("year 2147483647 is not between 1 and 9999");
  }

  @Test
  void aTallyWithMoreGroupsThanTheLimitIsRefused() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 50; i++) {
      sb.append("A")
          .append(i)
          .append(",P")
          .append(i)
          .append(",Sở Tư pháp,ONLINE,2024-01-05T08:30,2024-01-19T17:00,\n");
    }
    Path f = write("nhieu-thu-tuc.csv", sb.toString());
    assertThat(
            runSafely(
                "indicators",
                "--dossiers",
                f.toString(),
                "--by",
                "procedure",
                "--max-groups",
                "10"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("more than 10 groups by procedure");
    assertThat(
            runSafely(
                "indicators",
                "--dossiers",
                f.toString(),
                "--by",
                "procedure",
                "--max-groups",
                "50"))
        .isEqualTo(Cchc.OK);
  }

  @Test
  void outputStaysProportionalToTheInput() throws IOException {
    StringBuilder sb = new StringBuilder("Trên 98% hồ sơ A");
    for (int i = 0; i < 4000; i++) {
      sb.append(", tối thiểu ").append(i % 100).append("% hồ sơ loại ").append(i);
    }
    Path f = write("nhieu-chi-tieu.txt", sb.append(".\n").toString());
    assertThat(runSafely("targets", f.toString())).isEqualTo(Cchc.OK);
    assertThat(out.toString().split("\n")).hasSizeGreaterThan(4000);
    assertThat(out.toString().length()).isLessThan(10 * (int) Files.size(f));
  }

  /** Arguments drawn from hostile values, for every read-only subcommand. */
  @Test
  void anyArgumentsGiveADocumentedExitCodeAndNoTrace() {
    String[] commands = {
      "indicators",
      "evaluate",
      "targets",
      "citations",
      "plan",
      "due",
      "holidays",
      "lunar",
      "progress"
    };
    String[] options = {
      "--dossiers",
      "--plan",
      "--period",
      "--year",
      "--by",
      "--as-of",
      "--received",
      "--days",
      "--hours",
      "--finished",
      "--pause",
      "--from",
      "--to",
      "--format",
      "--mapping",
      "--definition",
      "--max-groups",
      "--cut-off",
      "--tasks",
      "--measures",
      "--strict",
      "--schedule",
      "--jdbc",
      "--query",
      "--password-env"
    };
    List<String> values = new ArrayList<>(FILES);
    values.addAll(
        List.of(
            "2147483647",
            "-1",
            "0",
            "0000",
            "2024",
            "2024-Q5",
            "2024-02-30",
            "0000-01-01",
            "+999999999-12-31",
            "2024-01-02T25:61",
            "1899-12-31",
            "2200-01-01",
            "agency",
            "procedure",
            "national",
            "json",
            "x\u001B[2J\ny",
            "",
            "1e9",
            "99999999999",
            "2024-01-01/2023-01-01",
            "25:00",
            "jdbc:postgresql://127.0.0.1:1/x",
            "jdbc:nosuch:x",
            "select 1",
            "2024-02-07T16:30"));
    qt().withExamples(150)
        .forAll(
            integers().between(0, commands.length - 1),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 8))
        .checkAssert(
            (c, picks) -> {
              List<String> args = new ArrayList<>();
              args.add(commands[c]);
              for (int i = 0; i < picks.size(); i++) {
                int p = picks.get(i);
                if (p % 3 == 0) {
                  args.add(values.get(p % values.size()));
                } else {
                  args.add(options[p % options.length]);
                  args.add(values.get((p / 7) % values.size()));
                }
              }
              int code = runSafely(args.toArray(new String[0]));
              Matcher m = SUMMARY.matcher(err.toString());
              if (code == Cchc.OK && m.find()) {
                assertThat(Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)))
                    .isEqualTo(Long.parseLong(m.group(1)));
              }
            });
  }
}
