package io.github.cchc.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link CchcServer} runs: where it listens, where its state lives, who may write and read.
 * Immutable; each {@code withX} returns a changed copy.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.of(Path.of("cchc-data"))
 *     .withPort(8080)
 *     .withOpenReads(Set.of("reports", "indicators"))
 *     .withCorsOrigins(List.of("https://dichvucong.binhphuoc.gov.vn"));
 * }</pre>
 */
public final class ServerConfig {
  /** The resources whose reads can be opened to anyone: {@link #withOpenReads(Set)}. */
  public static final Set<String> RESOURCES =
      Set.of("exports", "indicators", "plans", "evaluations", "reports", "history", "calendar");

  /** The default upload limit: 64 MiB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;

  private final String host;
  private final int port;
  private final Path data;
  private final @Nullable String db;
  private final @Nullable String dbSchema;
  private final @Nullable Path tokenFile;
  private final Set<String> openReads;
  private final List<String> corsOrigins;
  private final long maxUploadBytes;

  private ServerConfig(
      String host,
      int port,
      Path data,
      @Nullable String db,
      @Nullable String dbSchema,
      @Nullable Path tokenFile,
      Set<String> openReads,
      List<String> corsOrigins,
      long maxUploadBytes) {
    this.host = host;
    this.port = port;
    this.data = data;
    this.db = db;
    this.dbSchema = dbSchema;
    this.tokenFile = tokenFile;
    this.openReads = Set.copyOf(openReads);
    this.corsOrigins = List.copyOf(corsOrigins);
    this.maxUploadBytes = maxUploadBytes;
  }

  /**
   * The defaults: 127.0.0.1:8080, H2 in {@code data}, the token in {@code data/token}, reads of the
   * calendar open, CORS off, uploads up to 64 MiB.
   *
   * @param data the data folder (created if missing)
   * @return the configuration
   */
  public static ServerConfig of(Path data) {
    return new ServerConfig(
        "127.0.0.1",
        8080,
        Objects.requireNonNull(data, "data"),
        null,
        null,
        null,
        Set.of("calendar"),
        List.of(),
        DEFAULT_MAX_UPLOAD_BYTES);
  }

  /**
   * With another address to listen on.
   *
   * @param host e.g. {@code 0.0.0.0}
   * @return the changed configuration
   */
  public ServerConfig withHost(String host) {
    return new ServerConfig(
        Objects.requireNonNull(host),
        port,
        data,
        db,
        dbSchema,
        tokenFile,
        openReads,
        corsOrigins,
        maxUploadBytes);
  }

  /**
   * With another port; 0 picks a free one.
   *
   * @param port the port, 0 to 65535
   * @return the changed configuration
   * @throws IllegalArgumentException if out of range
   */
  public ServerConfig withPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    return new ServerConfig(
        host, port, data, db, dbSchema, tokenFile, openReads, corsOrigins, maxUploadBytes);
  }

  /**
   * With a database instead of the embedded H2: a JDBC URL such as {@code
   * jdbc:postgresql://localhost:5432/cchc?user=cchc}.
   *
   * @param jdbcUrl the URL
   * @return the changed configuration
   */
  public ServerConfig withDatabase(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("a JDBC URL starts with jdbc: " + jdbcUrl);
    }
    return new ServerConfig(
        host, port, data, jdbcUrl, dbSchema, tokenFile, openReads, corsOrigins, maxUploadBytes);
  }

  /**
   * With the database schema the state lives in (created by the migration if missing).
   *
   * @param schema a schema name: letters, digits and underscores
   * @return the changed configuration
   */
  public ServerConfig withDatabaseSchema(String schema) {
    if (!schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("schema: letters, digits and _ only: " + schema);
    }
    return new ServerConfig(
        host, port, data, db, schema, tokenFile, openReads, corsOrigins, maxUploadBytes);
  }

  /**
   * With the file of the bearer token that writes need (created with a new token if missing).
   *
   * @param tokenFile the file
   * @return the changed configuration
   */
  public ServerConfig withTokenFile(Path tokenFile) {
    return new ServerConfig(
        host, port, data, db, dbSchema, tokenFile, openReads, corsOrigins, maxUploadBytes);
  }

  /**
   * With the resources that anyone may read without the token, among {@link #RESOURCES}.
   *
   * @param resources e.g. {@code reports} for the embeddable report element
   * @return the changed configuration
   * @throws IllegalArgumentException for an unknown resource
   */
  public ServerConfig withOpenReads(Set<String> resources) {
    Set<String> lower = new TreeSet<>();
    for (String r : resources) {
      String name = r.trim().toLowerCase(Locale.ROOT);
      if (!RESOURCES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown resource '" + r + "': use " + String.join(", ", new TreeSet<>(RESOURCES)));
      }
      lower.add(name);
    }
    return new ServerConfig(
        host, port, data, db, dbSchema, tokenFile, lower, corsOrigins, maxUploadBytes);
  }

  /**
   * With the origins whose pages may call the service from a browser (CORS); none by default.
   *
   * @param origins e.g. {@code https://portal.example.gov.vn}
   * @return the changed configuration
   */
  public ServerConfig withCorsOrigins(List<String> origins) {
    for (String o : origins) {
      if (!o.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
        throw new IllegalArgumentException(
            "a CORS origin is scheme://host[:port], without a path: " + o);
      }
    }
    return new ServerConfig(
        host, port, data, db, dbSchema, tokenFile, openReads, origins, maxUploadBytes);
  }

  /**
   * With another upload limit; larger request bodies are refused with 413.
   *
   * @param bytes the limit, at least 1
   * @return the changed configuration
   */
  public ServerConfig withMaxUploadBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the upload limit must be at least 1 byte: " + bytes);
    }
    return new ServerConfig(
        host, port, data, db, dbSchema, tokenFile, openReads, corsOrigins, bytes);
  }

  /** Returns the address to listen on. */
  public String host() {
    return host;
  }

  /** Returns the port (0: a free one). */
  public int port() {
    return port;
  }

  /** Returns the data folder. */
  public Path data() {
    return data;
  }

  /** Returns the JDBC URL of the database, empty for H2 in the data folder. */
  public Optional<String> database() {
    return Optional.ofNullable(db);
  }

  /** Returns the database schema, empty for the default one. */
  public Optional<String> databaseSchema() {
    return Optional.ofNullable(dbSchema);
  }

  /** Returns the token file: the one given, else {@code token} in the data folder. */
  public Path tokenFile() {
    return tokenFile != null ? tokenFile : data.resolve("token");
  }

  /** Returns the resources anyone may read. */
  public Set<String> openReads() {
    return openReads;
  }

  /** Returns the CORS origins, empty when CORS is off. */
  public List<String> corsOrigins() {
    return corsOrigins;
  }

  /** Returns the upload limit in bytes. */
  public long maxUploadBytes() {
    return maxUploadBytes;
  }
}
