package io.github.cchc.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PortalAppTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageEmbedsTheFragmentAndTheEndpointServesTheJson() throws Exception {
    ReportView view =
        ReportView.of(
            "<table><tr><td>Sở Tư pháp</td><td>99,27%</td></tr></table>",
            "{\"title\":\"Báo cáo CCHC quý I/2024\"}");
    try (PortalApp app = PortalApp.start(view, "127.0.0.1", 0)) {
      assertThat(app.port()).isPositive();
      HttpResponse<String> page = get(app.uri());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html").contains("utf-8"));
      assertThat(page.body())
          .contains("<cchc-report src=\"" + PortalApp.FRAGMENT + "\"></cchc-report>")
          .contains("<script src=\"/embed/cchc-report.js\"></script>")
          .contains("Cổng thông tin điện tử tỉnh Bình Phước")
          .doesNotContain("cchc:report");
      assertThat(get(app.uri().resolve(PortalApp.FRAGMENT)).body())
          .contains("<td>Sở Tư pháp</td><td>99,27%</td>");
      HttpResponse<String> script = get(app.uri().resolve("/embed/cchc-report.js"));
      assertThat(script.body()).contains("customElements.define('cchc-report'");
      assertThat(get(app.uri().resolve("/embed/cchc-report.css")).body()).contains(".cchc-report");

      HttpResponse<String> json = get(app.uri().resolve(PortalApp.JSON));
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(json.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(new ObjectMapper().readTree(json.body()).path("title").asText())
          .isEqualTo("Báo cáo CCHC quý I/2024");

      assertThat(get(app.uri().resolve("/khong-co")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void portZeroGivesEachPortalItsOwnFreePort() {
    try (PortalApp a = PortalApp.start(ReportView.of("<p>Sở Y tế</p>", "{}"), "127.0.0.1", 0);
        PortalApp b = PortalApp.start(ReportView.of("<p>Sở Y tế</p>", "{}"), "127.0.0.1", 0)) {
      assertThat(a.port()).isNotEqualTo(b.port());
      assertThat(a.uri().toString()).isEqualTo("http://127.0.0.1:" + a.port() + "/");
    }
  }

  @Test
  void aViewNeedsBothParts() {
    assertThatThrownBy(() -> ReportView.of(null, "{}")).isInstanceOf(NullPointerException.class);
  }
}
