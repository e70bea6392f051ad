package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The options of the database source: usage errors, and what needs no database to check. */
class JdbcOptionsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void neitherSourceIsAUsageError() {
    assertThat(run("indicators")).isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("Missing required option: '--dossiers=FILE'");
  }

  @Test
  void aMissingSourceIsAUsageErrorBeforeThePlanIsRead() {
    assertThat(run("evaluate", "--plan", "khong-co-ke-hoach.txt", "--period", "2024"))
        .isEqualTo(Cchc.USAGE);
    assertThat(
            run(
                "report",
                "--plan",
                "khong-co-ke-hoach.txt",
                "--period",
                "2024",
                "--jdbc",
                "jdbc:x"))
        .isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("--jdbc needs --query SQL");
  }

  @Test
  void bothSourcesAreAUsageError() {
    assertThat(
            run(
                "indicators",
                "--dossiers",
                "a.csv",
                "--jdbc",
                "jdbc:postgresql://x/y",
                "--query",
                "SELECT 1"))
        .isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void jdbcWithoutAQueryIsAUsageError() {
    assertThat(run("indicators", "--jdbc", "jdbc:postgresql://x/y")).isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("--jdbc needs --query SQL");
  }

  @Test
  void aQueryWithoutJdbcIsAUsageError() {
    assertThat(run("indicators", "--dossiers", "a.csv", "--query", "SELECT 1"))
        .isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("go with --jdbc");
  }

  @Test
  void aMissingPasswordVariableIsRejectedInput() {
    assertThat(
            run(
                "indicators",
                "--jdbc",
                "jdbc:postgresql://127.0.0.1:1/x",
                "--query",
                "SELECT 1",
                "--user",
                "cchc",
                "--password-env",
                "CCHC_KHONG_CO_BIEN_NAY"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .contains("--password-env CCHC_KHONG_CO_BIEN_NAY: no such environment variable");
  }

  @Test
  void aUrlWithoutItsDriverSaysHowToAddIt() {
    assertThat(run("indicators", "--jdbc", "jdbc:khongco://host/db", "--query", "SELECT 1"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .contains("no JDBC driver on the class path for this URL")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnreachableServerIsRejectedInputWithoutAStackTrace() {
    assertThat(
            run(
                "indicators",
                "--jdbc",
                "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2",
                "--query",
                "SELECT 1"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).startsWith("cchc: ").contains("query: ").doesNotContain("\tat ");
  }
}
