package io.github.cchc.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the portal shows of a report: its embeddable HTML fragment and its JSON, both produced by a
 * renderer of {@code cchc-reporting}. The portal never formats a report itself.
 *
 * <p>Wiring a real report is one line, once the renderers exist:
 *
 * <pre>{@code
 * ReportView view = ReportView.of(htmlRenderer.fragment(report), jsonRenderer.render(report));
 * }</pre>
 */
public interface ReportView {
  /**
   * The report as an embeddable HTML fragment (escaped, no external resources), inserted as is.
   *
   * @return the fragment
   */
  String htmlFragment();

  /**
   * The report as JSON, served at {@code /api/bao-cao}.
   *
   * @return a JSON document
   */
  String json();

  /**
   * A view of already-rendered text.
   *
   * @param htmlFragment the HTML fragment
   * @param json the JSON document
   * @return the view
   */
  static ReportView of(String htmlFragment, String json) {
    Objects.requireNonNull(htmlFragment, "htmlFragment");
    Objects.requireNonNull(json, "json");
    return new ReportView() {
      @Override
      public String htmlFragment() {
        return htmlFragment;
      }

      @Override
      public String json() {
        return json;
      }
    };
  }

  /**
   * A fixed stand-in (a hand-written fragment and JSON with the province-wide figures of the
   * shipped sample data), used until the renderers of {@code cchc-reporting} are wired in.
   *
   * @return the placeholder view
   */
  static ReportView placeholder() {
    return of(resource("placeholder-report.html"), resource("placeholder-report.json"));
  }

  private static String resource(String name) {
    try (InputStream in = ReportView.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
