package io.github.cchc.server;

/**
 * A request the service refuses, with the HTTP status and the message (what, where and why) of the
 * RFC 9457 problem it answers with.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;

  ApiException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  ApiException(int status, String title, String detail, Throwable cause) {
    super(detail, cause);
    this.status = status;
    this.title = title;
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad request", detail);
  }

  static ApiException rejected(String detail, Throwable cause) {
    return new ApiException(422, "Input rejected", detail, cause);
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail);
  }
}
