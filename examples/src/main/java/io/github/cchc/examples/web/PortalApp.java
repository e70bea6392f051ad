package io.github.cchc.examples.web;

import io.github.cchc.examples.data.SampleData;
import io.github.cchc.server.ReportElement;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A minimal provincial portal (Javalin) that embeds one report: {@code GET /} serves a portal page
 * whose content area holds the embeddable element {@code <cchc-report src="/bao-cao.html">}
 * (cchc-server's {@link ReportElement}: the fragment in a Shadow DOM, the portal's styles cannot
 * reach it), {@code GET /bao-cao.html} the report's HTML fragment, {@code GET /api/bao-cao} its
 * JSON.
 *
 * <pre>{@code
 * try (PortalApp app = PortalApp.start(SampleReport.view(report), "127.0.0.1", 0)) {
 *   HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri().resolve("api/bao-cao")).build(),
 *       HttpResponse.BodyHandlers.ofString());
 * }
 * }</pre>
 *
 * <p>From the command line: {@code java -cp examples/target/cchc.jar
 * io.github.cchc.examples.web.PortalApp [--port 8080] [--host 127.0.0.1] [--dossiers FILE]} (port
 * 0: a free port); without {@code --dossiers} it ranks the agencies of the shipped sample export
 * (generated on first use, see {@link io.github.cchc.examples.data.SampleData}).
 */
public final class PortalApp implements AutoCloseable {
  /** Path of the page. */
  public static final String PAGE = "/";

  /** Path of the JSON endpoint. */
  public static final String JSON = "/api/bao-cao";

  /** Path of the report's HTML fragment, which the page's element shows. */
  public static final String FRAGMENT = "/bao-cao.html";

  private static final String MARKER = "<!-- cchc:report -->";

  private final Javalin javalin;
  private final String host;

  private PortalApp(Javalin javalin, String host) {
    this.javalin = javalin;
    this.host = host;
  }

  /**
   * Starts the portal.
   *
   * @param view the report to embed
   * @param host the address to listen on, e.g. {@code 127.0.0.1}
   * @param port the port, or 0 for a free one (see {@link #port()})
   * @return the running portal; close it to stop
   */
  public static PortalApp start(ReportView view, String host, int port) {
    String page = page();
    String fragment = view.htmlFragment();
    String json = view.json();
    Javalin javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.get(
                  PAGE, ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
              config.routes.get(
                  JSON, ctx -> ctx.contentType("application/json; charset=utf-8").result(json));
              config.routes.get(
                  FRAGMENT, ctx -> ctx.contentType("text/html; charset=utf-8").result(fragment));
              for (String file : ReportElement.FILES) {
                String text = ReportElement.file(file).orElseThrow();
                config.routes.get(
                    "/embed/" + file,
                    ctx -> ctx.contentType(ReportElement.mediaType(file)).result(text));
              }
            });
    javalin.start(host, port);
    return new PortalApp(javalin, host);
  }

  /**
   * The page with the report element in its content area.
   *
   * @return the whole page
   */
  static String page() {
    String template = template();
    int at = template.indexOf(MARKER);
    String element = "<cchc-report src=\"" + FRAGMENT + "\"></cchc-report>";
    return template.substring(0, at) + element + template.substring(at + MARKER.length());
  }

  private static String template() {
    try (InputStream in = PortalApp.class.getResourceAsStream("portal.html")) {
      if (in == null) {
        throw new IllegalStateException("missing resource portal.html");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The port the portal listens on (the chosen one when started with port 0).
   *
   * @return the port
   */
  public int port() {
    return javalin.port();
  }

  /**
   * The page's address.
   *
   * @return e.g. {@code http://127.0.0.1:41234/}
   */
  public URI uri() {
    return URI.create("http://" + host + ":" + port() + PAGE);
  }

  /** Stops the server. */
  @Override
  public void close() {
    javalin.stop();
  }

  /**
   * Runs the portal until the process is stopped.
   *
   * @param args {@code [--port N] [--host H] [--dossiers FILE]}; defaults 8080, 127.0.0.1 and the
   *     shipped sample
   * @throws InterruptedException if interrupted while waiting
   * @throws IOException if the sample cannot be generated
   */
  public static void main(String[] args) throws InterruptedException, IOException {
    int port = 8080;
    String host = "127.0.0.1";
    Path dossiers = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--host" -> host = args[i + 1];
        case "--dossiers" -> dossiers = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dossiers == null) {
      dossiers = SampleData.ensureDossiers(Path.of("examples", "data"));
    }
    System.out.println("Đọc " + dossiers + " …");
    long start = System.nanoTime();
    ReportView view = SampleReport.view(SampleReport.onTimeRanking(dossiers));
    System.out.printf("báo cáo sẵn sàng sau %d ms%n", (System.nanoTime() - start) / 1_000_000);
    PortalApp app = start(view, host, port);
    System.out.println("Cổng thông tin (mẫu): " + app.uri() + "  JSON: " + app.uri().resolve(JSON));
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    new CountDownLatch(1).await();
  }
}
