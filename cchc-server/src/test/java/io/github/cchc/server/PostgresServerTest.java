package io.github.cchc.server;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link ServerApiTest} with the state in PostgreSQL ({@code --db}): every resource, the Flyway
 * migration on an empty schema, the cells and trends read back. Needs {@code
 * CCHC_TEST_POSTGRES_URL} (.ci/run starts a throw-away cluster); skipped without it, except under
 * {@code CI=true}, where it fails. Works in a schema of its own, dropped at the end.
 */
class PostgresServerTest extends ServerApiTest {
  static final String URL_VARIABLE = "CCHC_TEST_POSTGRES_URL";

  private final String schema =
      "cchc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  static String urlOrSkip() {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return url;
    }
    String how =
        "set "
            + URL_VARIABLE
            + " to a PostgreSQL JDBC URL (jdbc:postgresql://127.0.0.1:5432/"
            + "postgres?user=cchc); .ci/run starts a throw-away cluster";
    if ("true".equals(System.getenv("CI"))) {
      fail(how + " (CI=true: the PostgreSQL test is mandatory)");
    }
    return abort(how);
  }

  @Override
  ServerConfig config(Path data) {
    return ServerConfig.of(data).withPort(0).withDatabase(urlOrSkip()).withDatabaseSchema(schema);
  }

  @AfterAll
  void dropSchema() throws Exception {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema.toLowerCase(Locale.ROOT) + " CASCADE");
    }
  }
}
