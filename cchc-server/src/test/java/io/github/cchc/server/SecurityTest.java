package io.github.cchc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes need the token (401 without, 403 with another), reads are closed unless opened per
 * resource, uploads past the limit get 413 (announced or streamed), nothing of a request path or
 * file name reaches the file system, CORS is off unless configured, and every answer carries the
 * security headers.
 */
class SecurityTest {
  static final byte[] CSV = Http.resource(ServerApiTest.CSV);

  @Test
  void writesNeedTheTokenAndReadsAreClosedUnlessOpened(@TempDir Path data) throws Exception {
    try (CchcServer server =
        CchcServer.start(ServerConfig.of(data).withPort(0).withOpenReads(Set.of("reports")))) {
      Http http = new Http(server);
      HttpResponse<String> none =
          http.send(
              http.request("api/exports")
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(CSV))
                  .build());
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"cchc\"");
      assertThat(none.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      HttpResponse<String> wrong =
          http.send(
              http.request("api/exports")
                  .header(
                      "Authorization", "Bearer " + http.token.replace(http.token.charAt(3), '#'))
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(CSV))
                  .build());
      assertThat(wrong.statusCode()).isEqualTo(403);
      assertThat(http.get("api/exports").body()).isEqualTo("[]"); // nothing was written

      // reads: exports closed, reports opened, the calendar (open by default) closed here
      assertThat(http.send(http.request("api/exports").GET().build()).statusCode()).isEqualTo(401);
      assertThat(
              http.send(
                      http.request("api/exports")
                          .header("Authorization", "Bearer not-the-token-at-all")
                          .GET()
                          .build())
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              http.send(http.request("api/calendar/holidays?year=2024").GET().build()).statusCode())
          .isEqualTo(401);
      HttpResponse<String> report =
          http.send(
              http.request("api/evaluations/00000000-0000-0000-0000-000000000000/report")
                  .GET()
                  .build());
      assertThat(report.statusCode()).as("open, and not found").isEqualTo(404);
    }
  }

  @Test
  void uploadsPastTheLimitAreRefusedWith413(@TempDir Path data) throws Exception {
    try (CchcServer server =
        CchcServer.start(ServerConfig.of(data).withPort(0).withMaxUploadBytes(CSV.length - 1))) {
      Http http = new Http(server);
      HttpResponse<String> announced = http.post("api/exports", "text/csv", CSV);
      assertThat(announced.statusCode()).isEqualTo(413);
      assertThat(announced.body()).contains("limit of " + (CSV.length - 1) + " bytes");
      // streamed without a length: counted while read
      HttpResponse<String> streamed =
          http.send(
              http.request("api/exports")
                  .header("Authorization", "Bearer " + http.token)
                  .header("Content-Type", "text/csv")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(CSV)))
                  .build());
      assertThat(streamed.statusCode()).isEqualTo(413);
      // a multipart form streamed without a length: Jetty's own limit, answered as ours
      String boundary = "cchc-boundary";
      byte[] head =
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                  + "Content-Type: text/csv\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      byte[] tail =
          ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
      form.write(head);
      form.write(CSV);
      form.write(tail);
      byte[] formBytes = form.toByteArray();
      HttpResponse<String> multipart =
          http.send(
              http.request("api/exports")
                  .header("Authorization", "Bearer " + http.token)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(formBytes)))
                  .build());
      assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(413);
      assertThat(multipart.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      // a plan too
      assertThat(http.post("api/plans?format=txt", "text/plain", new byte[CSV.length]).statusCode())
          .isEqualTo(413);
      // an oversized request without the token is told to authenticate first
      HttpResponse<String> anonymous =
          http.send(
              http.request("api/exports")
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(CSV))
                  .build());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      // one byte less passes
      byte[] fits = java.util.Arrays.copyOf(CSV, CSV.length - 1);
      assertThat(http.post("api/exports", "text/csv", fits).statusCode()).isEqualTo(201);
      try (Stream<Path> left = Files.list(data.resolve("tmp"))) {
        assertThat(left).isEmpty();
      }
    }
  }

  @Test
  void noRequestPathOrFileNameReachesTheFileSystem(@TempDir Path data) throws Exception {
    Files.writeString(data.resolve("secret.txt"), "root:x:0:0:secret");
    try (CchcServer server = CchcServer.start(ServerConfig.of(data).withPort(0))) {
      Http http = new Http(server);
      List<String> attacks =
          List.of(
              "/embed/../secret.txt",
              "/embed/..%2Fsecret.txt",
              "/embed/%2e%2e%2fsecret.txt",
              "/embed/..%5Csecret.txt",
              "/embed/%252e%252e%252fsecret.txt",
              "/embed/....//secret.txt",
              "/embed/cchc-report.js/../../token",
              "/api/exports/..%2F..%2Fsecret.txt/indicators",
              "/api/plans/..%2Ftoken",
              "/../../../../etc/passwd",
              "/embed/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
      for (String path : attacks) {
        String answer = raw(server.port(), path, http.token);
        int status = Integer.parseInt(answer.substring(9, 12));
        assertThat(status).as(path + "\n" + answer).isIn(400, 404);
        assertThat(answer).as(path).doesNotContain("root:x").doesNotContain(http.token + "\n");
      }
      // a file name with a path is a name for messages only
      HttpResponse<String> up = http.post("api/exports?name=..%2F..%2Fevil.csv", "text/csv", CSV);
      assertThat(up.statusCode()).isEqualTo(201);
      assertThat(ServerApiTest.json(up).path("name").asText()).isEqualTo("evil.csv");
      assertThat(data.getParent().resolve("evil.csv")).doesNotExist();
      try (Stream<Path> all = Files.walk(data.getParent(), 3)) {
        assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("evil.csv");
      }
    }
  }

  @Test
  void corsIsOffUnlessConfiguredAndEveryAnswerCarriesTheSecurityHeaders(@TempDir Path data)
      throws Exception {
    String portal = "https://dichvucong.binhphuoc.gov.vn";
    try (CchcServer closed = CchcServer.start(ServerConfig.of(data.resolve("a")).withPort(0))) {
      Http http = new Http(closed);
      HttpResponse<String> r =
          http.send(
              http.request("api/calendar/holidays?year=2024")
                  .header("Origin", portal)
                  .GET()
                  .build());
      assertThat(r.statusCode()).as("the calendar is open by default").isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
      HttpResponse<String> problem = http.get("api/nothing-here");
      assertThat(problem.statusCode()).isEqualTo(404);
      assertThat(problem.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
    try (CchcServer open =
        CchcServer.start(
            ServerConfig.of(data.resolve("b")).withPort(0).withCorsOrigins(List.of(portal)))) {
      Http http = new Http(open);
      HttpResponse<String> allowed =
          http.send(
              http.request("api/calendar/holidays?year=2024")
                  .header("Origin", portal)
                  .GET()
                  .build());
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(portal);
      HttpResponse<String> other =
          http.send(
              http.request("api/calendar/holidays?year=2024")
                  .header("Origin", "https://evil.example")
                  .GET()
                  .build());
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  /** Sends {@code path} exactly as written, without a client normalising it. */
  static String raw(int port, String path, String token) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + token
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
