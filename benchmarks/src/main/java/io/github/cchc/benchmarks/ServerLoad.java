package io.github.cchc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.server.CchcServer;
import io.github.cchc.server.ServerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded load test of cchc-server on the loopback: many clients ask for indicators and reports
 * while another uploads a 100,000-row export, again and again; every answer is checked (indicators
 * against the library's own computation from the file, reports against the first answer, uploads'
 * counts against the reader's), nothing may be lost (every upload listed at the end). Prints
 * requests per second, p50/p99 latency per kind and the peak heap; exits 1 on any wrong answer.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.cchc.benchmarks.ServerLoad \
 *     [--rows 100000] [--clients 8] [--seconds 30] [--uploads 3]
 * </pre>
 *
 * Bounded by time and by uploads, not a unit test: run it by hand (the README says how).
 */
public final class ServerLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "2025-01-15";
  private static final String[][] QUERIES = {
    {"all", "2024", "calendar", "provincial"},
    {"agency", "2024", "calendar", "provincial"},
    {"procedure", "2024-Q2", "calendar", "national"},
    {"month", "2024", "official", "provincial"},
    {"quarter", "2024-H1", "calendar", "provincial"},
    {"channel", "2024-9M", "official", "national"},
  };
  private static final String[] REPORT_FORMATS = {"json", "csv", "html&fragment=true", "xlsx"};

  private ServerLoad() {}

  /**
   * Runs the load test.
   *
   * @param args {@code [--rows N] [--clients N] [--seconds N] [--uploads N]}
   * @throws Exception if the harness itself fails
   */
  public static void main(String[] args) throws Exception {
    int rows = 100_000;
    int clients = 8;
    int seconds = 30;
    int uploads = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      int v = Integer.parseInt(args[i + 1]);
      switch (args[i]) {
        case "--rows" -> rows = v;
        case "--clients" -> clients = v;
        case "--seconds" -> seconds = v;
        case "--uploads" -> uploads = v;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("cchc-server-load");
    try {
      System.exit(run(work, rows, clients, seconds, uploads) ? 0 : 1);
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static boolean run(Path work, int rows, int clients, int seconds, int uploads)
      throws Exception {
    Path small = work.resolve("ho-so-20k.csv");
    Path big = work.resolve("ho-so-100k.csv");
    DossierExports.write(small, 20_000, 7);
    DossierExports.write(big, rows, 11);
    Map<String, String> expectedSmall = new ConcurrentHashMap<>();
    Map<String, String> expectedBig = new ConcurrentHashMap<>();
    for (String[] q : QUERIES) {
      expectedSmall.put(query(q), expectedCsv(small, q));
      expectedBig.put(query(q), expectedCsv(big, q));
    }
    ReadReport bigRead = DossierReader.defaults().read(big, d -> {});

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();

    try (CchcServer server = CchcServer.start(ServerConfig.of(work.resolve("data")).withPort(0))) {
      String token = Files.readString(server.tokenFile()).strip();
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      URI base = server.uri();
      JsonNode first = upload(client, base, token, small);
      String exportId = first.path("id").asText();
      String plan = plan(client, base, token);
      String evaluation =
          post(
                  client,
                  base.resolve("/api/evaluations"),
                  token,
                  "application/json",
                  ("{\"plan\":\""
                          + plan
                          + "\",\"export\":\""
                          + exportId
                          + "\",\"period\":\"2024\",\"asOf\":\""
                          + AS_OF
                          + "\"}")
                      .getBytes(StandardCharsets.UTF_8))
              .path("id")
              .asText();
      Map<String, byte[]> expectedReports = new ConcurrentHashMap<>();
      for (String f : REPORT_FORMATS) {
        expectedReports.put(f, get(client, base, token, report(evaluation, f)).body());
      }

      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<long[]> indicatorTimes = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<long[]> reportTimes = new ConcurrentLinkedQueue<>();
      List<Long> uploadMillis = new ArrayList<>();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long started = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(c);
        Thread t =
            new Thread(
                () -> {
                  while (System.nanoTime() < end) {
                    try {
                      if (random.nextInt(3) > 0) {
                        String[] q = QUERIES[random.nextInt(QUERIES.length)];
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r =
                            get(
                                client,
                                base,
                                token,
                                "/api/exports/"
                                    + exportId
                                    + "/indicators?"
                                    + query(q)
                                    + "&format=csv");
                        indicatorTimes.add(new long[] {System.nanoTime() - t0});
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        if (r.statusCode() != 200 || !body.equals(expectedSmall.get(query(q)))) {
                          wrong.add("indicators " + query(q) + ": " + r.statusCode());
                        }
                      } else {
                        String f = REPORT_FORMATS[random.nextInt(REPORT_FORMATS.length)];
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = get(client, base, token, report(evaluation, f));
                        reportTimes.add(new long[] {System.nanoTime() - t0});
                        if (r.statusCode() != 200
                            || (!f.equals("xlsx")
                                && !Arrays.equals(r.body(), expectedReports.get(f)))
                            || (f.equals("xlsx") && r.body().length < 1000)) {
                          wrong.add("report " + f + ": " + r.statusCode());
                        }
                      }
                    } catch (Exception e) {
                      wrong.add(e.toString());
                    }
                  }
                });
        threads.add(t);
        t.start();
      }
      List<String> uploaded = new ArrayList<>();
      uploaded.add(exportId);
      for (int u = 0; u < uploads && System.nanoTime() < end; u++) {
        long t0 = System.nanoTime();
        JsonNode r = upload(client, base, token, big);
        uploadMillis.add((System.nanoTime() - t0) / 1_000_000);
        String id = r.path("id").asText();
        uploaded.add(id);
        if (r.path("rows").asLong() != bigRead.rowsRead()
            || r.path("accepted").asLong() != bigRead.accepted()
            || r.path("rejected").asLong() != bigRead.rejectedCount()) {
          wrong.add("upload counts " + r);
        }
        for (String[] q : QUERIES) {
          String body =
              new String(
                  get(
                          client,
                          base,
                          token,
                          "/api/exports/" + id + "/indicators?" + query(q) + "&format=csv")
                      .body(),
                  StandardCharsets.UTF_8);
          if (!body.equals(expectedBig.get(query(q)))) {
            wrong.add("indicators of the 100k upload " + query(q));
          }
        }
      }
      for (Thread t : threads) {
        t.join();
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      JsonNode listed = JSON.readTree(get(client, base, token, "/api/exports").body());
      List<String> ids = new ArrayList<>();
      listed.forEach(n -> ids.add(n.path("id").asText()));
      if (!ids.containsAll(uploaded) || ids.size() != uploaded.size()) {
        wrong.add("exports lost: uploaded " + uploaded + ", listed " + ids);
      }
      sampler.interrupt();
      long requests = indicatorTimes.size() + reportTimes.size();
      System.out.printf(
          "cchc-server load: %d clients, %.1f s, %d requests (%d indicators, %d reports),"
              + " %.0f requests/s%n",
          clients,
          elapsed,
          requests,
          indicatorTimes.size(),
          reportTimes.size(),
          requests / elapsed);
      System.out.println("  indicators latency " + percentiles(indicatorTimes));
      System.out.println("  reports latency    " + percentiles(reportTimes));
      System.out.println(
          "  uploads of "
              + bigRead.rowsRead()
              + " rows ("
              + Files.size(big) / 1024
              + " KiB): "
              + uploadMillis
              + " ms, all counted and their indicators right");
      System.out.printf(
          "  peak heap used %d MiB (max %d MiB); exports listed %d of %d uploaded%n",
          peakHeap.get() >> 20,
          Runtime.getRuntime().maxMemory() >> 20,
          ids.size(),
          uploaded.size());
      System.out.println(
          wrong.isEmpty()
              ? "  every answer right"
              : "  WRONG ANSWERS: " + wrong.size() + ", first: " + wrong.peek());
      return wrong.isEmpty();
    }
  }

  private static String percentiles(ConcurrentLinkedQueue<long[]> times) {
    long[] t = times.stream().mapToLong(a -> a[0]).sorted().toArray();
    if (t.length == 0) {
      return "(none)";
    }
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
        t[t.length / 2] / 1e6,
        t[Math.min(t.length - 1, (int) (t.length * 0.99))] / 1e6,
        t[t.length - 1] / 1e6);
  }

  private static String query(String[] q) {
    return "by="
        + q[0]
        + "&period="
        + q[1]
        + "&periods="
        + q[2]
        + "&definition="
        + q[3]
        + "&asOf="
        + AS_OF;
  }

  private static String report(String evaluation, String format) {
    return "/api/evaluations/" + evaluation + "/report?format=" + format;
  }

  /** What {@code cchc indicators} prints, computed by the library from the file itself. */
  private static String expectedCsv(Path file, String[] q) {
    ReportingCalendar calendar =
        q[2].equals("official") ? ReportingCalendar.official() : ReportingCalendar.calendar();
    ReportingPeriod p = calendar.parse(q[1]);
    Grouping grouping =
        switch (q[0]) {
          case "agency" -> Grouping.agency();
          case "procedure" -> Grouping.procedure();
          case "month" -> Grouping.month(calendar);
          case "quarter" -> Grouping.quarter(calendar);
          case "channel" -> Grouping.channel();
          default -> Grouping.all();
        };
    TallyAccumulator acc = new TallyAccumulator(grouping, TallyScope.of(p, LocalDate.parse(AS_OF)));
    DossierReader.defaults().read(file, acc::add);
    StringBuilder b = new StringBuilder("group,indicator,numerator,denominator,rate\n");
    for (IndicatorValue v :
        Indicators.compute(acc.toTally(), Indicator.CORE, Definition.parse(q[3]))) {
      String g = v.group();
      if (g.indexOf(',') >= 0 || g.indexOf('"') >= 0) {
        g = '"' + g.replace("\"", "\"\"") + '"';
      }
      b.append(g)
          .append(',')
          .append(v.indicator().id())
          .append(',')
          .append(v.numerator())
          .append(',')
          .append(v.denominator())
          .append(',')
          .append(v.percent(4).map(x -> x.toPlainString()).orElse(""))
          .append('\n');
    }
    return b.toString();
  }

  private static JsonNode upload(HttpClient client, URI base, String token, Path file)
      throws IOException, InterruptedException {
    return post(
        client,
        base.resolve("/api/exports?name=" + file.getFileName()),
        token,
        "text/csv",
        Files.readAllBytes(file));
  }

  private static String plan(HttpClient client, URI base, String token)
      throws IOException, InterruptedException {
    String text =
        "UBND TỈNH BÌNH PHƯỚC\nSỞ NỘI VỤ\nSố: 12/KH-SNV\nBình Phước, ngày 15 tháng 01 năm 2024\n"
            + "KẾ HOẠCH\nCải cách hành chính năm 2024\n"
            + "- Trên 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn.\n"
            + "- 100% hồ sơ được số hóa kết quả giải quyết.\n";
    return post(
            client,
            base.resolve("/api/plans?format=txt&name=ke-hoach.txt"),
            token,
            "text/plain",
            text.getBytes(StandardCharsets.UTF_8))
        .path("id")
        .asText();
  }

  private static JsonNode post(HttpClient client, URI uri, String token, String type, byte[] body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 201) {
      throw new IllegalStateException(uri + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private static HttpResponse<byte[]> get(HttpClient client, URI base, String token, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(120))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
