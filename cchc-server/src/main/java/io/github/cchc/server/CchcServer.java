package io.github.cchc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cchc service: REST with an OpenAPI document ({@code GET /openapi.json}) over dossier exports,
 * indicators, plans, evaluations, reports in every format and the calendar, with its state in a
 * database, and the embeddable report element ({@code /embed/cchc-report.js}).
 *
 * <pre>{@code
 * try (CchcServer server = CchcServer.start(ServerConfig.of(Path.of("cchc-data")).withPort(0))) {
 *   HttpClient.newHttpClient().send(
 *       HttpRequest.newBuilder(server.uri().resolve("/api/health")).build(),
 *       HttpResponse.BodyHandlers.ofString());   // 200 {"status":"UP"}
 * }
 * }</pre>
 *
 * <p>From the command line: {@code cchc serve [--port 8080] [--data DIR] [--db JDBC_URL]
 * [--token-file F]}.
 */
public final class CchcServer implements AutoCloseable {
  private final Javalin javalin;
  private final Store store;
  private final ServerConfig config;
  private final boolean tokenCreated;
  private final List<Route> routes;

  private CchcServer(
      Javalin javalin, Store store, ServerConfig config, boolean tokenCreated, List<Route> routes) {
    this.javalin = javalin;
    this.store = store;
    this.config = config;
    this.tokenCreated = tokenCreated;
    this.routes = routes;
  }

  /**
   * Starts the service: creates the data folder and the token file if missing, migrates the
   * database, listens.
   *
   * @param config the configuration
   * @return the running service; close it to stop
   * @throws IOException if the data folder or the token file cannot be written or read
   */
  public static CchcServer start(ServerConfig config) throws IOException {
    Path data = config.data();
    Files.createDirectories(data);
    Path tmp = Files.createDirectories(data.resolve("tmp"));
    try (DirectoryStream<Path> old = Files.newDirectoryStream(tmp, "upload-*")) {
      for (Path p : old) {
        Files.deleteIfExists(p); // left by a stopped process: uploads are not kept
      }
    }
    Security security = Security.of(config);
    Store store =
        Store.open(config.database().orElse(null), data, config.databaseSchema().orElse(null));
    try {
      ObjectMapper json =
          new ObjectMapper()
              .findAndRegisterModules()
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      Service service = new Service(config, store, json, tmp);
      List<Route> routes = routes(service);
      String openapi = resource("openapi.json");
      Javalin javalin =
          Javalin.create(
              c -> {
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.http.maxRequestSize = config.maxUploadBytes();
                c.jetty.multipartConfig.maxTotalRequestSize(
                    config.maxUploadBytes(), SizeUnit.BYTES);
                c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
                c.jetty.multipartConfig.cacheDirectory(tmp.toString());
                if (!config.corsOrigins().isEmpty()) {
                  c.bundledPlugins.enableCors(
                      cors ->
                          cors.addRule(
                              rule -> {
                                for (String origin : config.corsOrigins()) {
                                  rule.allowHost(origin);
                                }
                                rule.exposeHeader("Location");
                              }));
                }
                c.routes.before(Security::headers);
                c.routes.get(
                    "/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
                for (Route r : routes) {
                  c.routes.addHttpHandler(
                      r.method().equals("GET") ? HandlerType.GET : HandlerType.POST,
                      r.path(),
                      ctx -> {
                        security.check(ctx, r);
                        r.handler().handle(ctx);
                      });
                }
                c.routes.exception(Exception.class, (e, ctx) -> Problems.answer(ctx, e, json));
                c.routes.error(
                    404,
                    ctx -> {
                      String type = ctx.res().getContentType();
                      if (type == null || !type.startsWith(Problems.MEDIA_TYPE)) {
                        Problems.write(ctx, 404, "Not found", "no such resource", json);
                      }
                    });
                c.routes.error(
                    405,
                    ctx -> Problems.write(ctx, 405, "Method not allowed", "no such method", json));
              });
      javalin.start(config.host(), config.port());
      return new CchcServer(javalin, store, config, security.created(), routes);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  static List<Route> routes(Service service) {
    ExportsApi exports = new ExportsApi(service);
    PlansApi plans = new PlansApi(service);
    EvaluationsApi evaluations = new EvaluationsApi(service, plans);
    CalendarApi calendar = new CalendarApi(service);
    Embed embed = new Embed(evaluations);
    return List.of(
        new Route("GET", "/api/health", "public", CchcServer::health),
        new Route("POST", "/api/exports", "exports", exports::upload),
        new Route("GET", "/api/exports", "exports", exports::list),
        new Route("GET", "/api/exports/{id}", "exports", exports::get),
        new Route("GET", "/api/exports/{id}/rejected", "exports", exports::rejected),
        new Route("GET", "/api/exports/{id}/indicators", "indicators", exports::indicators),
        new Route("GET", "/api/history", "history", exports::history),
        new Route("POST", "/api/plans", "plans", plans::upload),
        new Route("GET", "/api/plans/{id}", "plans", plans::get),
        new Route("POST", "/api/evaluations", "evaluations", evaluations::create),
        new Route("GET", "/api/evaluations/{id}", "evaluations", evaluations::get),
        new Route("GET", "/api/evaluations/{id}/report", "reports", evaluations::report),
        new Route("GET", "/api/calendar/due", "calendar", calendar::due),
        new Route("GET", "/api/calendar/holidays", "calendar", calendar::holidays),
        new Route("GET", "/api/calendar/lunar", "calendar", calendar::lunar),
        new Route("GET", "/embed/{name}", "public", embed::asset),
        new Route("GET", "/embed/evaluations/{id}", "reports", embed::page));
  }

  private static void health(Context ctx) {
    ctx.contentType("application/json").result("{\"status\":\"UP\"}");
  }

  /**
   * The port the service listens on (the chosen one when started with port 0).
   *
   * @return the port
   */
  public int port() {
    return javalin.port();
  }

  /**
   * The service's address.
   *
   * @return e.g. {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    return URI.create("http://" + config.host() + ":" + port() + "/");
  }

  /**
   * Tells whether this start created the token file (the command line says where it is).
   *
   * @return true when the token is new
   */
  public boolean tokenCreated() {
    return tokenCreated;
  }

  /**
   * The file that holds the bearer token of writes.
   *
   * @return the token file
   */
  public Path tokenFile() {
    return config.tokenFile().toAbsolutePath();
  }

  /** Stops listening and closes the database. */
  @Override
  public void close() {
    javalin.stop();
    store.close();
  }

  /** The method and path of every endpoint, for the OpenAPI document's test. */
  List<String> endpoints() {
    List<String> out = new java.util.ArrayList<>();
    out.add("GET /openapi.json");
    for (Route r : routes) {
      out.add(r.method() + " " + r.path());
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = CchcServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
