package io.github.cchc.server;

import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * The embeddable report: {@code /embed/cchc-report.js} defines {@code <cchc-report src="...">},
 * which shows a report fragment inside a Shadow DOM with the two style sheets below linked in its
 * shadow root (no inline script or style: a strict Content-Security-Policy works); {@code
 * /embed/evaluations/{id}} is the same report as a page for an {@code <iframe>}. Assets are a fixed
 * table of class-path resources: nothing of the request path names a file.
 */
final class Embed {
  /** The element's own sheet: the shadow host isolated from the page's inherited styles. */
  static final String HOST_CSS = "cchc-host.css";

  /** The report fragment's style sheet, taken out of the fragment. */
  static final String REPORT_CSS = "cchc-report.css";

  static final String SCRIPT = "cchc-report.js";

  private final Map<String, String[]> assets;
  private final EvaluationsApi evaluations;

  Embed(EvaluationsApi evaluations) {
    this.evaluations = evaluations;
    this.assets =
        Map.of(
            SCRIPT, new String[] {"text/javascript; charset=utf-8", resource("embed/" + SCRIPT)},
            HOST_CSS, new String[] {"text/css; charset=utf-8", resource("embed/" + HOST_CSS)},
            REPORT_CSS, new String[] {"text/css; charset=utf-8", reportCss()});
  }

  void asset(Context ctx) {
    String[] asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      throw ApiException.notFound("no such asset");
    }
    ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType(asset[0]).result(asset[1]);
  }

  /** {@code GET /embed/evaluations/{id}}: the report as a page for an iframe. */
  void page(Context ctx) throws IOException {
    String id = Service.id(ctx, "id");
    String fragment = evaluations.fragment(id);
    String html =
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>Báo cáo</title>"
            + "<link rel=\"stylesheet\" href=\"/embed/"
            + REPORT_CSS
            + "\"/></head><body>"
            + withoutStyle(fragment)
            + "</body></html>\n";
    ctx.header("X-Frame-Options", "");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors *");
    ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  /** The fragment without its {@code <style>} elements (their rules are {@link #REPORT_CSS}). */
  static String withoutStyle(String fragment) {
    StringBuilder b = new StringBuilder(fragment.length());
    int at = 0;
    while (true) {
      int start = fragment.indexOf("<style", at);
      if (start < 0) {
        break;
      }
      int end = fragment.indexOf("</style>", start);
      if (end < 0) {
        break;
      }
      b.append(fragment, at, start);
      at = end + "</style>".length();
    }
    return b.append(fragment, at, fragment.length()).toString();
  }

  /** The rules of the fragment's {@code <style>} elements, from the renderer itself. */
  static String reportCss() {
    Report sample =
        Report.builder()
            .header(
                OfficialHeader.builder()
                    .issuingBody("CƠ QUAN")
                    .place("Hà Nội")
                    .date(LocalDate.of(2024, 1, 1))
                    .build())
            .kind("BÁO CÁO")
            .title("Mẫu")
            .build();
    String html = HtmlRenderer.fragment().render(sample);
    StringBuilder css = new StringBuilder();
    int at = 0;
    while (true) {
      int start = html.indexOf("<style", at);
      if (start < 0) {
        break;
      }
      int open = html.indexOf('>', start) + 1;
      int end = html.indexOf("</style>", open);
      css.append(html, open, end).append('\n');
      at = end;
    }
    return css.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Embed.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
