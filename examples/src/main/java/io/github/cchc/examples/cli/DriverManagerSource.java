package io.github.cchc.examples.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DataSource} of a JDBC URL, a user and a password, for {@code --jdbc}: connections come
 * from {@link DriverManager}, which finds the driver of the URL on the class path (PostgreSQL's is
 * in {@code cchc.jar}). The password is held here only, never printed.
 */
final class DriverManagerSource implements DataSource {
  private final String url;
  private final @Nullable String user;
  private final @Nullable String password;

  DriverManagerSource(String url, @Nullable String user, @Nullable String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    try {
      return DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      if ("08001".equals(e.getSQLState()) && e.getMessage().startsWith("No suitable driver")) {
        throw new SQLException(
            "no JDBC driver on the class path for this URL; run with the driver's jar:"
                + " java -cp cchc.jar:DRIVER.jar io.github.cchc.examples.cli.Cchc ...",
            e.getSQLState(),
            e);
      }
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return new DriverManagerSource(url, username, pass).getConnection();
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager's log is global; not changed here
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
