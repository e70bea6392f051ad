package io.github.cchc.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.GenerationSummary;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.server.browser.Chromium;
import io.github.cchc.server.browser.DevToolsSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the portal on a free loopback port, opened in headless Chromium driven through the
 * DevTools protocol; asserts what a person sees. Skipped without Chromium, except under CI=true.
 * Leaves the screenshot in {@code examples/target/portal-screenshot.png}.
 */
class PortalBrowserTest {

  private static Path chromiumOrSkip() {
    Optional<Path> chromium = Chromium.find();
    if (chromium.isPresent()) {
      return chromium.get();
    }
    if ("true".equals(System.getenv("CI"))) {
      fail(Chromium.HOW_TO_ENABLE + " (CI=true: the browser test is mandatory)");
    }
    System.err.println("PortalBrowserTest skipped. " + Chromium.HOW_TO_ENABLE);
    return abort(Chromium.HOW_TO_ENABLE);
  }

  @Test
  void thePortalPageShowsTheReportFiguresInVietnamese(@TempDir Path work) throws Exception {
    Path executable = chromiumOrSkip();
    // The real pipeline: sample export -> cchc-indicators -> UnitRanking -> HTML fragment and JSON.
    Path csv = work.resolve("dossiers.csv");
    GenerationSummary truth = SampleData.generate(csv, 20_000, DossierGenerator.DEFAULT_SEED);
    ReportView view = SampleReport.view(SampleReport.onTimeRanking(csv));
    try (PortalApp app = PortalApp.start(view, "127.0.0.1", 0);
        Chromium chromium = Chromium.start(executable, work, 1280, 1000);
        DevToolsSession page = DevToolsSession.attach(chromium.devToolsPort())) {
      page.send("Page.enable", DevToolsSession.params());
      var loaded = page.next("Page.loadEventFired");
      JsonNode navigation =
          page.send("Page.navigate", DevToolsSession.params().put("url", app.uri().toString()));
      assertThat(navigation.has("errorText")).as("navigation error %s", navigation).isFalse();
      loaded.get(60, TimeUnit.SECONDS);

      // Wait until the page's script has fetched the JSON endpoint, then read what is shown.
      JsonNode shown =
          page.send(
              "Runtime.evaluate",
              DevToolsSession.params()
                  .put(
                      "expression",
                      "new Promise((resolve, reject) => {"
                          + " const started = Date.now();"
                          + " const check = () => {"
                          + "  const s = document.getElementById('json-status').textContent;"
                          + "  const el = document.querySelector('cchc-report');"
                          + "  const ready = el && el.getAttribute('data-state') === 'ready';"
                          + "  if (!s.includes('đang tải') && ready)"
                          + "   resolve(document.body.innerText + '\\n'"
                          + "    + el.shadowRoot.querySelector('section').innerText);"
                          + "  else if (Date.now() - started > 30000) reject('JSON or report not loaded');"
                          + "  else setTimeout(check, 50); };"
                          + " check(); })")
                  .put("awaitPromise", true)
                  .put("returnByValue", true));
      String text =
          Normalizer.normalize(shown.path("result").path("value").asText(), Normalizer.Form.NFC);

      JsonNode shot =
          page.send(
              "Page.captureScreenshot",
              DevToolsSession.params().put("format", "png").put("captureBeyondViewport", true));
      byte[] png = Base64.getDecoder().decode(shot.path("data").asText());
      Path screenshot = Path.of("target", "portal-screenshot.png");
      Files.createDirectories(screenshot.getParent());
      Files.write(screenshot, png);

      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      assertThat(text)
          .contains("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC") // upper case by the portal's CSS
          .contains("Báo cáo kết quả thực hiện chỉ tiêu cải cách hành chính")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Xếp hạng các đơn vị theo tỷ lệ hồ sơ giải quyết đúng hạn năm 2024")
          .contains("JSON sẵn sàng");
      // Every agency's figures, as the generator knows them (not as the library computed them).
      NumberFormat count = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
      for (GenerationSummary.Counts agency : truth.agencies()) {
        String row =
            agency.agency()
                + "\t"
                + count.format(agency.onTime())
                + "\t"
                + count.format(agency.finished())
                + "\t"
                // under the header "Tỷ lệ (%)" the cells carry no sign
                + agency.onTimeRate().replace("%", "");
        assertThat(text).contains(row);
      }
      GenerationSummary.Counts province = truth.province();
      assertThat(text)
          .contains(
              "Tổng cộng\t"
                  + count.format(province.onTime())
                  + "\t"
                  + count.format(province.finished())
                  + "\t"
                  + province.onTimeRate().replace("%", ""));
      assertThat(text).doesNotContain("không tải được JSON");
    }
  }
}
