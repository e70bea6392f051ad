package io.github.cchc.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.tally.Counts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The service's state in a database: H2 embedded in the data folder, or the JDBC URL given
 * (PostgreSQL). The schema is migrated by Flyway ({@code db/migration}) on start.
 */
final class Store implements AutoCloseable {
  private final HikariDataSource source;

  private Store(HikariDataSource source) {
    this.source = source;
  }

  /**
   * Opens the database and migrates its schema.
   *
   * @param url the JDBC URL, or null for H2 in {@code data}
   * @param schema the schema to use (created if missing), or null for the default one
   */
  static Store open(@Nullable String url, Path data, @Nullable String schema) {
    HikariConfig config = new HikariConfig();
    boolean h2 = url == null || url.startsWith("jdbc:h2:");
    config.setJdbcUrl(
        url != null
            ? url
            : "jdbc:h2:file:"
                + data.toAbsolutePath().resolve("cchc").toString().replace('\\', '/'));
    config.setMaximumPoolSize(8);
    config.setPoolName("cchc-server");
    if (schema != null) {
      config.setSchema(schema);
    }
    Flyway.configure()
        .dataSource(config.getJdbcUrl(), config.getUsername(), config.getPassword())
        .schemas(schema == null ? new String[0] : new String[] {schema})
        .placeholders(Map.of("text", h2 ? "CLOB" : "TEXT", "binary", h2 ? "BLOB" : "BYTEA"))
        .load()
        .migrate();
    return new Store(new HikariDataSource(config));
  }

  /** The metadata of a stored export. */
  record ExportInfo(
      String id,
      String name,
      String format,
      Instant uploadedAt,
      long rows,
      long accepted,
      long rejected,
      boolean rawKept) {}

  /** One point of a trend: an indicator of one export over one period. */
  record PeriodValue(
      String exportId,
      Instant uploadedAt,
      String calendar,
      String period,
      String kind,
      String indicator,
      String definition,
      long numerator,
      long denominator,
      LocalDate asOf) {}

  void insertExport(
      ExportInfo info,
      ExportTally tally,
      List<RejectedRow> rejected,
      byte @Nullable [] raw,
      List<PeriodValue> values) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO cchc_export VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, info.id());
            s.setString(2, info.name());
            s.setString(3, info.format());
            s.setTimestamp(4, Timestamp.from(info.uploadedAt()));
            s.setLong(5, info.rows());
            s.setLong(6, info.accepted());
            s.setLong(7, info.rejected());
            s.setBoolean(8, raw != null);
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO cchc_export_tally VALUES (?, ?, ?)")) {
            s.setString(1, info.id());
            s.setInt(2, tally.cells().size());
            s.setString(3, tally.encode());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO cchc_rejected_row VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (RejectedRow r : rejected) {
              s.setString(1, info.id());
              s.setInt(2, seq++);
              s.setLong(3, r.line());
              s.setString(4, r.column().orElse(null));
              s.setString(5, r.reason());
              s.addBatch();
            }
            s.executeBatch();
          }
          if (raw != null) {
            try (PreparedStatement s =
                c.prepareStatement("INSERT INTO cchc_raw_upload VALUES (?, ?)")) {
              s.setString(1, info.id());
              s.setBytes(2, raw);
              s.executeUpdate();
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO cchc_period_value VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PeriodValue v : values) {
              s.setString(1, info.id());
              s.setString(2, v.calendar());
              s.setString(3, v.period());
              s.setString(4, v.kind());
              s.setString(5, v.indicator());
              s.setString(6, v.definition());
              s.setLong(7, v.numerator());
              s.setLong(8, v.denominator());
              s.setObject(9, v.asOf());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  Optional<ExportInfo> export(String id) {
    return query(
            "SELECT id, name, format, uploaded_at, rows_read, accepted, rejected, raw_kept"
                + " FROM cchc_export WHERE id = ?",
            List.of(id),
            Store::exportInfo)
        .stream()
        .findFirst();
  }

  List<ExportInfo> exports() {
    return query(
        "SELECT id, name, format, uploaded_at, rows_read, accepted, rejected, raw_kept"
            + " FROM cchc_export ORDER BY uploaded_at, id",
        List.of(),
        Store::exportInfo);
  }

  ExportTally tally(String exportId) {
    return ExportTally.decode(
        query(
                "SELECT content FROM cchc_export_tally WHERE export_id = ?",
                List.of(exportId),
                r -> r.getString(1))
            .stream()
            .findFirst()
            .orElse(""));
  }

  List<RejectedRow> rejected(String exportId, String name) {
    return query(
        "SELECT line, col, reason FROM cchc_rejected_row WHERE export_id = ? ORDER BY seq",
        List.of(exportId),
        r -> new RejectedRow(name, r.getLong(1), r.getString(2), r.getString(3)));
  }

  Optional<byte[]> raw(String exportId) {
    return query(
            "SELECT content FROM cchc_raw_upload WHERE export_id = ?",
            List.of(exportId),
            r -> r.getBytes(1))
        .stream()
        .findFirst();
  }

  void insertPlan(String id, String name, Instant at, String json) {
    update(
        "INSERT INTO cchc_plan VALUES (?, ?, ?, ?)", List.of(id, name, Timestamp.from(at), json));
  }

  /** The plan's JSON and name. */
  Optional<String[]> plan(String id) {
    return query(
            "SELECT plan_json, name FROM cchc_plan WHERE id = ?",
            List.of(id),
            r -> new String[] {r.getString(1), r.getString(2)})
        .stream()
        .findFirst();
  }

  void insertEvaluation(
      String id, String planId, String exportId, Instant at, String request, String result) {
    update(
        "INSERT INTO cchc_evaluation VALUES (?, ?, ?, ?, ?, ?)",
        List.of(id, planId, exportId, Timestamp.from(at), request, result));
  }

  /** The evaluation's request and result JSON. */
  Optional<String[]> evaluation(String id) {
    return query(
            "SELECT request_json, result_json FROM cchc_evaluation WHERE id = ?",
            List.of(id),
            r -> new String[] {r.getString(1), r.getString(2)})
        .stream()
        .findFirst();
  }

  List<PeriodValue> history(String indicator, String kind, String calendar, String definition) {
    return query(
        "SELECT v.export_id, e.uploaded_at, v.calendar, v.period, v.kind, v.indicator,"
            + " v.definition, v.numerator, v.denominator, v.as_of FROM cchc_period_value v"
            + " JOIN cchc_export e ON e.id = v.export_id WHERE v.indicator = ? AND v.kind = ?"
            + " AND v.calendar = ? AND v.definition = ? ORDER BY v.period, e.uploaded_at, e.id",
        List.of(indicator, kind, calendar, definition),
        r ->
            new PeriodValue(
                r.getString(1),
                r.getTimestamp(2).toInstant(),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getLong(8),
                r.getLong(9),
                r.getObject(10, LocalDate.class)));
  }

  @Override
  public void close() {
    source.close();
  }

  static String counters(Counts counts) {
    StringBuilder b = new StringBuilder();
    for (long v : counts.toArray()) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(v);
    }
    return b.toString();
  }

  static Counts counts(String text) {
    String[] parts = text.split(",", -1);
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Long.parseLong(parts[i]);
    }
    return Counts.ofArray(values);
  }

  private static ExportInfo exportInfo(ResultSet r) throws SQLException {
    return new ExportInfo(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getTimestamp(4).toInstant(),
        r.getLong(5),
        r.getLong(6),
        r.getLong(7),
        r.getBoolean(8));
  }

  private interface Rows<T> {
    T map(ResultSet r) throws SQLException;
  }

  private interface Work<T> {
    @Nullable T run(Connection c) throws SQLException;
  }

  private <T> List<T> query(String sql, List<Object> args, Rows<T> rows) {
    try (Connection c = source.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(rows.map(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private void update(String sql, List<Object> args) {
    inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
              s.setObject(i + 1, args.get(i));
            }
            s.executeUpdate();
          }
          return null;
        });
  }

  private <T> @Nullable T inTransaction(Work<T> work) {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        T t = work.run(c);
        c.commit();
        return t;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** A failure of the database: the service's fault, never the request's. */
  static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(SQLException cause) {
      super("database: " + cause.getMessage(), cause);
    }
  }
}
