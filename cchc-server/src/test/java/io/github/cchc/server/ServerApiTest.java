package io.github.cchc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The REST resources end to end on the loopback, with the embedded H2 database; {@link
 * PostgresServerTest} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CSV = "dossiers/ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv";

  Path data;
  CchcServer server;
  Http http;

  ServerConfig config(Path data) {
    return ServerConfig.of(data).withPort(0);
  }

  @BeforeAll
  void start() throws Exception {
    data = Files.createTempDirectory("cchc-server-test");
    server = CchcServer.start(config(data));
    http = new Http(server);
  }

  @AfterAll
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    deleteTree(data);
  }

  static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void healthIsUpAndTheFirstStartCreatedTheToken() throws Exception {
    HttpResponse<String> r = http.send(http.request("api/health").GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("status").asText()).isEqualTo("UP");
    assertThat(server.tokenCreated()).isTrue();
    assertThat(http.token).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointAndNoOther() throws Exception {
    HttpResponse<String> r = http.send(http.request("openapi.json").GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.path("openapi").asText()).startsWith("3.1");
    Set<String> documented = new TreeSet<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
    assertThat(documented).isEqualTo(new TreeSet<>(server.endpoints()));
    // every reference resolves
    List<String> refs = new ArrayList<>();
    doc.findValues("$ref").forEach(v -> refs.add(v.asText()));
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void anUploadIsTalliedAndItsRejectedRowsListedWithTheirLines() throws Exception {
    HttpResponse<String> r =
        http.post("api/exports?name=ho-so.csv", "text/csv", Http.resource(CSV));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode body = json(r);
    String id = body.path("id").asText();
    assertThat(r.headers().firstValue("Location")).contains("/api/exports/" + id);
    assertThat(body.path("rows").asLong()).isEqualTo(9);
    assertThat(body.path("accepted").asLong() + body.path("rejected").asLong()).isEqualTo(9);
    // as cchc indicators says: read 9 rows: 5 accepted, 4 rejected
    assertThat(body.path("accepted").asLong()).isEqualTo(5);
    assertThat(body.path("rejected").asLong()).isEqualTo(4);
    assertThat(body.path("raw_kept").asBoolean()).isFalse();
    // the upload's bytes are gone: only the tally is kept
    try (Stream<Path> left = Files.list(data.resolve("tmp"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("upload-"));
    }

    JsonNode rejected = json(http.get(body.path("rejected_rows").asText().substring(1)));
    assertThat(rejected.path("rows")).hasSize(4);
    List<Long> lines = new ArrayList<>();
    rejected.path("rows").forEach(row -> lines.add(row.path("line").asLong()));
    assertThat(lines)
        .isSorted()
        .doesNotHaveDuplicates()
        .contains(6L)
        .allMatch(l -> l > 1 && l <= 10);
    assertThat(rejected.path("rows").get(0).path("message").asText())
        .startsWith("line 6: Ngày tiếp nhận: invalid date");

    HttpResponse<String> csv =
        http.get(
            "api/exports/" + id + "/indicators?by=agency&period=2024-01", "Accept", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("group,indicator,numerator,denominator,rate\n");
    assertThat(csv.body()).contains("Sở Xây dựng,on_time,");

    JsonNode values = json(http.get("api/exports/" + id + "/indicators?by=agency&period=2024-01"));
    assertThat(values.path("grouping").asText()).isEqualTo("agency");
    assertThat(values.path("values").size()).isPositive();
  }

  @Test
  void multipartUploadsAndJsonLinesAreRead() throws Exception {
    String boundary = "cchc-boundary-7d1";
    byte[] file = Http.resource("dossiers/dossiers-json-lines.jsonl");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho-so.jsonl\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), file, tail.getBytes());
    HttpResponse<String> r =
        http.post("api/exports?keep=true", "multipart/form-data; boundary=" + boundary, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).path("format").asText()).isEqualTo("jsonl");
    assertThat(json(r).path("raw_kept").asBoolean()).isTrue();
    assertThat(json(r).path("rows").asLong()).isEqualTo(file.length == 0 ? 0 : countLines(file));
  }

  @Test
  void aBadExportIsAProblemThatSaysWhatWhereAndWhy() throws Exception {
    HttpResponse<String> r =
        http.post(
            "api/exports?format=xlsx&name=bao-cao.xlsx",
            "application/octet-stream",
            "Mã hồ sơ;Ngày tiếp nhận\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.path("status").asInt()).isEqualTo(422);
    assertThat(p.path("detail").asText()).startsWith("input rejected: ").contains("bao-cao.xlsx");
    assertThat(p.path("detail").asText()).doesNotContain("upload-");
    assertThat(p.path("instance").asText()).isEqualTo("/api/exports");
    assertThat(r.body()).doesNotContain("at io.github");

    HttpResponse<String> unknown = http.post("api/exports?format=ods", "text/csv", new byte[] {1});
    assertThat(unknown.statusCode()).isEqualTo(415);

    HttpResponse<String> period =
        http.get("api/exports/00000000-0000-0000-0000-000000000000/indicators");
    assertThat(period.statusCode()).isEqualTo(404);
    assertThat(json(period).path("detail").asText()).contains("no export");
  }

  @Test
  void aPeriodThatCannotBeReadIsABadRequest() throws Exception {
    String id =
        json(http.post("api/exports?name=a.csv", "text/csv", Http.resource(CSV)))
            .path("id")
            .asText();
    HttpResponse<String> r = http.get("api/exports/" + id + "/indicators?period=2024-Q5");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("detail").asText()).startsWith("input rejected: ").contains("2024-Q5");
  }

  @Test
  void plansEvaluationsAndReportsInEveryFormat() throws Exception {
    String export =
        json(http.post("api/exports?name=ho-so.csv", "text/csv", Http.resource(CSV)))
            .path("id")
            .asText();
    HttpResponse<String> plan =
        http.post(
            "api/plans?name=24-KH-SNgV.txt",
            "text/plain; charset=utf-8",
            Http.resource("plans/seed-000-sngv-binh-phuoc-24-kh-2024.txt"));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    assertThat(json(plan).path("title").asText()).contains("cải cách hành chính");
    JsonNode text = json(http.get("api/plans/" + json(plan).path("id").asText()));
    assertThat(text.path("plan").path("header").path("numberSymbol").asText())
        .isEqualTo("24/KH-SNgV");

    HttpResponse<String> docx =
        http.post(
            "api/plans?name=ke-hoach.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Http.resource("plans/sample-kh-cchc-2024.docx"));
    assertThat(docx.statusCode()).as(docx.body()).isEqualTo(201);
    String planId = json(docx).path("id").asText();
    assertThat(json(docx).path("targets").asInt()).isPositive();
    JsonNode read = json(http.get("api/plans/" + planId));
    assertThat(read.path("plan").path("targets").size())
        .isEqualTo(json(docx).path("targets").asInt());

    String request =
        "{\"plan\":\""
            + planId
            + "\",\"export\":\""
            + export
            + "\",\"period\":\"2024\",\"asOf\":\"2025-01-15\"}";
    HttpResponse<String> ev =
        http.post("api/evaluations", "application/json", request.getBytes(StandardCharsets.UTF_8));
    assertThat(ev.statusCode()).as(ev.body()).isEqualTo(201);
    JsonNode evaluation = json(ev);
    assertThat(evaluation.path("as_of").asText()).isEqualTo("2024-12-31");
    assertThat(evaluation.path("targets").size()).isEqualTo(json(docx).path("targets").asInt());
    assertThat(evaluation.path("targets").toString()).contains("\"verdict\":\"MET\"");
    String report = evaluation.path("report").asText().substring(1);
    assertThat(json(http.get("api/evaluations/" + evaluation.path("id").asText())))
        .isEqualTo(evaluation);

    HttpResponse<String> page = http.get(report);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("BÁO CÁO");
    HttpResponse<String> fragment = http.get(report + "?format=html&fragment=true");
    assertThat(fragment.body()).startsWith("<section class=\"cchc-report\"");
    assertThat(http.bytes(report + "?format=pdf").body()).startsWith((byte) '%', (byte) 'P');
    byte[] zip = {'P', 'K'};
    assertThat(http.bytes(report + "?format=docx").body()).startsWith(zip);
    assertThat(http.bytes(report + "?format=xlsx").body()).startsWith(zip);
    HttpResponse<String> pdfByAccept = http.get(report, "Accept", "application/pdf");
    assertThat(pdfByAccept.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    assertThat(http.get(report + "?format=csv").body()).contains("Sở Xây dựng");
    assertThat(JSON.readTree(http.get(report + "?format=json").body()).isObject()).isTrue();
    assertThat(http.get(report, "Accept", "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  void calendarAnswersAsTheCommandLine() throws Exception {
    // Tết 2024: 08/02 to 14/02 off; received on Wednesday 07/02 at 16:30, 5 working days
    JsonNode due = json(http.get("api/calendar/due?received=2024-02-07T16:30&days=5"));
    assertThat(due.path("due").asText()).isEqualTo("2024-02-21T17:00+07:00");
    JsonNode late =
        json(
            http.get(
                "api/calendar/due?received=2024-02-07T16:30&days=5&finished=2024-02-22T09:00"));
    assertThat(late.path("status").asText()).isEqualTo("LATE");
    JsonNode holidays = json(http.get("api/calendar/holidays?year=2025"));
    assertThat(holidays.path("origin").asText()).isEqualTo("OFFICIAL");
    assertThat(holidays.path("days").toString()).contains("2025-01-29");
    JsonNode tet = json(http.get("api/calendar/lunar?date=2024-02-10")).get(0);
    assertThat(tet.path("lunar_day").asInt()).isEqualTo(1);
    assertThat(tet.path("lunar_month").asInt()).isEqualTo(1);
    assertThat(tet.path("lunar_year").asInt()).isEqualTo(2024);
    HttpResponse<String> bad = http.get("api/calendar/due?received=07/02/2024&days=5");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("detail").asText()).contains("07/02/2024");
  }

  @Test
  void historyHoldsEachExportByPeriod() throws Exception {
    http.post("api/exports?name=a.csv", "text/csv", Http.resource(CSV));
    JsonNode h = json(http.get("api/history?indicator=on_time&kind=month"));
    assertThat(h.path("points").toString()).contains("\"period\":\"2024-01\"");
    assertThat(http.get("api/history?indicator=nope").statusCode()).isEqualTo(400);
  }

  private static long countLines(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8).strip();
    return s.lines().filter(l -> !l.isBlank()).count();
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
