package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.server.CchcServer;
import io.github.cchc.server.ServerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's indicators are the command line's: the same export through {@code cchc indicators}
 * and through {@code POST /api/exports} then {@code GET .../indicators}, for every grouping, both
 * period calendars, both definitions, periods of every kind and judging days inside the year (open
 * dossiers within and past their due days), CSV compared byte for byte.
 */
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theServiceComputesTheNumbersOfCchcIndicators(@TempDir Path work) throws Exception {
    Path csv = work.resolve("ho-so-2024.csv");
    SampleData.generate(csv, 6_000, DossierGenerator.DEFAULT_SEED);
    try (CchcServer server = CchcServer.start(ServerConfig.of(work.resolve("data")).withPort(0))) {
      HttpClient client = HttpClient.newHttpClient();
      String token = Files.readString(server.tokenFile()).strip();
      HttpResponse<String> up =
          client.send(
              HttpRequest.newBuilder(server.uri().resolve("/api/exports?name=ho-so-2024.csv"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofFile(csv))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
      JsonNode export = JSON.readTree(up.body());
      assertThat(export.path("rejected").asLong()).isEqualTo(DossierGenerator.BAD_ROWS);

      String[] bys = {"all", "agency", "procedure", "month", "quarter", "channel"};
      String[] periods = {"", "2024", "2024-Q2", "2024-06", "2024-H1", "2024-9M"};
      String[] asOfs = {"2024-03-20", "2024-08-05", "2025-02-01"};
      int compared = 0;
      List<String> differences = new ArrayList<>();
      for (int b = 0; b < bys.length; b++) {
        for (String calendar : new String[] {"calendar", "official"}) {
          for (String definition : new String[] {"provincial", "national"}) {
            String period = periods[(b + compared) % periods.length];
            String asOf = asOfs[compared % asOfs.length];
            List<String> args =
                new ArrayList<>(
                    List.of(
                        "indicators",
                        "--dossiers",
                        csv.toString(),
                        "--by",
                        bys[b],
                        "--periods",
                        calendar,
                        "--definition",
                        definition,
                        "--as-of",
                        asOf));
            String query =
                "by="
                    + bys[b]
                    + "&periods="
                    + calendar
                    + "&definition="
                    + definition
                    + "&asOf="
                    + asOf;
            if (!period.isEmpty()) {
              args.add("--period");
              args.add(period);
              query += "&period=" + period;
            }
            StringWriter out = new StringWriter();
            int code =
                Cchc.execute(
                    new PrintWriter(out),
                    new PrintWriter(new StringWriter()),
                    args.toArray(String[]::new));
            assertThat(code).isZero();
            HttpResponse<String> served =
                client.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                server.uri()
                                    + "api/exports/"
                                    + export.path("id").asText()
                                    + "/indicators?"
                                    + query))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/csv")
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
            String expected = out.toString().replace(System.lineSeparator(), "\n");
            assertThat(expected.lines().count()).as(query).isGreaterThan(1);
            if (!served.body().equals(expected)) {
              differences.add(query + "\nCLI:\n" + expected + "\nserver:\n" + served.body());
            }
            compared++;
          }
        }
      }
      assertThat(differences).isEmpty();
      assertThat(compared).isEqualTo(24);
    }
  }

  @Test
  void aBadOptionIsRejectedInput() {
    StringWriter err = new StringWriter();
    int code =
        Cchc.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "serve",
            "--open-reads",
            "secrets",
            "--data",
            "target/never-created");
    assertThat(code).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).startsWith("cchc: input rejected: unknown resource 'secrets'");
  }
}
