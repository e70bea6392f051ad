package io.github.cchc.indicators.io;

import io.github.cchc.model.dossier.Dossier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a query into dossiers: a forward-only, read-only result fetched {@value
 * #FETCH_SIZE} rows at a time (with autocommit off during the read, which PostgreSQL needs to use a
 * cursor instead of loading the whole result), each row through the reader's {@link RowConverter}
 * and its {@link DossierReader.Run}. Columns are found by their labels ({@code SELECT ma_ho_so AS
 * "Mã hồ sơ"}, or a {@link ColumnMapping}); timestamps are read as date-times (with a time zone:
 * converted to Vietnam time, UTC+7), dates as midnight, booleans as YES / NO, anything else as its
 * text.
 */
final class JdbcRows {
  /** Rows fetched per round trip. */
  static final int FETCH_SIZE = 1_000;

  private static final int TEXT = 0;
  private static final int TIMESTAMP = 1;
  private static final int TIMESTAMP_TZ = 2;
  private static final int DATE = 3;
  private static final int BOOLEAN = 4;

  private JdbcRows() {}

  static void read(
      DossierReader reader,
      DossierReader.Run run,
      DataSource source,
      String sql,
      Consumer<? super Dossier> sink) {
    try (Connection c = source.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (autoCommit) {
        c.setAutoCommit(false);
      }
      try (Statement st =
          c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        st.setFetchSize(FETCH_SIZE);
        try (ResultSet rs = st.executeQuery(sql)) {
          rows(reader, run, rs, sink);
        }
      } finally {
        if (autoCommit) {
          c.rollback(); // nothing was written; ends the read's transaction
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new DossierReadException(run.name + ": " + message(e), e);
    }
  }

  private static void rows(
      DossierReader reader, DossierReader.Run run, ResultSet rs, Consumer<? super Dossier> sink)
      throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    String[] labels = new String[n];
    int[] kinds = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = md.getColumnLabel(i + 1);
      kinds[i] = kind(md.getColumnType(i + 1), md.getColumnTypeName(i + 1));
    }
    int[] columns = reader.columns(run.name + ": columns of the query", labels);
    Function<DossierField, @Nullable String> columnName =
        f -> columns[f.ordinal()] < 0 ? null : labels[columns[f.ordinal()]];
    RowConverter converter = run.converter;
    long row = 0;
    while (rs.next()) {
      row++;
      converter.begin();
      for (DossierField f : DossierField.ALL) {
        int col = columns[f.ordinal()];
        if (col >= 0) {
          value(rs, col + 1, kinds[col], f, converter);
        }
      }
      run.finish(row, columnName, sink);
    }
  }

  private static void value(ResultSet rs, int col, int kind, DossierField f, RowConverter to)
      throws SQLException {
    switch (kind) {
      case TIMESTAMP:
        LocalDateTime t = rs.getObject(col, LocalDateTime.class);
        if (t != null) {
          to.field(f, t);
        }
        return;
      case TIMESTAMP_TZ:
        OffsetDateTime o = rs.getObject(col, OffsetDateTime.class);
        if (o != null) {
          to.field(f, o.atZoneSameInstant(DateTimes.VIETNAM).toLocalDateTime());
        }
        return;
      case DATE:
        LocalDate d = rs.getObject(col, LocalDate.class);
        if (d != null) {
          to.field(f, d.atStartOfDay());
        }
        return;
      case BOOLEAN:
        boolean b = rs.getBoolean(col);
        if (!rs.wasNull()) {
          to.field(f, b ? "YES" : "NO");
        }
        return;
      default:
        String s = rs.getString(col);
        if (s != null) {
          to.field(f, s);
        }
    }
  }

  private static int kind(int type, @Nullable String typeName) {
    switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return TIMESTAMP_TZ;
      case Types.TIMESTAMP:
        // PostgreSQL's driver reports timestamptz as TIMESTAMP, with its own type name
        return typeName != null && typeName.toLowerCase(Locale.ROOT).contains("tz")
            ? TIMESTAMP_TZ
            : TIMESTAMP;
      case Types.DATE:
        return DATE;
      case Types.BOOLEAN:
      case Types.BIT:
        return BOOLEAN;
      default:
        return TEXT;
    }
  }

  /** The first line of a database error, with its SQL state. */
  private static String message(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl))
        + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
  }
}
