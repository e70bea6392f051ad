package io.github.cchc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.tally.GroupLimitException;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.plan.PlanReadException;
import io.github.cchc.model.text.DiagnosticText;
import io.github.cchc.reporting.render.MissingLibraryException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as an RFC 9457 problem ({@code application/problem+json}): {@code type}, {@code
 * title}, {@code status}, {@code detail} (what, where and why, the words of the {@code cchc}
 * command line) and {@code instance} (the request path). Never a stack trace.
 */
final class Problems {
  static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPES = "https://github.com/cchc-sdk/cchc-sdk/blob/main/README.md#";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /** The status, title and detail of a problem. */
  record Problem(int status, String title, String detail) {}

  /** Answers {@code ctx} with the problem of {@code failure}. */
  static void answer(Context ctx, Throwable failure, ObjectMapper json) {
    Problem p = of(failure);
    if (p.status() == 500) {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
    }
    write(ctx, p.status(), p.title(), p.detail(), json);
  }

  /** The problem that answers {@code failure}. */
  static Problem of(Throwable failure) {
    Throwable t = failure;
    if (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    int status;
    String title;
    String detail;
    if (t instanceof ApiException a) {
      status = a.status();
      title = a.title();
      detail = a.getMessage();
    } else if (t instanceof DossierReadException
        || t instanceof PlanReadException
        || t instanceof GroupLimitException) {
      status = 422;
      title = "Input rejected";
      detail = "input rejected: " + t.getMessage();
    } else if (t instanceof IllegalArgumentException
        || t instanceof DateTimeException
        || (t instanceof CchcException && !(t instanceof MissingLibraryException))) {
      // CchcParseException, CalendarInputException and the like: a bad value in the request (a
      // missing optional library is a defect of the deployment: 500 below)
      status = 400;
      title = "Bad request";
      detail = "input rejected: " + t.getMessage();
    } else if (t instanceof IOException) {
      status = 400;
      title = "Bad request";
      detail = "input rejected: the request body could not be read (" + t.getMessage() + ")";
    } else {
      status = 500;
      title = "Internal error";
      detail =
          "failed: "
              + t.getClass().getSimpleName()
              + " (a defect of cchc-server: please report it with the request)";
    }
    return new Problem(status, title, detail);
  }

  /** Answers {@code ctx} with a problem. */
  static void write(Context ctx, int status, String title, String detail, ObjectMapper json) {
    ObjectNode p = json.createObjectNode();
    p.put("type", status == 500 ? "about:blank" : TYPES + "problem-" + status);
    p.put("title", title);
    p.put("status", status);
    p.put("detail", oneLine(detail));
    p.put("instance", oneLine(ctx.path()));
    if (status == 413) {
      // the rest of an oversized body is not read: the connection cannot carry another request
      // (RFC 9110, 15.5.14), so the client is told to open a new one
      ctx.header("Connection", "close");
    }
    ctx.status(status).contentType(MEDIA_TYPE).result(p.toString());
  }

  private static String oneLine(@Nullable String message) {
    return message == null ? "" : DiagnosticText.escape(message, 2000);
  }
}
