package io.github.cchc.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.SignatureBlock;
import io.github.cchc.server.browser.Chromium;
import io.github.cchc.server.browser.DevToolsSession;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSP form of the report page in headless Chromium: {@code page().withStylesheetLink(..)}
 * served under {@code Content-Security-Policy: default-src 'none'; style-src 'self'} with {@link
 * HtmlRenderer#pageStylesheet()} at the link's address renders exactly as the page with the inline
 * style (computed styles of a set of elements equal), reports no CSP violation, keeps the {@code
 * @page} rules and prints to the same number of pages. Skipped without Chromium, except under
 * CI=true.
 */
class CspPageBrowserTest {
  private static final String CSP = "default-src 'none'; style-src 'self'";

  private static final String[] ELEMENTS = {
    ".cchc-report",
    ".cchc-head td",
    ".cchc-kind",
    ".cchc-title",
    ".cchc-report h2",
    ".cchc-report p",
    ".cchc-caption",
    ".cchc-data th",
    ".cchc-data td.cchc-n",
    ".cchc-sign",
    ".cchc-recipients",
  };

  private static final String[] PROPERTIES = {
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-align",
    "text-indent",
    "color",
    "background-color",
    "border-top-width",
    "border-top-style",
    "padding-left",
    "margin-top",
    "margin-bottom",
    "line-height",
    "vertical-align",
    "max-width",
  };

  private static Path chromiumOrSkip() {
    Optional<Path> chromium = Chromium.find();
    if (chromium.isPresent()) {
      return chromium.get();
    }
    if ("true".equals(System.getenv("CI"))) {
      fail(Chromium.HOW_TO_ENABLE + " (CI=true: the browser test is mandatory)");
    }
    return abort(Chromium.HOW_TO_ENABLE);
  }

  /** A target report with the official head, a target table, Kính gửi and the signature. */
  private static Report report() {
    return TargetAchievementReport.builder()
        .header(
            OfficialHeader.builder()
                .governingBody("UBND TỈNH BÌNH PHƯỚC")
                .issuingBody("SỞ NỘI VỤ")
                .symbol("BC-SNV")
                .place("Bình Phước")
                .date(LocalDate.of(2025, 1, 10))
                .build())
        .plan("Kế hoạch số 15/KH-UBND (Cải cách hành chính nhà nước năm 2024)")
        .periodLabel("năm 2024")
        .addLines(
            TargetLine.builder()
                .target(
                    "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người"
                        + " dân, tổ chức.")
                .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
                .numerator(949570)
                .denominator(972300)
                .threshold(new BigDecimal("98"))
                .verdict(Verdict.NOT_MET)
                .gap(new BigDecimal("-0.3377"))
                .build(),
            TargetLine.builder()
                .target(
                    "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối"
                        + " thiểu 30%.")
                .indicator("Tỷ lệ hồ sơ trực tuyến toàn trình")
                .numerator(340017)
                .denominator(999988)
                .threshold(new BigDecimal("30"))
                .verdict(Verdict.MET)
                .gap(new BigDecimal("4.0024"))
                .build())
        .addressees(List.of("Ủy ban nhân dân tỉnh Bình Phước"))
        .signature(
            SignatureBlock.builder()
                .authority("KT. GIÁM ĐỐC")
                .title("PHÓ GIÁM ĐỐC")
                .name("Nguyễn Văn A")
                .build())
        .addRecipients("Như trên", "Lưu: VT, CCHC")
        .build()
        .toReport();
  }

  private static HttpServer serve(Map<String, String[]> files) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    files.forEach(
        (path, typeAndBody) ->
            server.createContext(
                path,
                exchange -> {
                  byte[] body = typeAndBody[1].getBytes(StandardCharsets.UTF_8);
                  exchange.getResponseHeaders().set("Content-Type", typeAndBody[0]);
                  if (path.endsWith("linked.html")) {
                    exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
                  }
                  exchange.sendResponseHeaders(200, body.length);
                  try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                  }
                }));
    server.start();
    return server;
  }

  /** Opens a page; returns the probe's text, the CSP violations seen and the printed PDF. */
  private static String[] open(DevToolsSession page, String url) throws Exception {
    page.send("Page.enable", DevToolsSession.params());
    // before any of the page runs: collect every CSP violation the document reports
    page.send(
        "Page.addScriptToEvaluateOnNewDocument",
        DevToolsSession.params()
            .put(
                "source",
                "window.__violations=[];document.addEventListener('securitypolicyviolation',"
                    + "e=>window.__violations.push(e.violatedDirective+' '+e.blockedURI));"));
    var loaded = page.next("Page.loadEventFired");
    JsonNode navigation = page.send("Page.navigate", DevToolsSession.params().put("url", url));
    assertThat(navigation.has("errorText")).as("navigation %s", navigation).isFalse();
    loaded.get(60, TimeUnit.SECONDS);
    StringBuilder probe = new StringBuilder("(() => {let out='';");
    probe.append("const props=[");
    for (String p : PROPERTIES) {
      probe.append('\'').append(p).append("',");
    }
    probe.append("];for (const sel of [");
    for (String e : ELEMENTS) {
      probe.append('\'').append(e).append("',");
    }
    probe.append(
        "]){const el=document.querySelector(sel);if(!el){out+=sel+' MISSING\\n';continue;}"
            + "const cs=getComputedStyle(el);out+=sel+' '+props.map(p=>p+'='+cs.getPropertyValue(p))"
            + ".join(';')+'\\n';}"
            + "const pageRules=[...document.styleSheets].flatMap(s=>[...s.cssRules])"
            + ".filter(r=>r instanceof CSSPageRule).length;"
            + "return out+'PAGE-RULES '+pageRules+'\\nVIOLATIONS '+window.__violations.join('|');})()");
    JsonNode result =
        page.send(
            "Runtime.evaluate",
            DevToolsSession.params()
                .put("expression", probe.toString())
                .put("returnByValue", true));
    String text = result.path("result").path("value").asText();
    JsonNode pdf =
        page.send("Page.printToPDF", DevToolsSession.params().put("preferCSSPageSize", true));
    byte[] bytes = Base64.getDecoder().decode(pdf.path("data").asText());
    Matcher pages =
        Pattern.compile("/Type\\s*/Page[^s]")
            .matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (pages.find()) {
      count++;
    }
    return new String[] {text, String.valueOf(count)};
  }

  private static String styles(String probe) {
    return probe.substring(0, probe.indexOf("PAGE-RULES"));
  }

  @Test
  void theLinkedStylesheetPageUnderAStrictCspLooksAndPrintsAsTheInlineOne(@TempDir Path work)
      throws Exception {
    Path executable = chromiumOrSkip();
    Report report = report();
    String linked = HtmlRenderer.page().withStylesheetLink("report.css").render(report);
    assertThat(linked).doesNotContain("<style").doesNotContain(" style=\"");
    HttpServer server =
        serve(
            Map.of(
                "/inline.html",
                new String[] {"text/html; charset=utf-8", HtmlRenderer.page().render(report)},
                "/linked.html",
                new String[] {"text/html; charset=utf-8", linked},
                "/report.css",
                new String[] {"text/css; charset=utf-8", HtmlRenderer.pageStylesheet()},
                "/bare.html",
                new String[] {
                  "text/html; charset=utf-8",
                  HtmlRenderer.page().withStylesheetLink("missing.css").render(report)
                }));
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try (Chromium chromium = Chromium.start(executable, work, 1280, 1000)) {
      String[] inline;
      String[] csp;
      String[] bare;
      try (DevToolsSession page = DevToolsSession.attach(chromium.devToolsPort())) {
        inline = open(page, base + "/inline.html");
        csp = open(page, base + "/linked.html");
        bare = open(page, base + "/bare.html");
      }
      assertThat(inline[0]).doesNotContain("MISSING").contains("PAGE-RULES 2");
      // the probe tells a styled page from a bare one, so equality below means something
      assertThat(styles(bare[0])).isNotEqualTo(styles(inline[0]));
      assertThat(styles(csp[0])).isEqualTo(styles(inline[0]));
      assertThat(csp[0]).contains("PAGE-RULES 2").endsWith("VIOLATIONS ");
      assertThat(Integer.parseInt(csp[1])).isGreaterThan(1).isEqualTo(Integer.parseInt(inline[1]));
    } finally {
      server.stop(0);
    }
  }
}
