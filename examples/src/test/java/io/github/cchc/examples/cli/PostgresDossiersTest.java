package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.io.ColumnMapping;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.model.dossier.Dossier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossiers of a one-stop system's database: the sample export loaded into a PostgreSQL table
 * whose columns look like such a system's (names without diacritics, timestamps with and without a
 * zone, numeric status, channel and payment codes, a boolean), read back through {@code cchc
 * indicators --jdbc} and {@link DossierReader#readJdbc}: the indicators equal the CSV's exactly.
 *
 * <p>Needs a PostgreSQL server: {@code CCHC_TEST_POSTGRES_URL}, for example {@code
 * jdbc:postgresql://127.0.0.1:55432/postgres?user=cchc} ({@code .ci/run} starts a throw-away
 * cluster). Without it the test is skipped, except under {@code CI=true}, where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDossiersTest {
  static final String URL_VARIABLE = "CCHC_TEST_POSTGRES_URL";
  private static final int ROWS = 20_000;
  private static final DateTimeFormatter VN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, Integer> CHANNEL =
      Map.of("Trực tiếp", 1, "Trực tuyến", 2, "Bưu chính công ích", 3);
  private static final Map<String, Integer> PAYMENT =
      Map.of("Có", 1, "Không", 0, "Không áp dụng", 9);
  private static final Map<String, Integer> STATUS =
      Map.of("Đang giải quyết", 1, "Đã trả kết quả", 2);

  private String url;
  private String table;
  private Path csv;
  private Path mapping;

  private static String urlOrSkip() {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return url;
    }
    String how =
        "set "
            + URL_VARIABLE
            + " to a PostgreSQL JDBC URL (.ci/run starts a throw-away cluster and sets it)";
    if ("true".equals(System.getenv("CI"))) {
      fail(how + " (CI=true: the PostgreSQL test is mandatory)");
    }
    System.err.println("PostgresDossiersTest skipped: " + how);
    return abort(how);
  }

  @BeforeAll
  void loadTheSampleExportIntoATable(@TempDir Path dir) throws Exception {
    url = urlOrSkip();
    table = "ho_so_" + Long.toHexString(System.nanoTime());
    csv = dir.resolve("ho-so.csv");
    SampleData.generate(csv, ROWS, DossierGenerator.DEFAULT_SEED);
    mapping = resource("anh-xa-bang-ho-so-mot-cua.properties");
    try (Connection c = new DriverManagerSource(url, null, null).getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE "
              + table
              + " (dong serial PRIMARY KEY, ma_ho_so varchar(64), ma_thu_tuc varchar(32),"
              + " ten_thu_tuc text, co_quan_giai_quyet text, hinh_thuc_nop smallint,"
              + " muc_do_dvc text, ngay_tiep_nhan timestamp, ngay_hen_tra timestamp,"
              + " ngay_co_ket_qua timestamptz, thanh_toan_truc_tuyen smallint,"
              + " so_hoa_ket_qua boolean, trang_thai smallint, tam_dung text)");
      c.setAutoCommit(false);
      try (PreparedStatement in =
              c.prepareStatement(
                  "INSERT INTO "
                      + table
                      + " (ma_ho_so, ma_thu_tuc, ten_thu_tuc, co_quan_giai_quyet, hinh_thuc_nop,"
                      + " muc_do_dvc, ngay_tiep_nhan, ngay_hen_tra, ngay_co_ket_qua,"
                      + " thanh_toan_truc_tuyen, so_hoa_ket_qua, trang_thai, tam_dung)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
          CsvReader<CsvRecord> rows =
              CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
        boolean header = true;
        for (CsvRecord r : rows) {
          if (header) {
            assertThat(String.join(",", r.getFields())).isEqualTo(DossierGenerator.HEADER);
            header = false;
            continue;
          }
          in.setString(1, r.getField(0));
          in.setString(2, r.getField(1));
          in.setString(3, r.getField(2));
          in.setString(4, r.getField(3));
          in.setInt(5, CHANNEL.getOrDefault(r.getField(4), 99)); // Fax, Zalo: unknown codes
          in.setString(6, r.getField(5).isEmpty() ? null : r.getField(5));
          in.setTimestamp(7, timestamp(r.getField(6))); // a bad date cannot be stored: NULL
          in.setTimestamp(8, timestamp(r.getField(7)));
          LocalDateTime finished = date(r.getField(8));
          // stored with its zone: read back in Vietnam's time whatever the session's zone is
          in.setObject(
              9,
              finished == null ? null : OffsetDateTime.of(finished, ZoneOffset.ofHours(7)),
              Types.TIMESTAMP_WITH_TIMEZONE);
          in.setInt(10, PAYMENT.get(r.getField(9)));
          in.setBoolean(11, r.getField(10).equals("Có"));
          in.setInt(12, STATUS.get(r.getField(11)));
          in.setString(13, r.getField(12).isEmpty() ? null : r.getField(12));
          in.addBatch();
        }
        in.executeBatch();
      }
      c.commit();
      c.createStatement().execute("SET TIME ZONE 'America/New_York'");
    }
  }

  @AfterAll
  void dropTheTable() throws SQLException {
    if (table != null) {
      try (Connection c = new DriverManagerSource(url, null, null).getConnection();
          Statement st = c.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run cchc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private String query() {
    return "SELECT * FROM " + table + " ORDER BY dong";
  }

  @Test
  void indicatorsFromTheDatabaseEqualTheCsvsExactly() {
    for (String by : List.of("all", "agency", "procedure", "month")) {
      for (String definition : List.of("provincial", "national")) {
        Run fromCsv =
            cchc(
                "indicators",
                "--dossiers",
                csv.toString(),
                "--by",
                by,
                "--year",
                "2024",
                "--definition",
                definition);
        Run fromDb =
            cchc(
                "indicators",
                "--jdbc",
                url,
                "--query",
                query(),
                "--mapping",
                mapping.toString(),
                "--by",
                by,
                "--year",
                "2024",
                "--definition",
                definition);
        assertThat(fromDb.code()).as(fromDb.err()).isEqualTo(Cchc.OK);
        assertThat(fromDb.out()).isEqualTo(fromCsv.out());
        assertThat(fromDb.out().lines().count()).isGreaterThan(6);
        assertThat(summary(fromDb)).isEqualTo(summary(fromCsv));
      }
    }
    Run fromDb =
        cchc("indicators", "--jdbc", url, "--query", query(), "--mapping", mapping.toString());
    // the rejected rows: the dates that could not be stored are empty, the rest as in the CSV
    assertThat(fromDb.err())
        .contains("read " + ROWS + " rows: " + (ROWS - DossierGenerator.BAD_ROWS) + " accepted, ")
        .contains(": ngay_tiep_nhan: empty, but required")
        .contains(": hinh_thuc_nop: unknown channel \"99\"")
        .contains(": ma_ho_so: duplicate id")
        .contains(": ngay_co_ket_qua: finished (");
  }

  @Test
  void theLibraryReadsTheSameDossiersAsFromTheCsv() throws Exception {
    List<Dossier> fromCsv = new ArrayList<>();
    List<Dossier> fromDb = new ArrayList<>();
    ReadReport csvReport = DossierReader.defaults().read(csv, fromCsv::add);
    ReadReport dbReport =
        DossierReader.defaults()
            .withMapping(ColumnMapping.load(mapping))
            .readJdbc(new DriverManagerSource(url, null, null), query(), fromDb::add);
    assertThat(dbReport.summary()).isEqualTo(csvReport.summary());
    assertThat(dbReport.file()).isEqualTo("query");
    assertThat(fromDb).isEqualTo(fromCsv);
  }

  @Test
  void aBadQueryIsRejectedInputWithTheDatabasesReason() {
    Run r = cchc("indicators", "--jdbc", url, "--query", "SELECT * FROM khong_co_bang_nay");
    assertThat(r.code()).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(r.err()).contains("khong_co_bang_nay").contains("SQL state 42P01");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aQueryWithoutTheRequiredColumnsSaysWhichAreMissing() {
    Run r = cchc("indicators", "--jdbc", url, "--query", "SELECT ma_ho_so FROM " + table);
    assertThat(r.code()).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(r.err()).contains("query: columns of the query: missing columns");
  }

  private static String summary(Run r) {
    return r.err().lines().filter(l -> l.startsWith("read ")).findFirst().orElseThrow();
  }

  private static Timestamp timestamp(String text) {
    LocalDateTime t = date(text);
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static LocalDateTime date(String text) {
    try {
      return text.isEmpty() ? null : LocalDateTime.parse(text, VN);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PostgresDossiersTest.class.getResource(name).toURI());
  }
}
