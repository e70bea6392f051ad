package io.github.cchc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state outlives the process: the same data folder, the same exports, token and numbers. */
class RestartTest {
  @Test
  void exportsTheirIndicatorsAndTheTokenSurviveARestart(@TempDir Path data) throws Exception {
    String id;
    String before;
    String token;
    try (CchcServer first = CchcServer.start(ServerConfig.of(data).withPort(0))) {
      Http http = new Http(first);
      token = http.token;
      HttpResponse<String> up =
          http.post("api/exports?name=a.csv", "text/csv", Http.resource(ServerApiTest.CSV));
      id = ServerApiTest.json(up).path("id").asText();
      before = http.get("api/exports/" + id + "/indicators?by=procedure&period=2024").body();
    }
    try (CchcServer second = CchcServer.start(ServerConfig.of(data).withPort(0))) {
      assertThat(second.tokenCreated()).isFalse();
      Http http = new Http(second);
      assertThat(http.token).isEqualTo(token);
      assertThat(Files.readString(data.resolve("token")).strip()).isEqualTo(token);
      String after = http.get("api/exports/" + id + "/indicators?by=procedure&period=2024").body();
      assertThat(after).isEqualTo(before).contains("\"group\":\"2.000123\"");
    }
  }
}
