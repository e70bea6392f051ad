package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.document.Citation;
import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentNumber;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every document of the corpus of real documents (test resources {@code
 * io/github/cchc/model/corpus}) with the public API and compares what it reads with the labels
 * written by hand: precision and recall of targets and citations, the share of header fields right
 * (the signer's name among them, also counted on its own). Prints a table; the floors are the
 * figures reached on the tuning set, so that a regression fails. The documents of {@code holdout/}
 * were kept aside while the readers were tuned: their figures are printed separately and held to
 * the goal of the issue only as a report, not as a floor. The set {@code binary/} holds published
 * files ({@code .pdf}, {@code .doc}, {@code .docx}) read as a user reads them, so that what the
 * readers of those formats extract is scored with the rest.
 */
class CorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts over a set of documents. */
  static final class Score {
    int targetsFound;
    int targetsExpected;
    int targetsRight;
    int citationsFound;
    int citationsExpected;
    int citationsRight;
    int fields;
    int fieldsRight;
    int signers;
    int signersRight;
    int subjects;
    int subjectsRight;
    final List<String> misses = new ArrayList<>();

    double targetPrecision() {
      return ratio(targetsRight, targetsFound);
    }

    double targetRecall() {
      return ratio(targetsRight, targetsExpected);
    }

    double citationPrecision() {
      return ratio(citationsRight, citationsFound);
    }

    double citationRecall() {
      return ratio(citationsRight, citationsExpected);
    }

    double header() {
      return ratio(fieldsRight, fields);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "%-40s targets %3d/%3d/%3d P %.3f R %.3f | citations %3d/%3d/%3d P %.3f R %.3f"
              + " | header %3d/%3d %.3f | signer %d/%d | subject %d/%d",
          name,
          targetsRight,
          targetsFound,
          targetsExpected,
          targetPrecision(),
          targetRecall(),
          citationsRight,
          citationsFound,
          citationsExpected,
          citationPrecision(),
          citationRecall(),
          fieldsRight,
          fields,
          header(),
          signersRight,
          signers,
          subjectsRight,
          subjects);
    }

    void add(Score s) {
      targetsFound += s.targetsFound;
      targetsExpected += s.targetsExpected;
      targetsRight += s.targetsRight;
      citationsFound += s.citationsFound;
      citationsExpected += s.citationsExpected;
      citationsRight += s.citationsRight;
      fields += s.fields;
      fieldsRight += s.fieldsRight;
      signers += s.signers;
      signersRight += s.signersRight;
      subjects += s.subjects;
      subjectsRight += s.subjectsRight;
      misses.addAll(s.misses);
    }
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(CorpusTest.class.getResource("/io/github/cchc/model/corpus").toURI());
  }

  private static List<Path> documents(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The files a user has as they were published: {@code NAME.pdf}, {@code .doc}, {@code .docx}. */
  private static List<Path> binaryDocuments(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> BINARY.matcher(p.getFileName().toString()).find()).sorted().toList();
    }
  }

  /** A set of both kinds: its text pages and its published files, in the order of their names. */
  private static List<Path> allDocuments(Path folder) throws IOException {
    return Stream.concat(documents(folder).stream(), binaryDocuments(folder).stream())
        .sorted()
        .toList();
  }

  private static final java.util.regex.Pattern BINARY =
      java.util.regex.Pattern.compile("\\.(?:pdf|doc|docx)$");

  /** The file's name without its extension: the name of its labels. */
  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /**
   * Scores a labelled file read as a user reads it: a {@code .txt} through {@link
   * PlanReader#readAnyText} (the text the {@code cchc} command decodes), a {@code .pdf}, {@code
   * .doc}, {@code .docx} or a {@code .txt} whose text is Markdown ({@link
   * PlanReader#readsAsDocument}, as the command tells it) through {@link PlanReader#readAny(Path)}
   * for its header and targets ({@code cchc plan}, {@code cchc targets}) and {@link
   * PlanReader#text(Path)} for its citations ({@code cchc citations}).
   */
  static Score score(Path file) throws IOException {
    String id = id(file);
    boolean txt =
        file.getFileName().toString().endsWith(".txt") && !PlanReader.readsAsDocument(file);
    JsonNode label = JSON.readTree(file.resolveSibling(id + ".json").toFile());
    Score s = new Score();
    Plan plan = null;
    RuntimeException unread = null;
    try {
      plan =
          txt
              ? PlanReader.readAnyText(id, Files.readString(file, StandardCharsets.UTF_8))
              : PlanReader.readAny(file);
    } catch (RuntimeException e) {
      unread = e;
    }
    String text;
    try {
      text = txt ? Files.readString(file, StandardCharsets.UTF_8) : PlanReader.text(file);
    } catch (RuntimeException e) {
      text = "";
      s.misses.add(id + ": text not read: " + e.getMessage());
    }

    // header
    DocumentHeader h = null;
    if (plan != null) {
      h = plan.header().orElse(null);
    } else {
      s.misses.add(id + ": header not read: " + unread.getMessage());
    }
    String kind = label.path("kind").asText();
    if (kind.equals("article")) {
      field(s, id, "article", "true", h == null ? null : String.valueOf(h.article()));
    }
    field(
        s,
        id,
        "type",
        text(label, "type"),
        h == null ? null : h.documentType().map(t -> t.fullName()).orElse(null));
    field(
        s,
        id,
        "number",
        canonical(text(label, "number")),
        h == null ? null : h.numberSymbol().map(DocumentNumber::format).orElse(null));
    field(s, id, "place", text(label, "place"), h == null ? null : h.place().orElse(null));
    field(
        s,
        id,
        "date",
        text(label, "date"),
        h == null ? null : h.date().map(Object::toString).orElse(null));
    field(
        s,
        id,
        "title",
        norm(text(label, "title")),
        h == null ? null : h.title().map(CorpusTest::norm).orElse(null));
    field(
        s,
        id,
        "issuer",
        norm(text(label, "issuer")),
        h == null ? null : norm(String.join(" ", h.issuingBody())));
    field(s, id, "signer", text(label, "signer"), h == null ? null : h.signer().orElse(null));
    if (label.has("addressees")) {
      List<String> want = new ArrayList<>();
      label.path("addressees").forEach(a -> want.add(a.asText()));
      field(s, id, "addressees", String.join("; ", want), h == null ? null : addressees(h));
    }
    if (text(label, "signer") != null) {
      s.signers++;
      if (h != null && h.signer().filter(text(label, "signer")::equals).isPresent()) {
        s.signersRight++;
      }
    }

    // targets
    List<String> expected = new ArrayList<>();
    for (JsonNode t : label.path("targets")) {
      expected.add(
          t.path("comparator").asText()
              + " "
              + number(t.path("value").asText())
              + " "
              + t.path("unit").asText());
    }
    List<String> found = new ArrayList<>();
    List<Target> read;
    if (plan != null) {
      read = plan.targets();
    } else {
      read = List.of();
      s.misses.add(id + ": targets not read: " + unread.getMessage());
    }
    for (Target t : read) {
      found.add(
          t.comparator()
              + " "
              + t.value().map(v -> number(v.toPlainString())).orElse("-")
              + " "
              + t.unit().map(Enum::name).orElse("-"));
    }
    s.targetsExpected = expected.size();
    s.targetsFound = found.size();
    s.targetsRight = match(id, "target", expected, found, s.misses);
    scoreSubjects(s, id, label, expected, found, read);

    // citations
    List<String> cexp = new ArrayList<>();
    for (JsonNode c : label.path("citations")) {
      cexp.add(canonical(c.asText()));
    }
    List<String> cfound = new ArrayList<>();
    for (Citation c : CitationExtractor.extract(text)) {
      cfound.add(c.number().format());
    }
    s.citationsExpected = cexp.size();
    s.citationsFound = cfound.size();
    s.citationsRight = match(id, "citation", cexp, cfound, s.misses);
    return s;
  }

  /**
   * Scores the subjects of the targets whose label has one ({@code "subject"}: the shortest phrase
   * of the text that names what the figure measures, labelled by hand). A labelled subject is read
   * right when a target read with the same comparator, value and unit has a subject that holds the
   * labelled phrase (NFC, case and runs of spaces aside) and holds no percentage of its own, which
   * would be another goal's figure run into it. Each target read serves one label.
   */
  private static void scoreSubjects(
      Score s,
      String id,
      JsonNode label,
      List<String> expected,
      List<String> found,
      List<Target> read) {
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      left.add(i);
    }
    int n = 0;
    for (JsonNode t : label.path("targets")) {
      String key = expected.get(n++);
      JsonNode want = t.path("subject");
      if (want.isMissingNode() || want.isNull()) {
        continue;
      }
      s.subjects++;
      String phrase = fold(want.asText());
      Integer hit = null;
      List<String> seen = new ArrayList<>();
      for (Integer i : left) {
        if (!found.get(i).equals(key)) {
          continue;
        }
        String subject = read.get(i).subject();
        seen.add(subject);
        if (fold(subject).contains(phrase) && !OWN_FIGURE.matcher(subject).find()) {
          hit = i;
          break;
        }
      }
      if (hit != null) {
        left.remove(hit);
        s.subjectsRight++;
      } else {
        s.misses.add(id + ": subject of " + key + " expected <" + want.asText() + "> read " + seen);
      }
    }
  }

  private static final java.util.regex.Pattern OWN_FIGURE =
      java.util.regex.Pattern.compile("\\d\\s*%");

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The "Kính gửi" addressees the header reads, joined by "; " (none read: {@code null}). */
  private static String addressees(DocumentHeader h) {
    return h.addressees().isEmpty() ? null : String.join("; ", h.addressees());
  }

  private static String text(JsonNode label, String field) {
    JsonNode n = label.path(field);
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static void field(Score s, String id, String field, String expected, String found) {
    if (expected == null) {
      return;
    }
    s.fields++;
    if (expected.equals(found)) {
      s.fieldsRight++;
    } else {
      s.misses.add(id + ": " + field + " expected <" + expected + "> read <" + found + ">");
    }
  }

  private static int match(
      String id, String what, List<String> expected, List<String> found, List<String> misses) {
    List<String> left = new ArrayList<>(found);
    int right = 0;
    for (String e : expected) {
      if (left.remove(e)) {
        right++;
      } else {
        misses.add(id + ": " + what + " missed " + e);
      }
    }
    for (String f : left) {
      misses.add(id + ": " + what + " extra " + f);
    }
    return right;
  }

  private static String norm(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static String number(String v) {
    return new BigDecimal(v.replace(',', '.')).stripTrailingZeros().toPlainString();
  }

  private static String canonical(String symbol) {
    if (symbol == null) {
      return null;
    }
    try {
      return DocumentNumber.parse(symbol).format();
    } catch (CchcParseException e) {
      return symbol.replaceAll("\\s+", "");
    }
  }

  private static Score run(String title, List<Path> docs) throws IOException {
    Score total = new Score();
    System.out.println("== " + title + " (" + docs.size() + " documents)");
    for (Path p : docs) {
      Score s = score(p);
      System.out.println(s.row(id(p)));
      total.add(s);
    }
    System.out.println(total.row("TOTAL " + title));
    total.misses.forEach(m -> System.out.println("  " + m));
    return total;
  }

  @Test
  void tuningSetHoldsItsFloors() throws Exception {
    Score s = run("tuning", documents(corpus()));
    assertThat(s.targetPrecision()).as("target precision").isGreaterThanOrEqualTo(TARGET_P);
    assertThat(s.targetRecall()).as("target recall").isGreaterThanOrEqualTo(TARGET_R);
    assertThat(s.citationPrecision()).as("citation precision").isGreaterThanOrEqualTo(CITE_P);
    assertThat(s.citationRecall()).as("citation recall").isGreaterThanOrEqualTo(CITE_R);
    assertThat(s.header()).as("header fields").isGreaterThanOrEqualTo(HEADER);
  }

  @Test
  void holdoutIsReported() throws Exception {
    Score s = run("holdout", documents(corpus().resolve("holdout")));
    holds(s, "1/1/1 17/17/17 41");
  }

  @Test
  void unseenHoldoutIsReported() throws Exception {
    // labelled by hand before any reader ran on it; reported, not held to a floor
    Score s = run("unseen", documents(corpus().resolve("unseen")));
    holds(s, "27/27/27 37/37/37 41");
  }

  @Test
  void secondUnseenHoldoutIsReported() throws Exception {
    // unseen2: labelled by hand and committed before any reader ran on it; reported, no floor
    Score s = run("unseen2", documents(corpus().resolve("unseen2")));
    holds(s, "24/24/24 59/59/59 72");
  }

  @Test
  void thirdUnseenHoldoutIsReported() throws Exception {
    // unseen3 (issue 16, fourth round): 23 pages labelled by hand and committed before any reader
    // ran on them; its first-run figures are the claim (CHANGELOG); reported, no floor
    Score s = run("unseen3", documents(corpus().resolve("unseen3")));
    holds(s, "14/14/14 45/45/45 85");
  }

  @Test
  void fourthUnseenHoldoutIsReported() throws Exception {
    // unseen4: 13 pages collected half way through the fourth round, labelled and committed
    // (0c464df) before any reader ran on them, first run at the end of the round; no floor
    Score s = run("unseen4", documents(corpus().resolve("unseen4")));
    holds(s, "12/12/12 30/30/30 42");
  }

  @Test
  void fifthUnseenHoldoutIsReported() throws Exception {
    // unseen5 (issue 16, fifth round): 19 pages collected first in the round, labelled by hand and
    // committed (534fe65) before any reader ran on them, first run at the end of the round; no
    // floor
    Score s = run("unseen5", documents(corpus().resolve("unseen5")));
    holds(s, "27/27/27 33/33/33 66");
  }

  @Test
  void sixthUnseenHoldoutIsReported() throws Exception {
    // unseen6 (issue 16, sixth round): 17 pages collected first in the round, labelled by hand and
    // committed (9bb8289) before any reader ran on them, first run at the end of the round; no
    // floor
    Score s = run("unseen6", documents(corpus().resolve("unseen6")));
    holds(s, "16/16/16 60/60/60 67");
  }

  @Test
  void seventhUnseenHoldoutIsReported() throws Exception {
    // unseen7 (issue 16, seventh round): 18 pages collected first in the round, labelled by hand
    // and committed (f83a2d3) before any reader ran on them, first run at the end of the round; no
    // floor
    Score s = run("unseen7", documents(corpus().resolve("unseen7")));
    holds(s, "8/8/8 35/35/35 78");
  }

  @Test
  void eighthUnseenHoldoutIsReported() throws Exception {
    // unseen8 (issue 16, eighth round): 21 pages collected first in the round, labelled by hand
    // and committed (8ed3874) before any reader ran on them, first run at the end of the round; no
    // floor
    Score s = run("unseen8", documents(corpus().resolve("unseen8")));
    holds(s, "21/21/21 37/37/37 68");
  }

  @Test
  void ninthUnseenHoldoutIsReported() throws Exception {
    // unseen9 (issue 16, ninth round): 18 pages collected first in the round, labelled by hand
    // and committed (b133fb9) before any reader ran on them, first run at the end of the round; no
    // floor
    Score s = run("unseen9", documents(corpus().resolve("unseen9")));
    holds(s, "7/7/7 34/34/34 44");
  }

  @Test
  void tenthUnseenHoldoutIsReported() throws Exception {
    // unseen10 (issue 16, tenth round): 40 pages collected by another engineer during the round,
    // labelled by hand and committed (b85100a, e08b3f4) before any reader ran on them, first run at
    // the end of the round; no floor
    Score s = run("unseen10", documents(corpus().resolve("unseen10")));
    holds(s, "21/21/21 88/88/88 127");
  }

  @Test
  void eleventhUnseenHoldoutIsReported() throws Exception {
    // unseen11 (issue 16, tenth round): 38 pages (93 targets on 17) collected by another engineer
    // during the round, labelled by hand and committed (8f41324, 42d2b3d) before any reader ran on
    // them, first run after the round's fixes were merged; no floor
    Score s = run("unseen11", documents(corpus().resolve("unseen11")));
    holds(s, "93/94/93 65/65/65 112");
  }

  @Test
  void twelfthUnseenHoldoutIsReported() throws Exception {
    // unseen12 (issue 16, tenth round): 39 pages (70 targets on 14, 15 documents with their own
    // header) collected and committed (250980a, e968bdc) like unseen11; no floor
    Score s = run("unseen12", documents(corpus().resolve("unseen12")));
    holds(s, "70/70/70 65/65/65 126");
  }

  @Test
  void thirteenthUnseenHoldoutIsReported() throws Exception {
    // unseen13 (issue 16, eleventh round): 36 pages (70 targets on 15) collected by another
    // engineer during the round, labelled by hand and committed (1963493 … f071f33, merged in
    // dfb5282) before any reader ran on them, first run after this round's fixes; no floor
    Score s = run("unseen13", documents(corpus().resolve("unseen13")));
    holds(s, "70/70/70 100/100/100 102");
  }

  @Test
  void fourteenthUnseenHoldoutIsReported() throws Exception {
    // unseen14 (issue 16, eleventh round): 29 pages (96 targets on 17) collected by another
    // engineer during the round, labelled by hand and committed (50c5440, 733c29c) before any
    // reader ran on them, first run after this round's fixes were merged; no floor
    Score s = run("unseen14", documents(corpus().resolve("unseen14")));
    holds(s, "96/96/96 55/55/55 80");
  }

  @Test
  void binaryDocumentsAreReportedAsTheirFilesAreRead() throws Exception {
    // binary/ (issue 16, PDF and .doc round): real published .pdf and .doc files, labelled by hand
    // from their rendered pages and committed (3fb099e; the seventh, Lai Châu, dc16c1f) before any
    // reader ran on them; read through the path the cchc command takes (readAny, text), so
    // extraction is scored too
    Score s = run("binary", binaryDocuments(corpus().resolve("binary")));
    holds(s, "0/0/0 30/30/53 35");
  }

  @Test
  void fileFormatTuningSetIsReported() throws Exception {
    // tuning-p/ (issue 16, part P): eight published .doc and .pdf files in the legacy encodings of
    // the archives (VNI, TCVN3 in Word runs and in PDF text layers), labelled by hand from their
    // rendered pages and committed before any reader ran on them; read as binary/ is read
    Score s = run("tuning-p", binaryDocuments(corpus().resolve("tuning-p")));
    holds(s, "3/3/3 83/83/84 54");
  }

  @Test
  void fifteenthUnseenHoldoutIsReported() throws Exception {
    // unseen15 (issue 16, twelfth round): 32 pages (89 targets on 17) collected by another engineer
    // during the
    // round, labelled by hand and committed before any reader ran on them, first run on main after
    // the round's first fixes were merged (1c10541)
    Score s = run("unseen15", documents(corpus().resolve("unseen15")));
    holds(s, "91/92/91 31/31/31 78");
  }

  @Test
  void sixteenthUnseenHoldoutIsReported() throws Exception {
    // unseen16 (issue 16, twelfth round): 45 pages (81 targets on 20) collected by another engineer
    // during the
    // round, labelled by hand and committed before any reader ran on them, first run on main after
    // the round's first fixes were merged (1c10541)
    Score s = run("unseen16", documents(corpus().resolve("unseen16")));
    holds(s, "81/81/81 26/26/26 89");
  }

  @Test
  void seventeenthUnseenHoldoutIsReported() throws Exception {
    // unseen17 (issue 16, twelfth round): 35 pages (72 targets on 16) collected by another engineer
    // during the
    // round, labelled by hand and committed before any reader ran on them, first run on main after
    // the round's first fixes were merged (1c10541)
    Score s = run("unseen17", documents(corpus().resolve("unseen17")));
    holds(s, "71/71/72 51/51/52 86");
  }

  @Test
  void eighteenthUnseenHoldoutIsReported() throws Exception {
    // unseen18 (issue 16, twelfth round): 44 pages (76 targets on 22) collected by another engineer
    // during the
    // round, labelled by hand and committed before any reader ran on them, kept out of main while
    // the round's fixes were made, first run on main after all of them were merged
    Score s = run("unseen18", documents(corpus().resolve("unseen18")));
    holds(s, "75/76/76 57/57/57 136");
  }

  @Test
  void nineteenthUnseenHoldoutIsReported() throws Exception {
    // unseen19 (issue 16, twelfth round): 45 pages (78 targets on 18) collected by another engineer
    // during the
    // round, labelled by hand and committed before any reader ran on them, kept out of main while
    // the round's fixes were made, first run on main after all of them were merged
    Score s = run("unseen19", documents(corpus().resolve("unseen19")));
    holds(s, "77/78/78 98/98/98 107");
  }

  @Test
  void headerTuningSetIsReported() throws Exception {
    // tuning-h (issue 16, part H): 21 pages collected for the header and citation fixes of the
    // round, labelled by hand and committed before any reader ran on them (f737888); tuned on
    Score s = run("tuning-h", documents(corpus().resolve("tuning-h")));
    holds(s, "0/0/0 36/36/36 77");
  }

  @Test
  void targetPrecisionTuningSetIsReported() throws Exception {
    // tuning-t2 (issue 16, target precision): 25 real pages of results (2024-2025 socio-economic
    // results, congress reviews of the past term, DTI and digital-economy results, forecasts by
    // others), two of them mixing 2024 results with 2025 goals, labelled before any reader ran on
    // them
    Score s = run("tuning-t2", documents(corpus().resolve("tuning-t2")));
    holds(s, "5/5/6 3/3/3 31");
  }

  @Test
  void targetRecallTuningSetIsReported() throws Exception {
    // tuning-t1 (issue 16, part T1, target recall): 15 pages (38 targets on 14) of lists of chỉ
    // tiêu of congresses of provinces, districts, communes and wards, strategy goals told as "đến
    // năm 2030" / "giai đoạn 2026-2030" clauses and ranks ("nhóm 30 nền kinh tế", "top 30", "top
    // 40"), collected and labelled by hand before any reader ran on them; tuned on
    Score s = run("tuning-t1", documents(corpus().resolve("tuning-t1")));
    holds(s, "38/38/38 6/6/6 23");
  }

  @Test
  void encyclopaediaTuningSetIsReported() throws Exception {
    // tuning-wiki (issue 16, seventeenth round, part T2o, target precision): six Vietnamese
    // Wikipedia pages of the tnt305/tai_lieu_noi_bo crawl (provinces, a country, an economy, a
    // period of history), cut to their lines with percentages, labelled by hand before any reader
    // change: descriptions, history, climate, statistics, estimates and infobox cells are not goals
    Score s = run("tuning-wiki", documents(corpus().resolve("tuning-wiki")));
    holds(s, "36/36/36 3/4/3 12");
  }

  @Test
  void goalTablesTuningSetIsReported() throws Exception {
    // tuning-tables (issue 16, part Tt, targets in tables): pages whose chỉ tiêu stand in a table
    // (flattened one cell per line or with "|"), the unit in its own column or in the column's
    // heading, and a table of results as a counter-example; labelled by hand before any reader ran
    // on them; tuned on
    Score s = run("tuning-tables", allDocuments(corpus().resolve("tuning-tables")));
    holds(s, "71/71/71 2/2/3 6");
  }

  @Test
  void twentiethUnseenHoldoutIsReported() throws Exception {
    // unseen20 (issue 16, thirteenth round): collected and labelled by hand by another engineer at
    // the start of the round, before any reader ran on them, kept out of main (branch heldout)
    // while
    // the round's fixes were made, first run on main after all of them were merged (c8e05be)
    Score s = run("unseen20", allDocuments(corpus().resolve("unseen20")));
    holds(s, "81/81/83 96/96/96 115");
  }

  @Test
  void twentyFirstUnseenHoldoutIsReported() throws Exception {
    // unseen21 (issue 16, thirteenth round): collected and labelled by hand by another engineer at
    // the start of the round, before any reader ran on them, kept out of main (branch heldout)
    // while
    // the round's fixes were made, first run on main after all of them were merged (c8e05be)
    Score s = run("unseen21", allDocuments(corpus().resolve("unseen21")));
    holds(s, "68/69/69 42/42/43 69");
  }

  @Test
  void twentySecondUnseenHoldoutIsReported() throws Exception {
    // unseen22 (issue 16, thirteenth round): collected and labelled by hand by another engineer at
    // the start of the round, before any reader ran on them, kept out of main (branch heldout)
    // while
    // the round's fixes were made, first run on main after all of them were merged (c8e05be)
    Score s = run("unseen22", allDocuments(corpus().resolve("unseen22")));
    holds(s, "82/82/82 65/65/66 128");
  }

  @Test
  void twentyThirdUnseenHoldoutIsReported() throws Exception {
    // unseen23 (issue 16, thirteenth round): collected and labelled by hand by another engineer at
    // the start of the round, before any reader ran on them, kept out of main (branch heldout)
    // while
    // the round's fixes were made, first run on main after all of them were merged (c8e05be)
    Score s = run("unseen23", allDocuments(corpus().resolve("unseen23")));
    holds(s, "71/71/73 64/64/64 110");
  }

  @Test
  void twentyFourthUnseenHoldoutIsReported() throws Exception {
    // unseen24 (issue 16, thirteenth round): collected and labelled by hand by another engineer at
    // the start of the round, before any reader ran on them, kept out of main (branch heldout)
    // while
    // the round's fixes were made, first run on main after all of them were merged (c8e05be)
    Score s = run("unseen24", allDocuments(corpus().resolve("unseen24")));
    holds(s, "93/94/96 78/78/89 88");
  }

  @Test
  void twentyFifthUnseenHoldoutIsReported() throws Exception {
    // unseen25 (issue 16, thirteenth round, second part): collected and labelled by hand by another
    // engineer while the first-run misses of unseen20-24 were being fixed, before any reader ran on
    // them, kept out of main (branch heldout2), first run on main after every fix (6283e47)
    Score s = run("unseen25", allDocuments(corpus().resolve("unseen25")));
    holds(s, "61/62/61 59/59/59 122");
  }

  @Test
  void twentySixthUnseenHoldoutIsReported() throws Exception {
    // unseen26 (issue 16, thirteenth round, second part): collected and labelled by hand by another
    // engineer while the first-run misses of unseen20-24 were being fixed, before any reader ran on
    // them, kept out of main (branch heldout2), first run on main after every fix (6283e47)
    Score s = run("unseen26", allDocuments(corpus().resolve("unseen26")));
    holds(s, "79/79/81 82/82/82 110");
  }

  @Test
  void twentySeventhUnseenHoldoutIsReported() throws Exception {
    // unseen27 (issue 16, thirteenth round, second part): collected and labelled by hand by another
    // engineer while the first-run misses of unseen20-24 were being fixed, before any reader ran on
    // them, kept out of main (branch heldout2), first run on main after every fix (6283e47)
    Score s = run("unseen27", allDocuments(corpus().resolve("unseen27")));
    holds(s, "90/90/90 75/75/75 133");
  }

  @Test
  void twentyEighthUnseenHoldoutIsReported() throws Exception {
    // unseen28 (issue 16, thirteenth round, second part): collected and labelled by hand by another
    // engineer while the first-run misses of unseen20-24 were being fixed, before any reader ran on
    // them, kept out of main (branch heldout2), first run on main after every fix (6283e47)
    Score s = run("unseen28", allDocuments(corpus().resolve("unseen28")));
    holds(s, "99/99/99 88/88/89 118");
  }

  @Test
  void twentyNinthUnseenHoldoutIsReported() throws Exception {
    // unseen29 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout3) while the readers were
    // changed, first run on main after every fix (bd33301)
    Score s = run("unseen29", allDocuments(corpus().resolve("unseen29")));
    holds(s, "64/65/64 52/52/52 99");
  }

  @Test
  void thirtiethUnseenHoldoutIsReported() throws Exception {
    // unseen30 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout3) while the readers were
    // changed, first run on main after every fix (bd33301)
    Score s = run("unseen30", allDocuments(corpus().resolve("unseen30")));
    holds(s, "81/81/81 56/56/56 127");
  }

  @Test
  void thirtyFirstUnseenHoldoutIsReported() throws Exception {
    // unseen31 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout3) while the readers were
    // changed, first run on main after every fix (bd33301)
    Score s = run("unseen31", allDocuments(corpus().resolve("unseen31")));
    holds(s, "60/60/61 81/81/81 132");
  }

  @Test
  void thirtySecondUnseenHoldoutIsReported() throws Exception {
    // unseen32 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout3) while the readers were
    // changed, first run on main after every fix (bd33301)
    Score s = run("unseen32", allDocuments(corpus().resolve("unseen32")));
    holds(s, "78/78/78 70/70/70 100");
  }

  @Test
  void thirtyThirdUnseenHoldoutIsReported() throws Exception {
    // unseen33 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout4) while the readers were
    // changed, first run on main after every fix (ea0b5b1)
    Score s = run("unseen33", allDocuments(corpus().resolve("unseen33")));
    holds(s, "75/76/75 70/70/70 125");
  }

  @Test
  void thirtyFourthUnseenHoldoutIsReported() throws Exception {
    // unseen34 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout4) while the readers were
    // changed, first run on main after every fix (ea0b5b1)
    Score s = run("unseen34", allDocuments(corpus().resolve("unseen34")));
    holds(s, "67/67/68 85/85/85 148");
  }

  @Test
  void thirtyFifthUnseenHoldoutIsReported() throws Exception {
    // unseen35 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout4) while the readers were
    // changed, first run on main after every fix (ea0b5b1)
    Score s = run("unseen35", allDocuments(corpus().resolve("unseen35")));
    holds(s, "81/81/82 94/94/95 136");
  }

  @Test
  void thirtySixthUnseenHoldoutIsReported() throws Exception {
    // unseen36 (issue 16, fourteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout4) while the readers were
    // changed, first run on main after every fix (ea0b5b1)
    Score s = run("unseen36", allDocuments(corpus().resolve("unseen36")));
    holds(s, "64/64/67 63/64/66 105");
  }

  @Test
  void thirtySeventhUnseenHoldoutIsReported() throws Exception {
    // unseen37 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout5) while the readers were
    // changed, first run on main after every fix (5c2309d)
    Score s = run("unseen37", allDocuments(corpus().resolve("unseen37")));
    holds(s, "86/86/86 81/81/81 114");
  }

  @Test
  void thirtyEighthUnseenHoldoutIsReported() throws Exception {
    // unseen38 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout5) while the readers were
    // changed, first run on main after every fix (5c2309d)
    Score s = run("unseen38", allDocuments(corpus().resolve("unseen38")));
    holds(s, "75/77/76 49/49/49 96");
  }

  @Test
  void thirtyNinthUnseenHoldoutIsReported() throws Exception {
    // unseen39 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout5) while the readers were
    // changed, first run on main after every fix (5c2309d)
    Score s = run("unseen39", allDocuments(corpus().resolve("unseen39")));
    holds(s, "66/67/66 90/90/90 105");
  }

  @Test
  void fortiethUnseenHoldoutIsReported() throws Exception {
    // unseen40 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout5) while the readers were
    // changed, first run on main after every fix (5c2309d)
    Score s = run("unseen40", allDocuments(corpus().resolve("unseen40")));
    holds(s, "124/126/125 106/106/108 89");
  }

  @Test
  void fortyFirstUnseenHoldoutIsReported() throws Exception {
    // unseen41 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout6) while the readers were
    // changed, first run on main after every fix (382ef2e)
    Score s = run("unseen41", allDocuments(corpus().resolve("unseen41")));
    holds(s, "79/79/79 72/72/72 91");
  }

  @Test
  void fortySecondUnseenHoldoutIsReported() throws Exception {
    // unseen42 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout6) while the readers were
    // changed, first run on main after every fix (382ef2e)
    Score s = run("unseen42", allDocuments(corpus().resolve("unseen42")));
    holds(s, "109/109/109 65/65/65 129");
  }

  @Test
  void fortyThirdUnseenHoldoutIsReported() throws Exception {
    // unseen43 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout6) while the readers were
    // changed, first run on main after every fix (382ef2e)
    Score s = run("unseen43", allDocuments(corpus().resolve("unseen43")));
    holds(s, "73/74/73 78/78/80 129");
  }

  @Test
  void fortyFourthUnseenHoldoutIsReported() throws Exception {
    // unseen44 (issue 16, fifteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout6) while the readers were
    // changed, first run on main after every fix (382ef2e)
    Score s = run("unseen44", allDocuments(corpus().resolve("unseen44")));
    holds(s, "65/65/65 53/53/55 95");
  }

  @Test
  void fortyFifthUnseenHoldoutIsReported() throws Exception {
    // unseen45 (issue 16, sixteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout7) while the readers were
    // changed, first run on main after every fix (d81d389)
    Score s = run("unseen45", allDocuments(corpus().resolve("unseen45")));
    holds(s, "81/85/81 85/85/85 111");
  }

  @Test
  void fortySixthUnseenHoldoutIsReported() throws Exception {
    // unseen46 (issue 16, sixteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout7) while the readers were
    // changed, first run on main after every fix (d81d389)
    Score s = run("unseen46", allDocuments(corpus().resolve("unseen46")));
    holds(s, "101/103/102 82/82/82 116");
  }

  @Test
  void fortySeventhUnseenHoldoutIsReported() throws Exception {
    // unseen47 (issue 16, sixteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout7) while the readers were
    // changed, first run on main after every fix (d81d389)
    Score s = run("unseen47", allDocuments(corpus().resolve("unseen47")));
    holds(s, "66/67/66 73/73/73 121");
  }

  @Test
  void fortyEighthUnseenHoldoutIsReported() throws Exception {
    // unseen48 (issue 16, sixteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout7) while the readers were
    // changed, first run on main after every fix (d81d389)
    Score s = run("unseen48", allDocuments(corpus().resolve("unseen48")));
    holds(s, "64/66/65 130/130/130 67");
  }

  @Test
  void fortyNinthUnseenHoldoutIsReported() throws Exception {
    // unseen49 (issue 16, seventeenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout8) while the readers were
    // changed, first run on main after every fix (21a0653c)
    Score s = run("unseen49", allDocuments(corpus().resolve("unseen49")));
    holds(s, "50/50/50 100/100/100 109");
  }

  @Test
  void fiftiethUnseenHoldoutIsReported() throws Exception {
    // unseen50 (issue 16, seventeenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout8) while the readers were
    // changed, first run on main after every fix (21a0653c)
    Score s = run("unseen50", allDocuments(corpus().resolve("unseen50")));
    holds(s, "48/48/50 69/69/69 112");
  }

  @Test
  void fiftyFirstUnseenHoldoutIsReported() throws Exception {
    // unseen51 (issue 16, seventeenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout8) while the readers were
    // changed, first run on main after every fix (21a0653c)
    Score s = run("unseen51", allDocuments(corpus().resolve("unseen51")));
    holds(s, "61/63/62 34/34/34 86");
  }

  @Test
  void fiftySecondUnseenHoldoutIsReported() throws Exception {
    // unseen52 (issue 16, seventeenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout8) while the readers were
    // changed, first run on main after every fix (21a0653c)
    Score s = run("unseen52", allDocuments(corpus().resolve("unseen52")));
    holds(s, "48/48/50 52/52/52 86");
  }

  @Test
  void fiftyThirdUnseenHoldoutIsReported() throws Exception {
    // unseen53 (issue 16, eighteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout9) while the readers were
    // changed, first run on main after every fix (f356569)
    Score s = run("unseen53", allDocuments(corpus().resolve("unseen53")));
    holds(s, "80/83/80 73/73/73 95 79/80");
  }

  @Test
  void fiftyFourthUnseenHoldoutIsReported() throws Exception {
    // unseen54 (issue 16, eighteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout9) while the readers were
    // changed, first run on main after every fix (f356569)
    Score s = run("unseen54", allDocuments(corpus().resolve("unseen54")));
    holds(s, "83/84/88 56/56/57 100 83/88");
  }

  @Test
  void fiftyFifthUnseenHoldoutIsReported() throws Exception {
    // unseen55 (issue 16, eighteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout9) while the readers were
    // changed, first run on main after every fix (f356569)
    Score s = run("unseen55", allDocuments(corpus().resolve("unseen55")));
    holds(s, "34/34/35 50/50/51 98 34/35");
  }

  @Test
  void fiftySixthUnseenHoldoutIsReported() throws Exception {
    // unseen56 (issue 16, eighteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout9) while the readers were
    // changed, first run on main after every fix (f356569)
    Score s = run("unseen56", allDocuments(corpus().resolve("unseen56")));
    holds(s, "35/35/36 79/79/79 108 34/36");
  }

  @Test
  void fiftySeventhUnseenHoldoutIsReported() throws Exception {
    // unseen57 (issue 16, eighteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout9) while the readers were
    // changed, first run on main after every fix (f356569)
    Score s = run("unseen57", allDocuments(corpus().resolve("unseen57")));
    holds(s, "70/71/72 3/3/3 47 70/72");
  }

  @Test
  void fiftyEighthUnseenHoldoutIsReported() throws Exception {
    // unseen58 (issue 16, eighteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout9) while the readers were
    // changed, first run on main after every fix (f356569)
    Score s = run("unseen58", allDocuments(corpus().resolve("unseen58")));
    holds(s, "50/52/53 60/61/61 117 49/53");
  }

  @Test
  void fiftyNinthUnseenHoldoutIsReported() throws Exception {
    // unseen59 (issue 16, eighteenth round, second run): collected and labelled by hand by another
    // engineer
    // before any reader ran on them, kept out of main (branch heldout10) while the readers were
    // changed, first run on main after every fix (39d6775)
    Score s = run("unseen59", allDocuments(corpus().resolve("unseen59")));
    holds(s, "47/47/48 18/18/18 24");
  }

  @Test
  void sixtiethUnseenHoldoutIsReported() throws Exception {
    // unseen60 (issue 16, eighteenth round, second run): collected and labelled by hand by another
    // engineer
    // before any reader ran on them, kept out of main (branch heldout10) while the readers were
    // changed, first run on main after every fix (39d6775)
    Score s = run("unseen60", allDocuments(corpus().resolve("unseen60")));
    holds(s, "9/9/9 59/59/61 61");
  }

  @Test
  void sixtyFirstUnseenHoldoutIsReported() throws Exception {
    // unseen61 (issue 16, nineteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout11) while the readers were
    // changed, first run on main after every fix (f69085c)
    Score s = run("unseen61", allDocuments(corpus().resolve("unseen61")));
    holds(s, "70/72/72 127/128/129 81 68/72");
  }

  @Test
  void sixtySecondUnseenHoldoutIsReported() throws Exception {
    // unseen62 (issue 16, nineteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout11) while the readers were
    // changed, first run on main after every fix (f69085c)
    Score s = run("unseen62", allDocuments(corpus().resolve("unseen62")));
    holds(s, "59/59/59 237/244/241 108 57/59");
  }

  @Test
  void sixtyThirdUnseenHoldoutIsReported() throws Exception {
    // unseen63 (issue 16, nineteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout11) while the readers were
    // changed, first run on main after every fix (f69085c)
    Score s = run("unseen63", allDocuments(corpus().resolve("unseen63")));
    holds(s, "0/0/0 321/321/329 171");
  }

  @Test
  void sixtyFourthUnseenHoldoutIsReported() throws Exception {
    // unseen64 (issue 16, nineteenth round): collected and labelled by hand by another engineer
    // before any reader ran on them, kept out of main (branch heldout11) while the readers were
    // changed, first run on main after every fix (f69085c)
    Score s = run("unseen64", allDocuments(corpus().resolve("unseen64")));
    holds(s, "28/28/42 16/16/17 43 21/42");
  }

  /**
   * The set keeps the figures it reached (printed as "right/read/labelled" for targets and
   * citations, then header fields right, then, for a set whose targets have their subjects
   * labelled, subjects as "right/labelled"): no fewer right, no more read wrongly. A first-run set
   * keeps its figures of the commit that tuned it last, so a change that makes any set worse fails.
   */
  private static void holds(Score s, String figures) {
    String[] f = figures.split(" ");
    int[] t = Arrays.stream(f[0].split("/")).mapToInt(Integer::parseInt).toArray();
    int[] c = Arrays.stream(f[1].split("/")).mapToInt(Integer::parseInt).toArray();
    assertThat(s.targetsExpected).as("targets labelled").isEqualTo(t[2]);
    assertThat(s.targetsRight).as("targets right").isGreaterThanOrEqualTo(t[0]);
    assertThat(s.targetsFound - s.targetsRight)
        .as("targets wrong")
        .isLessThanOrEqualTo(t[1] - t[0]);
    assertThat(s.citationsExpected).as("citations labelled").isEqualTo(c[2]);
    assertThat(s.citationsRight).as("citations right").isGreaterThanOrEqualTo(c[0]);
    assertThat(s.citationsFound - s.citationsRight)
        .as("citations wrong")
        .isLessThanOrEqualTo(c[1] - c[0]);
    assertThat(s.fieldsRight)
        .as("header fields right")
        .isGreaterThanOrEqualTo(Integer.parseInt(f[2]));
    if (f.length > 3) {
      int[] u = Arrays.stream(f[3].split("/")).mapToInt(Integer::parseInt).toArray();
      assertThat(s.subjects).as("subjects labelled").isEqualTo(u[1]);
      assertThat(s.subjectsRight).as("subjects right").isGreaterThanOrEqualTo(u[0]);
    }
  }

  // the figures reached on the tuning set (see the table this test prints)
  // (tuning set, 34 documents: targets 20/20/20 since the Gia Lai headline repeating the body's
  // "trong nhóm 30/63" is neither labelled (the corpus README's settled convention) nor read,
  // citations 72/72/72 since "Chỉ thị số 23" is read by its number alone, header fields 102/102
  // with 3/3 signers)
  private static final double TARGET_P = 1.0;
  private static final double TARGET_R = 1.0;
  private static final double CITE_P = 1.0;
  private static final double CITE_R = 1.0;
  private static final double HEADER = 1.0;
}
