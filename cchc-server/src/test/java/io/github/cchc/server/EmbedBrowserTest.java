package io.github.cchc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cchc.server.browser.Chromium;
import io.github.cchc.server.browser.DevToolsSession;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embeddable element in headless Chromium (driven through the DevTools protocol): a portal on
 * another origin, with a strict Content-Security-Policy (no inline script or style anywhere) and a
 * hostile style sheet, shows the report through {@code <cchc-report>}; the computed styles inside
 * the shadow root are the ones of the same page without the hostile sheet, and the element causes
 * no CSP violation. The iframe-ready page renders under its own strict policy. Skipped without
 * Chromium, except under CI=true.
 */
class EmbedBrowserTest {
  private static final String HOSTILE_CSS =
      "* { color: #f0f !important; font-family: 'Comic Sans MS', cursive !important;"
          + " letter-spacing: 3px !important; font-weight: 100 !important; }\n"
          + "html, body { font-size: 31px !important; line-height: 3 !important;"
          + " text-transform: uppercase !important; font-style: italic !important;"
          + " word-spacing: 9px !important; text-align: right !important;"
          + " visibility: visible !important; }\n"
          + "cchc-report { color: red !important; font-size: 40px !important;"
          + " display: inline !important; text-align: center !important;"
          + " font-family: fantasy !important; line-height: 9 !important; }\n"
          + "section, table, td, th, p, h2, div { display: none !important;"
          + " border: 9px dotted red !important; color: red !important; }\n"
          + ".cchc-report, .cchc-report *, .cchc-title { display: none !important;"
          + " background: black !important; }\n"
          + "cchc-report::part(x), :host, ::slotted(*) { display: none !important; }\n";

  /** The computed styles the test compares, from inside the shadow root. */
  private static final String STYLES =
      "(() => { const el = document.querySelector('cchc-report');"
          + " const root = el.shadowRoot; const out = {};"
          + " const props = ['color','font-family','font-size','font-style','font-weight',"
          + "  'letter-spacing','line-height','text-transform','display','text-align',"
          + "  'border-top-style','border-top-width','word-spacing','visibility','background-color'];"
          + " for (const sel of ['section.cchc-report','.cchc-kind','.cchc-title','h2','p',"
          + "   'table.cchc-data th','table.cchc-data td','.cchc-head td']) {"
          + "  const e = root.querySelector(sel); if (!e) { out[sel] = null; continue; }"
          + "  const cs = getComputedStyle(e); const o = {};"
          + "  for (const p of props) o[p] = cs.getPropertyValue(p); out[sel] = o; }"
          + " const box = el.getBoundingClientRect();"
          + " return JSON.stringify({styles: out, text: root.textContent,"
          + "  inlineStyles: root.querySelectorAll('style,script').length,"
          + "  sheets: Array.from(root.querySelectorAll('link')).map(l => l.sheet ? 1 : -1),"
          + "  height: box.height, hostColor: getComputedStyle(document.querySelector('h1')).color, width: box.width, state: el.getAttribute('data-state'),"
          + "  violations: window.__violations || [], title: document.title}); })()";

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

  @Test
  void theElementShowsTheReportUnchangedInsideAHostilePageWithAStrictCsp(@TempDir Path work)
      throws Exception {
    Path executable = chromiumOrSkip();
    AtomicReference<String> cchcOrigin = new AtomicReference<>();
    AtomicReference<String> reportUrl = new AtomicReference<>();
    Javalin portal =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.routes.get("/hostile.css", ctx -> ctx.contentType("text/css").result(HOSTILE_CSS));
              c.routes.get(
                  "/{page}",
                  ctx -> {
                    boolean hostile = ctx.pathParam("page").equals("hostile");
                    String o = cchcOrigin.get();
                    ctx.header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src "
                            + o
                            + "; style-src 'self' "
                            + o
                            + "; connect-src "
                            + o
                            + "; img-src data:; frame-src "
                            + o);
                    ctx.contentType("text/html; charset=utf-8")
                        .result(
                            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                                + "<title>Cổng thông tin</title>"
                                + (hostile ? "<link rel=\"stylesheet\" href=\"/hostile.css\">" : "")
                                + "<style>body{display:none}</style>"
                                + "<script>document.title='inline script ran';</script>"
                                + "<script src=\""
                                + o
                                + "/embed/cchc-report.js\"></script></head><body>"
                                + "<h1>Báo cáo cải cách hành chính</h1>"
                                + "<cchc-report src=\""
                                + reportUrl.get()
                                + "\"></cchc-report></body></html>");
                  });
            });
    portal.start("127.0.0.1", 0);
    String portalOrigin = "http://127.0.0.1:" + portal.port();
    try (CchcServer server =
            CchcServer.start(
                ServerConfig.of(work.resolve("data"))
                    .withPort(0)
                    .withOpenReads(Set.of("reports"))
                    .withCorsOrigins(List.of(portalOrigin)));
        Chromium chromium = Chromium.start(executable, work, 1200, 900);
        DevToolsSession page = DevToolsSession.attach(chromium.devToolsPort())) {
      cchcOrigin.set("http://127.0.0.1:" + server.port());
      Http http = new Http(server);
      String evaluation = evaluation(http);
      reportUrl.set(
          cchcOrigin.get()
              + "/api/evaluations/"
              + evaluation
              + "/report?format=html&fragment=true");

      page.send("Page.enable", DevToolsSession.params());
      page.send("Runtime.enable", DevToolsSession.params());
      page.send(
          "Page.addScriptToEvaluateOnNewDocument",
          DevToolsSession.params()
              .put(
                  "source",
                  "window.__violations = []; document.addEventListener('securitypolicyviolation',"
                      + " e => window.__violations.push(e.violatedDirective + ' ' + e.sourceFile + ':' + e.lineNumber + ' ' + e.sample + ' ' + e.blockedURI));"));

      JsonNode clean = show(page, portalOrigin + "/clean");
      JsonNode hostile = show(page, portalOrigin + "/hostile");

      for (JsonNode shown : List.of(clean, hostile)) {
        assertThat(shown.path("state").asText()).isEqualTo("ready");
        String text = Normalizer.normalize(shown.path("text").asText(), Normalizer.Form.NFC);
        assertThat(text).contains("BÁO CÁO").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(text).contains("Sở Xây dựng");
        assertThat(shown.path("inlineStyles").asInt()).isZero();
        assertThat(shown.path("sheets").toString()).isEqualTo("[1,1]");
        assertThat(shown.path("height").asDouble()).isGreaterThan(300);
        // the page's own inline script and style were blocked: the policy is strict
        assertThat(shown.path("title").asText()).isEqualTo("Cổng thông tin");
        for (JsonNode v : shown.path("violations")) {
          assertThat(v.asText())
              .as("only the page's own inline code is blocked")
              .endsWith("inline");
        }
        assertThat(shown.path("violations").size())
            .as(shown.path("violations").toString())
            .isEqualTo(2);
      }
      JsonNode cleanStyles = clean.path("styles");
      assertThat(cleanStyles.path(".cchc-title").path("font-weight").asText()).isEqualTo("700");
      assertThat(cleanStyles.path(".cchc-title").path("display").asText()).isEqualTo("block");
      assertThat(cleanStyles.path("table.cchc-data td").isNull()).isFalse();
      // the hostile sheet did apply to the page around the element
      assertThat(clean.path("hostColor").asText()).isNotEqualTo("rgb(255, 0, 255)");
      assertThat(hostile.path("hostColor").asText()).isEqualTo("rgb(255, 0, 255)");
      assertThat(hostile.path("styles")).isEqualTo(cleanStyles);
      assertThat(hostile.path("width").asDouble()).isEqualTo(clean.path("width").asDouble());

      // the iframe-ready page: its own strict policy, the same report
      HttpResponse<String> framed =
          http.send(http.request("embed/evaluations/" + evaluation).GET().build());
      String csp = framed.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe-inline");
      assertThat(framed.headers().firstValue("X-Frame-Options").orElse("")).isEmpty();
      assertThat(framed.body()).doesNotContain("<style").doesNotContain("<script");
      JsonNode iframePage =
          evaluate(
              page,
              cchcOrigin.get() + "/embed/evaluations/" + evaluation,
              "JSON.stringify({weight: getComputedStyle(document.querySelector('.cchc-title'))"
                  + ".fontWeight, text: document.body.innerText})");
      assertThat(iframePage.path("weight").asText()).isEqualTo("700");
      assertThat(iframePage.path("text").asText()).contains("Sở Xây dựng");
    } finally {
      portal.stop();
    }
  }

  /** An evaluation of the sample plan on the sample export; returns its id. */
  static String evaluation(Http http) throws Exception {
    String export =
        ServerApiTest.json(http.post("api/exports?name=ho-so.csv", "text/csv", SecurityTest.CSV))
            .path("id")
            .asText();
    String plan =
        ServerApiTest.json(
                http.post(
                    "api/plans?format=docx&name=ke-hoach.docx",
                    "application/octet-stream",
                    Http.resource("plans/sample-kh-cchc-2024.docx")))
            .path("id")
            .asText();
    String body =
        "{\"plan\":\""
            + plan
            + "\",\"export\":\""
            + export
            + "\",\"period\":\"2024\",\"asOf\":\"2025-01-15\"}";
    HttpResponse<String> r =
        http.post("api/evaluations", "application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return ServerApiTest.json(r).path("id").asText();
  }

  private static JsonNode show(DevToolsSession page, String url) throws Exception {
    return evaluate(
        page,
        url,
        "new Promise((resolve, reject) => { const started = Date.now(); const check = () => {"
            + " const el = document.querySelector('cchc-report');"
            + " const s = el && el.getAttribute('data-state');"
            + " if (s === 'ready' || s === 'error') resolve("
            + STYLES
            + ");"
            + " if (Date.now() - started > 30000) reject('not ready: ' + s);"
            + " else setTimeout(check, 50); }; check(); })");
  }

  private static JsonNode evaluate(DevToolsSession page, String url, String expression)
      throws Exception {
    JsonNode navigation = page.send("Page.navigate", DevToolsSession.params().put("url", url));
    assertThat(navigation.has("errorText")).as("navigation error %s", navigation).isFalse();
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      JsonNode where =
          page.send(
              "Runtime.evaluate",
              DevToolsSession.params()
                  .put("expression", "location.href + ' ' + document.readyState")
                  .put("returnByValue", true));
      String at = where.path("result").path("value").asText();
      if (at.equals(url + " complete")) {
        break;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("page not loaded: " + at);
      }
      Thread.sleep(50);
    }
    JsonNode result =
        page.send(
            "Runtime.evaluate",
            DevToolsSession.params()
                .put("expression", expression)
                .put("awaitPromise", true)
                .put("returnByValue", true));
    assertThat(result.has("exceptionDetails")).as("%s", result).isFalse();
    return ServerApiTest.JSON.readTree(result.path("result").path("value").asText());
  }
}
