package io.github.cchc.server;

import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the embeddable report element, for a Java portal that serves them itself (the
 * service serves them under {@code /embed/}): the script that defines {@code <cchc-report
 * src="...">}, the element's own style sheet and the report fragment's style sheet. Serve the three
 * from one folder; the script finds the sheets beside itself.
 *
 * <pre>{@code
 * // <script src="/embed/cchc-report.js"></script>
 * // <cchc-report src="/bao-cao.html"></cchc-report>   (an HtmlRenderer.fragment() report)
 * ReportElement.file("cchc-report.js").orElseThrow();   // the script's text
 * }</pre>
 */
public final class ReportElement {
  /** The script: defines {@code <cchc-report>}. */
  public static final String SCRIPT = "cchc-report.js";

  /** The element's own sheet: the shadow host takes nothing from the page around it. */
  public static final String HOST_STYLE_SHEET = "cchc-host.css";

  /** The rules of the report fragment's {@code <style>} elements, as a style sheet. */
  public static final String REPORT_STYLE_SHEET = "cchc-report.css";

  /** The three file names. */
  public static final List<String> FILES = List.of(SCRIPT, HOST_STYLE_SHEET, REPORT_STYLE_SHEET);

  private static final Map<String, String> TEXTS =
      Map.of(
          SCRIPT, resource("embed/" + SCRIPT),
          HOST_STYLE_SHEET, resource("embed/" + HOST_STYLE_SHEET),
          REPORT_STYLE_SHEET, reportCss());

  private ReportElement() {}

  /**
   * The text of one of the {@link #FILES}.
   *
   * @param name the file name, e.g. {@value #SCRIPT}
   * @return its text, empty for any other name
   */
  public static Optional<String> file(String name) {
    return Optional.ofNullable(TEXTS.get(name));
  }

  /**
   * The media type to serve one of the {@link #FILES} with.
   *
   * @param name the file name
   * @return {@code text/javascript; charset=utf-8} or {@code text/css; charset=utf-8}
   */
  public static String mediaType(String name) {
    return name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
  }

  /**
   * The fragment without its {@code <style>} elements, whose rules are {@link #REPORT_STYLE_SHEET}:
   * for a page under a strict policy (the iframe page).
   *
   * @param fragment an {@link HtmlRenderer#fragment()} report
   * @return the fragment without style elements
   */
  public static String withoutStyle(String fragment) {
    StringBuilder b = new StringBuilder(fragment.length());
    int at = 0;
    while (true) {
      int start = fragment.indexOf("<style", at);
      int end = start < 0 ? -1 : fragment.indexOf("</style>", start);
      if (end < 0) {
        break;
      }
      b.append(fragment, at, start);
      at = end + "</style>".length();
    }
    return b.append(fragment, at, fragment.length()).toString();
  }

  /** The rules of the fragment's {@code <style>} elements, from the renderer itself. */
  private static String reportCss() {
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
      if (end < 0) {
        break;
      }
      css.append(html, open, end).append('\n');
      at = end;
    }
    return css.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ReportElement.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
