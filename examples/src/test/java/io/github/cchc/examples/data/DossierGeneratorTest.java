package io.github.cchc.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierGeneratorTest {
  private static final int ROWS = 100_000;
  private static final DateTimeFormatter VN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private static final String SHA256_OF_20000_ROWS =
      "27452b863a6d32b4ed163a599ee427689f9264bdd4b667e0f7d3693ce182a9eb";

  private static byte[] sample;
  private static GenerationSummary summary;

  @BeforeAll
  static void generate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    summary = DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED).write(ROWS, out);
    sample = out.toByteArray();
  }

  private static byte[] bytes(int rows, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierGenerator.withSeed(seed).write(rows, out);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    assertThat(bytes(5_000, 7)).isEqualTo(bytes(5_000, 7));
    assertThat(bytes(5_000, 7)).isNotEqualTo(bytes(5_000, 8));
  }

  @Test
  void theShippedSeedStillGivesTheDocumentedBytes() throws Exception {
    // Pins the generator: a change to it must change this digest (and examples/data/README.md).
    byte[] head = bytes(20_000, DossierGenerator.DEFAULT_SEED);
    String firstRows = new String(head, 0, 2_000, StandardCharsets.UTF_8);
    assertThat(firstRows).startsWith(DossierGenerator.HEADER + "\n");
    assertThat(firstRows.lines().skip(1).limit(3))
        .allSatisfy(
            line -> assertThat(line).matches("H10\\.\\d\\d-2401\\d\\d-\\d{4},[12]\\.0\\d{5},.*"));
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(head)))
        .isEqualTo(SHA256_OF_20000_ROWS);
  }

  @Test
  void theFileIsWrittenAtomicallyAndReusedOnTheNextRun(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("generated").resolve("x.csv");
    SampleData.generate(file, 2_000, 3);
    byte[] first = Files.readAllBytes(file);
    SampleData.generate(file, 2_000, 3);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void anExistingSampleIsReusedNotRegenerated(@TempDir Path data) throws IOException {
    Path existing = data.resolve(SampleData.GENERATED).resolve(SampleData.DOSSIERS_FILE);
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, DossierGenerator.HEADER + "\n");
    assertThat(SampleData.ensureDossiers(data)).isEqualTo(existing);
    assertThat(Files.readString(existing)).isEqualTo(DossierGenerator.HEADER + "\n");
  }

  @Test
  void fewerThanOneRowIsRefused() {
    assertThatThrownBy(() -> DossierGenerator.withSeed(1).write(0, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCatalogueHasAboutTwentyAgenciesAndThreeHundredProcedures() {
    DossierGenerator generator = DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED);
    assertThat(generator.agencyCount()).isEqualTo(20);
    assertThat(generator.procedureCount()).isBetween(280, 340);
    assertThat(summary.agencies())
        .extracting(GenerationSummary.Counts::agency)
        .contains(
            "Sở Tư pháp",
            "Sở Xây dựng",
            "Sở Nông nghiệp và Môi trường",
            "Sở Văn hóa, Thể thao và Du lịch");
  }

  /** Re-derives every count from the CSV text alone, as an independent reader would. */
  @Test
  void aReaderOfTheCsvFindsTheSummaryAndExactlyTheBadRows() throws IOException {
    long good = 0;
    long finished = 0;
    long onTime = 0;
    long fullyOnline = 0;
    long feeRows = 0;
    long paid = 0;
    long digitised = 0;
    long paused = 0;
    Map<String, Integer> badReasons = new HashMap<>();
    Set<String> ids = new HashSet<>();
    Set<String> channels = Set.of("Trực tiếp", "Trực tuyến", "Bưu chính công ích");
    String text = new String(sample, StandardCharsets.UTF_8);
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
      List<String> header = null;
      for (CsvRecord r : csv) {
        if (header == null) {
          header = r.getFields();
          assertThat(String.join(",", header)).isEqualTo(DossierGenerator.HEADER);
          continue;
        }
        assertThat(r.getFieldCount()).isEqualTo(13);
        String reason = null;
        LocalDateTime received = null;
        LocalDateTime due = parse(r.getField(7));
        LocalDateTime end = r.getField(8).isEmpty() ? null : parse(r.getField(8));
        try {
          received = LocalDateTime.parse(r.getField(6), VN);
        } catch (DateTimeParseException e) {
          reason = "malformed date";
        }
        if (reason == null && end != null && end.isBefore(received)) {
          reason = "finish before receipt";
        }
        if (reason == null && !ids.add(r.getField(0))) {
          reason = "duplicate id";
        }
        if (reason == null && !channels.contains(r.getField(4))) {
          reason = "unknown channel";
        }
        if (reason != null) {
          badReasons.merge(reason, 1, Integer::sum);
          continue;
        }
        good++;
        assertThat(received.getYear()).isEqualTo(2024);
        assertThat(due).isAfter(received);
        if (end != null) {
          finished++;
          assertThat(r.getField(11)).isEqualTo("Đã trả kết quả");
          if (!end.toLocalDate().isAfter(due.toLocalDate())) {
            onTime++;
          }
        } else {
          assertThat(r.getField(11)).isEqualTo("Đang giải quyết");
        }
        if (r.getField(4).equals("Trực tuyến") && r.getField(5).equals("Toàn trình")) {
          fullyOnline++;
        }
        if (!r.getField(4).equals("Trực tuyến")) {
          assertThat(r.getField(5)).isEmpty();
        }
        if (!r.getField(9).equals("Không áp dụng")) {
          feeRows++;
          paid += r.getField(9).equals("Có") ? 1 : 0;
        }
        digitised += r.getField(10).equals("Có") ? 1 : 0;
        if (!r.getField(12).isEmpty()) {
          String[] pause = r.getField(12).split(" - ");
          assertThat(pause).hasSize(2);
          LocalDateTime from = parse(pause[0]);
          LocalDateTime to = parse(pause[1]);
          assertThat(from).isAfter(received);
          assertThat(to).isAfter(from);
          if (end != null) {
            assertThat(end).isAfter(to);
          }
          paused++;
        }
      }
    }
    GenerationSummary.Counts p = summary.province();
    assertThat(badReasons)
        .containsOnly(
            Map.entry("malformed date", 3),
            Map.entry("finish before receipt", 3),
            Map.entry("duplicate id", 3),
            Map.entry("unknown channel", 3));
    assertThat(summary.badRows()).isEqualTo(DossierGenerator.BAD_ROWS);
    assertThat(good).isEqualTo(p.dossiers()).isEqualTo(ROWS - DossierGenerator.BAD_ROWS);
    assertThat(finished).isEqualTo(p.finished());
    assertThat(onTime).isEqualTo(p.onTime());
    assertThat(fullyOnline).isEqualTo(p.fullyOnline());
    assertThat(feeRows).isEqualTo(p.paymentApplicable());
    assertThat(paid).isEqualTo(p.paidOnline());
    assertThat(digitised).isEqualTo(p.digitised());
    assertThat(paused).isEqualTo(p.paused()).isPositive();
  }

  /** The rates that README.md and examples/data/README.md promise against the 2024 plan. */
  @Test
  void theProvinceMissesOnTimeAndPaymentAndMeetsOnlineAndDigitisation() {
    GenerationSummary.Counts p = summary.province();
    assertThat(rate(p.onTime(), p.finished())).isBetween(pct("97.3"), pct("97.95"));
    assertThat(rate(p.fullyOnline(), p.dossiers())).isBetween(pct("33.0"), pct("35.0"));
    assertThat(rate(p.paidOnline(), p.paymentApplicable())).isBetween(pct("87.0"), pct("89.0"));
    assertThat(rate(p.digitised(), p.finished())).isBetween(pct("59.0"), pct("61.0"));
    assertThat(p.late()).isPositive();
    assertThat(p.paused()).isPositive();
    assertThat(p.inProgress()).isPositive();
  }

  /** The full shipped sample has exactly the figures of examples/data/README.md and the portal. */
  @Test
  void theShippedSampleHasTheDocumentedFigures() throws IOException {
    GenerationSummary full =
        DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED)
            .write(DossierGenerator.DEFAULT_ROWS, OutputStream.nullOutputStream());
    GenerationSummary.Counts p = full.province();
    assertThat(p.dossiers()).isEqualTo(999_988);
    assertThat(p.onTime() + "/" + p.finished()).isEqualTo("949570/972300");
    assertThat(p.fullyOnline()).isEqualTo(340_017);
    assertThat(p.paidOnline() + "/" + p.paymentApplicable()).isEqualTo("511067/580471");
    assertThat(p.digitised()).isEqualTo(583_377);
    assertThat(p.inProgress()).isEqualTo(27_688);
    assertThat(List.of(p.onTimeRate(), p.fullyOnlineRate(), p.paymentRate(), p.digitisedRate()))
        .containsExactly("97,66%", "34,00%", "88,04%", "60,00%");
  }

  @Test
  void agenciesVaryAroundTheProvince() {
    assertThat(summary.agencies())
        .anySatisfy(a -> assertThat(rate(a.onTime(), a.finished())).isGreaterThan(pct("98")))
        .anySatisfy(a -> assertThat(rate(a.onTime(), a.finished())).isLessThan(pct("97")))
        .anySatisfy(a -> assertThat(a.paidOnline()).isEqualTo(a.paymentApplicable()));
    assertThat(summary.toMarkdown()).contains("| Toàn tỉnh |").contains("| Sở Tư pháp |");
  }

  @Test
  void percentagesAreWrittenTheVietnameseWay() {
    assertThat(GenerationSummary.percent(635_593, 643_272)).isEqualTo("98,81%");
    assertThat(GenerationSummary.percent(1, 0)).isEqualTo("—");
  }

  private static LocalDateTime parse(String text) {
    return LocalDateTime.parse(text, VN);
  }

  private static BigDecimal rate(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator * 100)
        .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }
}
