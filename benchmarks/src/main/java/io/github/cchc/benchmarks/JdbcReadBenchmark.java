package io.github.cchc.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 200,000 dossiers in a PostgreSQL table (the rows of {@link DossierExports}, timestamps as {@code
 * timestamp} columns, loaded in the setup) read into a tally by agency with {@link
 * DossierReader#readJdbc}, against a bare JDBC loop over the same query with the same fetch size
 * (every column read with {@code getString}/{@code getObject} and handed to a black hole). Needs a
 * server: {@code CCHC_BENCH_POSTGRES_URL} (or {@code CCHC_TEST_POSTGRES_URL}), e.g. {@code
 * jdbc:postgresql://127.0.0.1:55432/postgres?user=cchc}; the table is dropped after the run.
 *
 * <pre>
 * CCHC_BENCH_POSTGRES_URL=... java -jar benchmarks/target/benchmarks.jar JdbcReadBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class JdbcReadBenchmark {
  static final int ROWS = 200_000;
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final String[] COLUMNS = {
    "ma_ho_so",
    "ma_thu_tuc",
    "ten_thu_tuc",
    "co_quan_giai_quyet",
    "hinh_thuc_nop",
    "muc_do_dvc",
    "ngay_tiep_nhan",
    "ngay_hen_tra",
    "ngay_co_ket_qua",
    "trang_thai",
    "thanh_toan_truc_tuyen",
    "so_hoa_ho_so",
    "so_hoa_ket_qua"
  };

  private String url;
  private String table;
  private String query;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    url = System.getenv("CCHC_BENCH_POSTGRES_URL");
    if (url == null) {
      url = System.getenv("CCHC_TEST_POSTGRES_URL");
    }
    if (url == null) {
      throw new IllegalStateException("set CCHC_BENCH_POSTGRES_URL to a PostgreSQL JDBC URL");
    }
    table = "bench_ho_so_" + Long.toHexString(System.nanoTime());
    Path dir = Files.createTempDirectory("cchc-bench");
    Path csv = dir.resolve("ho-so.csv");
    DossierExports.write(csv, ROWS, 2024);
    StringBuilder select = new StringBuilder("SELECT ");
    String[] headers = DossierExports.HEADER.split(",");
    for (int i = 0; i < COLUMNS.length; i++) {
      select.append(i == 0 ? "" : ", ").append(COLUMNS[i]).append(" AS \"").append(headers[i]);
      select.append('"');
    }
    query = select.append(" FROM ").append(table).toString();
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (");
      for (int i = 0; i < COLUMNS.length; i++) {
        ddl.append(i == 0 ? "" : ", ").append(COLUMNS[i]);
        ddl.append(i >= 6 && i <= 8 ? " timestamp" : " text");
      }
      st.execute(ddl.append(')').toString());
      c.setAutoCommit(false);
      try (PreparedStatement in =
              c.prepareStatement("INSERT INTO " + table + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
          CsvReader<CsvRecord> rows =
              CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
        boolean header = true;
        int n = 0;
        for (CsvRecord r : rows) {
          if (header) {
            header = false;
            continue;
          }
          for (int i = 0; i < COLUMNS.length; i++) {
            String v = r.getField(i);
            if (i >= 6 && i <= 8) {
              in.setTimestamp(
                  i + 1, v.isEmpty() ? null : Timestamp.valueOf(LocalDateTime.parse(v, VN)));
            } else {
              in.setString(i + 1, v.isEmpty() ? null : v);
            }
          }
          in.addBatch();
          if (++n % 5_000 == 0) {
            in.executeBatch();
          }
        }
        in.executeBatch();
      }
      c.commit();
    }
    Files.delete(csv);
    Files.delete(dir);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + table);
    }
  }

  @Benchmark
  public long baselineBareJdbcLoop(Blackhole bh) throws SQLException {
    long rows = 0;
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      try (Statement st =
          c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        st.setFetchSize(1_000);
        try (ResultSet rs = st.executeQuery(query)) {
          while (rs.next()) {
            for (int i = 1; i <= COLUMNS.length; i++) {
              if (i >= 7 && i <= 9) {
                bh.consume(rs.getObject(i, LocalDateTime.class));
              } else {
                bh.consume(rs.getString(i));
              }
            }
            rows++;
          }
        }
      }
      c.rollback();
    }
    return rows;
  }

  @Benchmark
  public Tally jdbcToTally() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)));
    ReadReport report = DossierReader.defaults().readJdbc(new Source(url), query, acc::add);
    if (report.accepted() != ROWS) {
      throw new IllegalStateException(report.summary());
    }
    return acc.toTally();
  }

  /** Connections of one URL from {@link DriverManager}. */
  private static final class Source implements DataSource {
    private final String url;

    Source(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
