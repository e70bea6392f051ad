package io.github.cchc.server;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * The embeddable report over HTTP: {@code /embed/{name}} serves the {@link ReportElement} files (a
 * fixed table: nothing of the request path names a file), {@code /embed/evaluations/{id}} the
 * report as a page for an {@code <iframe>}, under a strict policy of its own.
 */
final class Embed {
  private final EvaluationsApi evaluations;

  Embed(EvaluationsApi evaluations) {
    this.evaluations = evaluations;
  }

  void asset(Context ctx) {
    String name = ctx.pathParam("name");
    String text = ReportElement.file(name).orElseThrow(() -> ApiException.notFound("no such file"));
    ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType(ReportElement.mediaType(name)).result(text);
  }

  /** {@code GET /embed/evaluations/{id}}: the report as a page for an iframe. */
  void page(Context ctx) throws IOException {
    String id = Service.id(ctx, "id");
    String html =
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>Báo cáo</title>"
            + "<link rel=\"stylesheet\" href=\"/embed/"
            + ReportElement.REPORT_STYLE_SHEET
            + "\"/></head><body>"
            + ReportElement.withoutStyle(evaluations.fragment(id))
            + "</body></html>\n";
    ctx.res().setHeader("X-Frame-Options", null); // framing is what this page is for
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors *");
    ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
