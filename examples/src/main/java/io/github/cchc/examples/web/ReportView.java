package io.github.cchc.examples.web;

import java.util.Objects;

/**
 * What the portal shows of a report: its embeddable HTML fragment and its JSON, both produced by a
 * renderer of {@code cchc-reporting}. The portal never formats a report itself.
 *
 * <pre>{@code
 * ReportView view = ReportView.of(
 *     HtmlRenderer.fragment().render(report),
 *     new String(new JsonRenderer().toBytes(report), StandardCharsets.UTF_8));
 * }</pre>
 *
 * <p>{@link SampleReport#view(io.github.cchc.reporting.model.Report)} does exactly that.
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
}
