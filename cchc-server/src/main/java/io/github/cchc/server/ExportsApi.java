package io.github.cchc.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.period.PeriodKind;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/exports}: uploads of dossier exports (their tally is kept, the rows are not unless
 * {@code ?keep=true}), their rejected rows, their indicators as {@code cchc indicators} computes
 * them (JSON, or CSV with {@code Accept: text/csv}) and the trends across exports.
 */
final class ExportsApi {
  static final Set<String> TYPES = Set.of("csv", "jsonl", "ndjson", "xlsx", "xls");
  private static final int MAX_CELLS = 2_000_000;
  private static final int MAX_REJECTED_LISTED = 10_000;

  private final Service service;

  ExportsApi(Service service) {
    this.service = service;
  }

  void upload(Context ctx) throws IOException {
    boolean keep = "true".equalsIgnoreCase(ctx.queryParam("keep"));
    ReadReport report;
    ExportTally tally;
    byte[] raw = null;
    String name;
    String type;
    try (Uploads.Upload upload =
        Uploads.receive(ctx, service.tmp(), service.config().maxUploadBytes(), TYPES)) {
      name = upload.name();
      type = upload.type();
      TallyAccumulator acc = ExportTally.accumulator(MAX_CELLS);
      DossierReader reader =
          DossierReader.defaults()
              .withTempDirectory(service.tmp())
              .withRejectedLimit(MAX_REJECTED_LISTED);
      try {
        report = reader.read(upload.file(), acc::add);
      } catch (RuntimeException e) {
        throw renamed(e, upload);
      }
      tally = ExportTally.of(acc);
      if (keep) {
        raw = Files.readAllBytes(upload.file());
      }
    }
    String id = UUID.randomUUID().toString();
    Instant now = Instant.now();
    Store.ExportInfo info =
        new Store.ExportInfo(
            id,
            name,
            type,
            now,
            report.rowsRead(),
            report.accepted(),
            report.rejectedCount(),
            raw != null);
    service.store().insertExport(info, tally, report.rejected(), raw, periodValues(tally));
    service.cache(id, tally);
    ObjectNode body = describe(info);
    ctx.status(201).header("Location", "/api/exports/" + id);
    service.send(ctx, body);
  }

  private static RuntimeException renamed(RuntimeException e, Uploads.Upload upload) {
    String tmp = upload.file().getFileName().toString();
    String message =
        String.valueOf(e.getMessage()).replace(upload.file().toString(), upload.name());
    message = message.replace(tmp, upload.name());
    return ApiException.rejected("input rejected: " + message, e);
  }

  ObjectNode describe(Store.ExportInfo info) {
    ObjectNode o = service.json().createObjectNode();
    o.put("id", info.id());
    o.put("name", info.name());
    o.put("format", info.format());
    o.put("uploaded_at", info.uploadedAt().toString());
    o.put("rows", info.rows());
    o.put("accepted", info.accepted());
    o.put("rejected", info.rejected());
    o.put("raw_kept", info.rawKept());
    o.put("rejected_rows", "/api/exports/" + info.id() + "/rejected");
    o.put("indicators", "/api/exports/" + info.id() + "/indicators");
    return o;
  }

  void list(Context ctx) {
    ArrayNode a = service.json().createArrayNode();
    for (Store.ExportInfo info : service.store().exports()) {
      a.add(describe(info));
    }
    service.send(ctx, a);
  }

  void get(Context ctx) {
    service.send(ctx, describe(info(ctx)));
  }

  void rejected(Context ctx) {
    Store.ExportInfo info = info(ctx);
    ArrayNode a = service.json().createArrayNode();
    for (RejectedRow r : service.store().rejected(info.id(), info.name())) {
      ObjectNode o = a.addObject();
      o.put("line", r.line());
      o.put("column", r.column().orElse(null));
      o.put("reason", r.reason());
      o.put("message", r.describe());
    }
    ObjectNode body = service.json().createObjectNode();
    body.put("export", info.id());
    body.put("rejected", info.rejected());
    body.put("listed", a.size());
    body.set("rows", a);
    service.send(ctx, body);
  }

  Store.ExportInfo info(Context ctx) {
    String id = Service.id(ctx, "id");
    return service.store().export(id).orElseThrow(() -> ApiException.notFound("no export " + id));
  }

  /**
   * {@code GET /api/exports/{id}/indicators?by=&period=&periods=&definition=&asOf=}: the numbers of
   * {@code cchc indicators}.
   */
  void indicators(Context ctx) {
    Store.ExportInfo info = info(ctx);
    ExportTally.By by = by(ctx.queryParam("by"));
    Definition def = Definition.parse(param(ctx, "definition", "provincial"));
    String periods = param(ctx, "periods", "calendar");
    ReportingCalendar calendar = calendar(periods);
    String periodText = ctx.queryParam("period");
    String year = ctx.queryParam("year");
    ReportingPeriod p = null;
    if (periodText != null) {
      p = calendar.parse(periodText);
    } else if (year != null) {
      p = calendar.year(Service.integer("year", year));
    }
    LocalDate today = Service.today();
    LocalDate asOf = Service.date("asOf", ctx.queryParam("asOf"));
    LocalDate judged =
        asOf != null
            ? asOf
            : p != null && p.endInclusive().isBefore(today) ? p.endInclusive() : today;
    Tally tally = service.tally(info.id()).tally(by, calendar, p, judged);
    List<IndicatorValue> values = new ArrayList<>(Indicators.compute(tally, Indicator.CORE, def));
    if (values.isEmpty() && by == ExportTally.By.ALL) {
      for (Indicator i : Indicator.CORE) {
        values.add(Indicators.compute(Grouping.ALL, Counts.empty(), i, def));
      }
    }
    if (Service.wants(ctx, "csv")) {
      StringBuilder b = new StringBuilder("group,indicator,numerator,denominator,rate\n");
      for (IndicatorValue v : values) {
        b.append(csv(v.group()))
            .append(',')
            .append(v.indicator().id())
            .append(',')
            .append(v.numerator())
            .append(',')
            .append(v.denominator())
            .append(',')
            .append(v.percent(4).map(x -> x.toPlainString()).orElse(""))
            .append('\n');
      }
      ctx.contentType("text/csv; charset=utf-8").result(b.toString());
      return;
    }
    ObjectNode root = service.json().createObjectNode();
    root.put("export", info.id());
    root.put("definition", def.id());
    root.put("grouping", by.name().toLowerCase(Locale.ROOT));
    root.put("periods", periods);
    root.put("period", p == null ? null : p.label());
    root.put("as_of", judged.toString());
    ObjectNode read = root.putObject("read");
    read.put("file", info.name());
    read.put("rows", info.rows());
    read.put("accepted", info.accepted());
    read.put("rejected", info.rejected());
    read.put("outside_period", tally.outsidePeriod());
    read.put("rejected_rows", "/api/exports/" + info.id() + "/rejected");
    ArrayNode arr = root.putArray("values");
    for (IndicatorValue v : values) {
      ObjectNode o = arr.addObject();
      o.put("group", v.group());
      o.put("indicator", v.indicator().id());
      o.put("numerator", v.numerator());
      o.put("denominator", v.denominator());
      o.put("rate", v.percent(4).orElse(null));
    }
    service.send(ctx, root);
  }

  /** {@code GET /api/history?indicator=&kind=&periods=&definition=}: an indicator's trend. */
  void history(Context ctx) {
    String indicator = param(ctx, "indicator", "on_time");
    boolean known = false;
    for (Indicator i : Indicator.CORE) {
      known |= i.id().equals(indicator);
    }
    if (!known) {
      throw ApiException.badRequest("indicator=" + indicator + ": not a core indicator");
    }
    String kind = param(ctx, "kind", "quarter").toLowerCase(Locale.ROOT);
    if (!Set.of("month", "quarter", "year").contains(kind)) {
      throw ApiException.badRequest("kind=" + kind + ": use month, quarter or year");
    }
    String periods = param(ctx, "periods", "calendar");
    calendar(periods);
    String def = Definition.parse(param(ctx, "definition", "provincial")).id();
    ArrayNode points = service.json().createArrayNode();
    for (Store.PeriodValue v : service.store().history(indicator, kind, periods, def)) {
      ObjectNode o = points.addObject();
      o.put("period", v.period());
      o.put("export", v.exportId());
      o.put("uploaded_at", v.uploadedAt().toString());
      o.put("numerator", v.numerator());
      o.put("denominator", v.denominator());
      o.put(
          "rate",
          v.denominator() == 0
              ? null
              : java.math.BigDecimal.valueOf(v.numerator())
                  .multiply(java.math.BigDecimal.valueOf(100))
                  .divide(
                      java.math.BigDecimal.valueOf(v.denominator()),
                      4,
                      java.math.RoundingMode.HALF_EVEN));
      o.put("as_of", v.asOf().toString());
    }
    ObjectNode root = service.json().createObjectNode();
    root.put("indicator", indicator);
    root.put("kind", kind);
    root.put("periods", periods);
    root.put("definition", def);
    root.set("points", points);
    service.send(ctx, root);
  }

  /** The total of each core indicator per month, quarter and year the export covers. */
  private static List<Store.PeriodValue> periodValues(ExportTally tally) {
    List<Store.PeriodValue> out = new ArrayList<>();
    LocalDate today = Service.today();
    for (String name : List.of("calendar", "official")) {
      ReportingCalendar calendar = calendar(name);
      Set<ReportingPeriod> periods = new TreeSet<>((a, b) -> a.label().compareTo(b.label()));
      for (Cell c : tally.cells()) {
        YearMonth m =
            YearMonth.parse(name.equals("official") ? c.officialMonth() : c.calendarMonth());
        periods.add(calendar.month(m.getYear(), m.getMonthValue()));
        periods.add(calendar.quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1));
        periods.add(calendar.year(m.getYear()));
      }
      for (ReportingPeriod p : periods) {
        LocalDate judged = p.endInclusive().isBefore(today) ? p.endInclusive() : today;
        Tally t = tally.tally(ExportTally.By.ALL, calendar, p, judged);
        for (Definition def : Definition.values()) {
          for (Indicator i : Indicator.CORE) {
            IndicatorValue v = Indicators.total(t, i, def);
            out.add(
                new Store.PeriodValue(
                    "",
                    Instant.EPOCH,
                    name,
                    p.label(),
                    kind(p.kind()),
                    i.id(),
                    def.id(),
                    v.numerator(),
                    v.denominator(),
                    judged));
          }
        }
      }
    }
    return out;
  }

  private static String kind(PeriodKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  static ReportingCalendar calendar(String name) {
    switch (name) {
      case "calendar":
        return ReportingCalendar.calendar();
      case "official":
        return ReportingCalendar.official();
      default:
        throw ApiException.badRequest(
            "periods=" + name + ": use calendar, or official (Nghị định 09/2019: 15th to 14th)");
    }
  }

  private static ExportTally.By by(@Nullable String by) {
    if (by == null) {
      return ExportTally.By.ALL;
    }
    try {
      return ExportTally.By.valueOf(by.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "by=" + by + ": use all, agency, procedure, month, quarter or channel");
    }
  }

  static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
