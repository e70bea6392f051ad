package io.github.cchc.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who may do what: writes need {@code Authorization: Bearer <token>} (401 without, 403 with another
 * token), reads of a resource too unless the configuration opens it; every answer carries the
 * security headers.
 */
final class Security {
  private final byte[] token;
  private final boolean created;
  private final Set<String> openReads;
  private final long maxUploadBytes;

  private Security(byte[] token, boolean created, Set<String> openReads, long maxUploadBytes) {
    this.token = token;
    this.created = created;
    this.openReads = openReads;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** Reads the token file, or creates it with a new random token (owner-only where POSIX). */
  static Security of(ServerConfig config) throws IOException {
    Path file = config.tokenFile().toAbsolutePath();
    boolean created = false;
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String t = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.createDirectories(file.getParent());
      try {
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
          Files.createFile(file);
        }
        Files.writeString(file, t + "\n", StandardCharsets.US_ASCII);
        created = true;
      } catch (FileAlreadyExistsException e) {
        // another process created it meanwhile: use theirs
      }
    }
    String t = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (t.length() < 16) {
      throw new IOException(file + ": the token must be at least 16 characters");
    }
    return new Security(
        t.getBytes(StandardCharsets.UTF_8), created, config.openReads(), config.maxUploadBytes());
  }

  boolean created() {
    return created;
  }

  /** Checks the request against its route: the token where needed, the upload limit. */
  void check(Context ctx, Route route) {
    boolean write = !route.method().equals("GET");
    if (write) {
      String length = ctx.header("Content-Length");
      if (length != null) {
        try {
          if (Long.parseLong(length.trim()) > maxUploadBytes) {
            authorize(ctx); // an oversized request without the token is still 401
            throw Uploads.tooLarge(maxUploadBytes);
          }
        } catch (NumberFormatException e) {
          throw ApiException.badRequest("Content-Length: " + length + " is not a number");
        }
      }
      authorize(ctx);
      return;
    }
    if (route.resource().equals("public") || openReads.contains(route.resource())) {
      return;
    }
    authorize(ctx);
  }

  private void authorize(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"cchc\"");
      throw new ApiException(
          401,
          "Unauthorized",
          "this request needs the token: Authorization: Bearer <the content of the token file>");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw new ApiException(403, "Forbidden", "the token is not the service's token");
    }
  }

  /** The headers every answer carries. */
  static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }
}
