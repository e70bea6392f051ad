package io.github.cchc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the handlers share: the configuration, the store, the JSON mapper, the tally cache. */
final class Service {
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final int CACHED_TALLIES = 16;

  private final ServerConfig config;
  private final Store store;
  private final ObjectMapper json;
  private final Path tmp;
  private final Map<String, ExportTally> tallies =
      new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExportTally> eldest) {
          return size() > CACHED_TALLIES;
        }
      };

  Service(ServerConfig config, Store store, ObjectMapper json, Path tmp) {
    this.config = config;
    this.store = store;
    this.json = json;
    this.tmp = tmp;
  }

  ServerConfig config() {
    return config;
  }

  Store store() {
    return store;
  }

  ObjectMapper json() {
    return json;
  }

  Path tmp() {
    return tmp;
  }

  /** The stored tally of an export, from the cache or the database. */
  ExportTally tally(String exportId) {
    synchronized (tallies) {
      ExportTally t = tallies.get(exportId);
      if (t != null) {
        return t;
      }
    }
    ExportTally t = store.tally(exportId);
    cache(exportId, t);
    return t;
  }

  void cache(String exportId, ExportTally tally) {
    synchronized (tallies) {
      tallies.put(exportId, tally);
    }
  }

  /** Answers with {@code body} as JSON. */
  void send(Context ctx, com.fasterxml.jackson.databind.JsonNode body) {
    try {
      ctx.contentType("application/json").result(json.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path parameter {@code name}, an id the service gave: anything else is not found. */
  static String id(Context ctx, String name) {
    String id = ctx.pathParam(name);
    if (!ID.matcher(id).matches()) {
      throw ApiException.notFound("no such id: " + id);
    }
    return id;
  }

  /** Today in Vietnam (UTC+7), the day the command line judges open dossiers on. */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.ofHours(7));
  }

  static @Nullable LocalDate date(String name, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + "=" + text + ": an ISO date (2024-12-31) expected");
    }
  }

  static int integer(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + "=" + text + ": a whole number expected");
    }
  }

  /** Whether the request asks for {@code format} by {@code ?format=} or its Accept header. */
  static boolean wants(Context ctx, String format) {
    String f = ctx.queryParam("format");
    if (f != null) {
      return f.trim().equalsIgnoreCase(format);
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("/" + format);
  }
}
