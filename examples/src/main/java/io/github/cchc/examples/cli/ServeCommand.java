package io.github.cchc.examples.cli;

import io.github.cchc.server.CchcServer;
import io.github.cchc.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc serve}: the REST service of cchc-server (OpenAPI at {@code /openapi.json}) until the
 * process is stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the cchc service next to a portal: REST with an OpenAPI document (GET /openapi.json),"
          + " dossier exports, indicators, plans, evaluations, reports in every format, the"
          + " calendar, and the embeddable report element (/embed/cchc-report.js).",
      "Writes need 'Authorization: Bearer TOKEN', the token of --token-file (created on the first"
          + " start; standard error says where). Stop with Ctrl+C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (0: a free one; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one).")
  String host;

  @Option(
      names = "--data",
      defaultValue = "cchc-data",
      paramLabel = "DIR",
      description =
          "Data folder: the embedded H2 database, the token, temporary uploads (default:"
              + " ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "A database instead of H2: jdbc:postgresql://host:5432/db?user=U (the password in"
              + " the URL's password= or PGPASSWORD is the driver's business).")
  @Nullable String db;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "The bearer token of writes (default: DIR/token; created when missing).")
  @Nullable Path tokenFile;

  @Option(
      names = "--open-reads",
      split = ",",
      paramLabel = "RESOURCE",
      description =
          "Resources anyone may read without the token: exports, indicators, plans, evaluations,"
              + " reports, history, calendar (default: calendar).")
  List<String> openReads = new ArrayList<>(List.of("calendar"));

  @Option(
      names = "--cors-origin",
      split = ",",
      paramLabel = "ORIGIN",
      description = "Origins whose pages may call the service (CORS; default: none).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--max-upload-mb",
      defaultValue = "64",
      description = "Larger uploads are refused with 413 (default: ${DEFAULT-VALUE} MiB).")
  long maxUploadMb;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerConfig config;
    try {
      config =
          ServerConfig.of(data)
              .withHost(host)
              .withPort(port)
              .withOpenReads(new LinkedHashSet<>(openReads))
              .withCorsOrigins(corsOrigins)
              .withMaxUploadBytes(Math.multiplyExact(Math.max(maxUploadMb, 0), 1L << 20));
      if (db != null) {
        config = config.withDatabase(db);
      }
      if (tokenFile != null) {
        config = config.withTokenFile(tokenFile);
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    CchcServer server;
    try {
      server = CchcServer.start(config);
    } catch (RuntimeException e) {
      // the port taken, the database unreachable: what the person running it can change
      throw new InputRejectedException(
          "cannot start the service: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (server.tokenCreated()) {
      err.println("cchc serve: created the token of writes in " + server.tokenFile());
    } else {
      err.println("cchc serve: the token of writes is in " + server.tokenFile());
    }
    err.println(
        "cchc serve: listening on "
            + server.uri()
            + " (OpenAPI: "
            + server.uri().resolve("/openapi.json")
            + "; database: "
            + (db == null ? "H2 in " + data.toAbsolutePath() : "the --db URL")
            + ")");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return Cchc.OK;
  }
}
