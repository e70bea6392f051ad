package io.github.cchc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.TargetEvaluator;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.builder.IndicatorBreakdown;
import io.github.cchc.reporting.builder.IndicatorBreakdownBuilder;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetAchievementReportBuilder;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/evaluations}: a plan's targets evaluated on an export over a period (as {@code cchc
 * evaluate}), and its report in every format ({@code /report}, as {@code cchc report}).
 */
final class EvaluationsApi {
  private static final Map<String, ReportFormat> BY_MEDIA_TYPE =
      Map.of(
          "text/html", ReportFormat.HTML,
          "application/pdf", ReportFormat.PDF,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              ReportFormat.DOCX,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportFormat.XLSX,
          "text/csv", ReportFormat.CSV,
          "application/json", ReportFormat.JSON);

  private static final int CACHED_REPORTS = 48;

  private final Service service;
  private final PlansApi plans;
  private final Map<String, Rendered> rendered =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
          return size() > CACHED_REPORTS;
        }
      };

  EvaluationsApi(Service service, PlansApi plans) {
    this.service = service;
    this.plans = plans;
  }

  /** What an evaluation was asked for; stored with it, so its report can be written again. */
  record Request(
      String plan,
      String export,
      String period,
      String periods,
      String definition,
      @Nullable LocalDate asOf,
      String issuer,
      @Nullable String place) {}

  void create(Context ctx) throws IOException {
    JsonNode body;
    try {
      body = service.json().readTree(ctx.bodyInputStream());
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not JSON: " + e.getMessage());
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest(
          "a JSON object {\"plan\":id,\"export\":id,\"period\":\"2024\"} expected");
    }
    Request r =
        new Request(
            required(body, "plan"),
            required(body, "export"),
            required(body, "period"),
            text(body, "periods", "calendar"),
            text(body, "definition", "provincial"),
            Service.date("asOf", text(body, "asOf", null)),
            text(body, "issuer", "CƠ QUAN BÁO CÁO"),
            text(body, "place", null));
    Computed c = compute(r);
    String id = UUID.randomUUID().toString();
    ObjectNode result = result(id, r, c);
    service
        .store()
        .insertEvaluation(
            id,
            r.plan(),
            r.export(),
            Instant.now(),
            service.json().writeValueAsString(r),
            result.toString());
    ctx.status(201).header("Location", "/api/evaluations/" + id);
    service.send(ctx, result);
  }

  void get(Context ctx) throws IOException {
    String id = Service.id(ctx, "id");
    String[] row =
        service
            .store()
            .evaluation(id)
            .orElseThrow(() -> ApiException.notFound("no evaluation " + id));
    ctx.contentType("application/json").result(row[1]);
  }

  /**
   * {@code GET /api/evaluations/{id}/report?format=&fragment=}: the report, written again (the last
   * ones rendered are kept: an evaluation's inputs do not change, only its day).
   */
  void report(Context ctx) throws IOException {
    String id = Service.id(ctx, "id");
    ReportFormat format = format(ctx);
    boolean fragment =
        format == ReportFormat.HTML && "true".equalsIgnoreCase(ctx.queryParam("fragment"));
    String key = id + "|" + format + "|" + fragment + "|" + Service.today();
    Rendered rendered = cached(key);
    if (rendered == null) {
      String[] row =
          service
              .store()
              .evaluation(id)
              .orElseThrow(() -> ApiException.notFound("no evaluation " + id));
      Request r = service.json().readValue(row[0], Request.class);
      Report report = compute(r).report();
      String base = "bao-cao-" + r.period().toLowerCase(Locale.ROOT);
      if (format == ReportFormat.HTML) {
        String html =
            fragment ? HtmlRenderer.fragment().render(report) : HtmlRenderer.page().render(report);
        rendered =
            new Rendered("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
      } else {
        ReportRenderer renderer = format.renderer();
        rendered =
            new Rendered(
                renderer.mediaType(), renderer.toBytes(report), base + "." + renderer.extension());
      }
      cache(key, rendered);
    }
    if (rendered.fileName() != null) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + rendered.fileName() + "\"");
    }
    if (fragment) {
      // the embeddable element fetches it from the portal's page
      ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    }
    ctx.contentType(rendered.mediaType()).result(rendered.bytes());
  }

  /** A report rendered: its media type, bytes and download name (none for HTML). */
  private record Rendered(String mediaType, byte[] bytes, @Nullable String fileName) {}

  private @Nullable Rendered cached(String key) {
    synchronized (rendered) {
      return rendered.get(key);
    }
  }

  private void cache(String key, Rendered value) {
    synchronized (rendered) {
      rendered.put(key, value);
    }
  }

  private static ReportFormat format(Context ctx) {
    String f = ctx.queryParam("format");
    if (f != null) {
      try {
        return ReportFormat.parse(f);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("format=" + f + ": " + e.getMessage());
      }
    }
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank() || accept.contains("*/*")) {
      return ReportFormat.HTML;
    }
    for (String part : accept.split(",")) {
      ReportFormat known = BY_MEDIA_TYPE.get(part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
      if (known != null) {
        return known;
      }
    }
    throw new ApiException(
        406,
        "Not acceptable",
        "Accept: " + accept + ": the report is html, pdf, docx, xlsx, csv or json (or ?format=)");
  }

  /** The report of evaluation {@code id} as an HTML fragment. */
  String fragment(String id) throws IOException {
    String[] row =
        service
            .store()
            .evaluation(id)
            .orElseThrow(() -> ApiException.notFound("no evaluation " + id));
    Request r = service.json().readValue(row[0], Request.class);
    return HtmlRenderer.fragment().render(compute(r).report());
  }

  /** The evaluation's figures and report. */
  record Computed(
      Plan plan, ReportingPeriod period, LocalDate judged, List<Object[]> rows, Report report) {}

  Computed compute(Request r) throws IOException {
    Plan plan = plans.plan(checked(r.plan(), "plan"));
    String exportId = checked(r.export(), "export");
    service
        .store()
        .export(exportId)
        .orElseThrow(() -> ApiException.notFound("no export " + exportId));
    Definition def = Definition.parse(r.definition());
    ReportingCalendar calendar = ExportsApi.calendar(r.periods());
    ReportingPeriod p = calendar.parse(r.period());
    LocalDate day = r.asOf() != null ? r.asOf() : Service.today();
    LocalDate judged = p.endInclusive().isBefore(day) ? p.endInclusive() : day;
    ExportTally cells = service.tally(exportId);
    Tally tally = cells.tally(ExportTally.By.ALL, calendar, p, judged);
    TargetAchievementReportBuilder builder =
        TargetAchievementReport.builder()
            .header(header(r, plan, day))
            .plan(citation(plan, plans.name(r.plan())))
            .periodLabel(p.vietnamese());
    Set<Indicator> measured = new LinkedHashSet<>();
    List<Object[]> rows = new ArrayList<>();
    for (Target t : plan.targets()) {
      Optional<String> why = TargetEvaluator.whyNotMeasurable(t);
      if (why.isPresent()) {
        builder.addLines(TargetLine.notMeasured(t, "Không đo từ dữ liệu hồ sơ"));
        rows.add(new Object[] {t, why.get()});
      } else {
        TargetEvaluation e = TargetEvaluator.evaluate(t, tally.group(Grouping.ALL), def, p, judged);
        measured.add(e.value().indicator());
        builder.addLines(TargetLine.of(e));
        rows.add(new Object[] {t, e});
      }
    }
    Tally byAgency = cells.tally(ExportTally.By.AGENCY, calendar, p, judged);
    Tally byProcedure = cells.tally(ExportTally.By.PROCEDURE, calendar, p, judged);
    for (Indicator i : measured) {
      IndicatorBreakdownBuilder b = IndicatorBreakdown.builder().indicator(i.vietnamese());
      b.byUnit(figures(byAgency, i, def));
      b.byProcedure(figures(byProcedure, i, def));
      builder.addBreakdowns(b.build());
    }
    Report report = builder.addRecipients("Như trên", "Lưu: VT").build().toReport();
    return new Computed(plan, p, judged, rows, report);
  }

  private ObjectNode result(String id, Request r, Computed c) {
    ObjectNode o = service.json().createObjectNode();
    o.put("id", id);
    o.put("plan", r.plan());
    o.put("export", r.export());
    o.put("period", c.period().label());
    o.put("periods", r.periods());
    o.put("definition", Definition.parse(r.definition()).id());
    o.put("as_of", c.judged().toString());
    o.put("report", "/api/evaluations/" + id + "/report");
    ArrayNode targets = o.putArray("targets");
    int n = 0;
    for (Object[] row : c.rows()) {
      Target t = (Target) row[0];
      ObjectNode line = targets.addObject();
      line.put("target", ++n);
      line.put("text", t.text());
      line.put("comparator", t.comparator().symbol());
      line.put("threshold", t.value().orElse(null));
      if (row[1] instanceof TargetEvaluation e) {
        line.put("indicator", e.value().indicator().id());
        line.put("numerator", e.value().numerator());
        line.put("denominator", e.value().denominator());
        line.put("rate", e.value().percent(4).orElse(null));
        line.put("verdict", e.verdict().name());
        line.put("gap", e.gap().map(g -> g.toBigDecimal(4, RoundingMode.HALF_EVEN)).orElse(null));
        putCount(line, "remaining_budget", e.remainingBudget());
        putCount(line, "needed", e.needed());
        line.put("description", e.describe());
      } else {
        line.put("verdict", "NOT_MEASURED");
        line.put("why", (String) row[1]);
      }
    }
    return o;
  }

  private static String checked(String id, String what) {
    if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
      throw ApiException.notFound("no " + what + " " + id);
    }
    return id;
  }

  private static List<UnitFigures> figures(Tally tally, Indicator indicator, Definition def) {
    List<UnitFigures> out = new ArrayList<>();
    for (IndicatorValue v : Indicators.compute(tally, List.of(indicator), def)) {
      out.add(UnitFigures.of(v.group(), v.numerator(), v.denominator()));
    }
    return out;
  }

  private static OfficialHeader header(Request r, Plan plan, LocalDate day) {
    String where =
        r.place() != null
            ? r.place()
            : plan.header().flatMap(h -> h.place()).filter(s -> !s.isBlank()).orElse("……");
    return OfficialHeader.builder().issuingBody(r.issuer()).place(where).date(day).build();
  }

  private static String citation(Plan plan, String name) {
    StringBuilder c = new StringBuilder("Kế hoạch");
    plan.header().flatMap(h -> h.numberSymbol()).ifPresent(n -> c.append(" số ").append(n));
    plan.title().ifPresent(t -> c.append(" (").append(t).append(')'));
    if (c.length() == "Kế hoạch".length()) {
      c.append(' ').append(name);
    }
    return c.toString();
  }

  private static String required(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw ApiException.badRequest("the field '" + field + "' is missing or not a string");
    }
    return v.asText();
  }

  private static @Nullable String text(JsonNode body, String field, @Nullable String fallback) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  /** Puts a count, or null when there is none. */
  private static void putCount(ObjectNode node, String field, OptionalLong count) {
    if (count.isPresent()) {
      node.put(field, count.getAsLong());
    } else {
      node.putNull(field);
    }
  }
}
