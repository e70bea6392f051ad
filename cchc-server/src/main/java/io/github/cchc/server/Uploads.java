package io.github.cchc.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The body of an upload, as the request body or the {@code file} part of a multipart form, copied
 * to a temporary file the service names itself (nothing of the request names a path) and counted
 * against the upload limit.
 */
final class Uploads {
  private static final Map<String, String> BY_MEDIA_TYPE =
      Map.of(
          "text/csv", "csv",
          "application/x-ndjson", "jsonl",
          "application/jsonl", "jsonl",
          "application/json-lines", "jsonl",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
          "application/vnd.ms-excel", "xls",
          "text/plain", "txt",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
          "application/msword", "doc",
          "application/pdf", "pdf");

  private Uploads() {}

  /** An upload on disk: its name for messages, its type, its temporary file. */
  record Upload(String name, String type, Path file) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Copies the upload of {@code ctx} to a new file in {@code tmp}.
   *
   * @param types the accepted types (file extensions without the dot)
   * @throws ApiException 413 past {@code limit}, 415 for another type, 400 without a body
   */
  static Upload receive(Context ctx, Path tmp, long limit, Set<String> types) throws IOException {
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    String name;
    String type;
    InputStream in;
    if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      UploadedFile file;
      try {
        file = ctx.uploadedFile("file");
      } catch (Exception e) {
        throw multipartFailure(e, limit);
      }
      if (file == null) {
        throw ApiException.badRequest("multipart upload without a part named 'file'");
      }
      name = safeName(file.filename());
      type = typeOf(ctx.queryParam("format"), file.contentType(), name, types);
      in = file.content();
    } else {
      String given = ctx.queryParam("name");
      type = typeOf(ctx.queryParam("format"), contentType, given, types);
      name = given != null ? safeName(given) : "upload." + type;
      in = ctx.bodyInputStream();
    }
    Path file = Files.createTempFile(tmp, "upload-", "." + type);
    try (InputStream body = in;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = body.read(buffer)) > 0; ) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
      if (total == 0) {
        throw ApiException.badRequest("empty upload: send the file as the request body");
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Upload(name, type, file);
  }

  /**
   * What Jetty's multipart parser threw, as the client's error: past the size limits (a form sent
   * without a length is only measured while parsed) a 413, any other unreadable form a 400. Jetty
   * says "max length exceeded" / "max file size exceeded" in an {@code IllegalStateException} under
   * its {@code BadMessageException}.
   */
  private static RuntimeException multipartFailure(Exception e, long limit) {
    boolean malformed = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof IllegalStateException && message.contains("exceeded")) {
        return tooLarge(limit);
      }
      malformed |= t.getClass().getName().equals("org.eclipse.jetty.http.BadMessageException");
    }
    if (malformed) {
      return ApiException.badRequest("the multipart form could not be read: " + e.getMessage());
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e);
  }

  static ApiException tooLarge(long limit) {
    return new ApiException(
        413, "Payload too large", "the upload is larger than the limit of " + limit + " bytes");
  }

  /** The type from {@code ?format=}, else the media type, else the name's extension. */
  private static String typeOf(
      @Nullable String format, @Nullable String mediaType, @Nullable String name, Set<String> ok) {
    String type = null;
    if (format != null) {
      type = format.trim().toLowerCase(Locale.ROOT);
    } else {
      if (mediaType != null) {
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        type = BY_MEDIA_TYPE.get(base);
      }
      if (type == null && name != null && name.lastIndexOf('.') >= 0) {
        type = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      }
    }
    if (type == null || !ok.contains(type)) {
      throw new ApiException(
          415,
          "Unsupported media type",
          "upload type '"
              + (type == null ? mediaType : type)
              + "' not read: give ?format= one of "
              + String.join(", ", new java.util.TreeSet<>(ok))
              + " or a matching Content-Type");
    }
    return type;
  }

  /** A name for messages only: the last path segment, control characters dropped, 200 chars. */
  static String safeName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder b = new StringBuilder();
    last.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .limit(200)
        .forEach(b::appendCodePoint);
    return b.length() == 0 ? "upload" : b.toString();
  }
}
