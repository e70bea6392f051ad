package io.github.cchc.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc indicators}: the indicators of a dossier export, per group, as CSV ({@code
 * group,indicator,numerator,denominator,rate}) or JSON; the read summary and the rejected rows on
 * standard error.
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Compute on-time, early, late, fully-online, online-payment and result-digitised rates"
          + " from a dossier export.",
      "CSV output: group,indicator,numerator,denominator,rate (rate: percentage, 4 decimals,"
          + " empty when there is no dossier to measure).",
      "Standard error ends with 'read N rows: A accepted, R rejected' and one 'line L: reason'"
          + " per rejected row."
    })
final class IndicatorsCommand implements Callable<Integer> {
  enum By {
    all,
    agency,
    procedure,
    month,
    quarter,
    channel
  }

  enum Format {
    csv,
    json
  }

  enum Periods {
    calendar,
    official;

    /** The reporting calendar this choice names. */
    ReportingCalendar calendar() {
      return this == official ? ReportingCalendar.official() : ReportingCalendar.calendar();
    }
  }

  @Spec CommandSpec spec;

  @Mixin DossierInput input;

  @Option(
      names = "--by",
      defaultValue = "all",
      description = "Group by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  By by;

  @Option(names = "--year", paramLabel = "YEAR", description = "Count dossiers received in YEAR.")
  @Nullable Integer year;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "Count dossiers received in PERIOD: 2024, 2024-Q1, 2024-06, 2024-H1, 2024-9M.")
  @Nullable String period;

  @Option(
      names = "--periods",
      defaultValue = "calendar",
      description =
          "Periods and month/quarter groups: calendar, or official (Nghị định 09/2019: 15th to"
              + " 14th) (default: ${DEFAULT-VALUE}).")
  Periods periods;

  @Option(
      names = "--definition",
      defaultValue = "provincial",
      description =
          "provincial (finished dossiers) or national (Quyết định 766/QĐ-TTg)"
              + " (default: ${DEFAULT-VALUE}).")
  String definition;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Day open dossiers are judged on (ISO date; default: the period's last day, or today).")
  @Nullable LocalDate asOf;

  @Option(
      names = "--max-groups",
      paramLabel = "N",
      defaultValue = "100000",
      description =
          "Refuse an export with more than N groups (agencies, procedures, ...), which bounds"
              + " memory (default: ${DEFAULT-VALUE}).")
  int maxGroups;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    input.validate(); // a usage error before any input is read
    Definition def = Definition.parse(definition);
    ReportingCalendar calendar = periods.calendar();
    ReportingPeriod p = null;
    if (period != null) {
      p = calendar.parse(period);
    } else if (year != null) {
      p = calendar.year(year);
    }
    LocalDate today = LocalDate.now(java.time.ZoneOffset.ofHours(7));
    LocalDate judged =
        asOf != null
            ? asOf
            : p != null && p.endInclusive().isBefore(today) ? p.endInclusive() : today;
    TallyScope scope = p == null ? TallyScope.all(judged) : TallyScope.of(p, judged);
    if (maxGroups < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-groups must be at least 1: " + maxGroups);
    }
    Grouping grouping = grouping(calendar);
    TallyAccumulator acc = new TallyAccumulator(grouping, scope, maxGroups);
    // a large CSV file in two halves on two threads, a tally each, merged in file order
    ReadReport report =
        input.readInParallel(
            () -> new Part(new TallyAccumulator(grouping, scope, maxGroups)),
            part -> acc.merge(part.acc()));
    Tally tally = acc.toTally();
    List<IndicatorValue> values = new ArrayList<>(Indicators.compute(tally, Indicator.CORE, def));
    if (values.isEmpty() && by == By.all) {
      for (Indicator i : Indicator.CORE) {
        values.add(Indicators.compute(Grouping.ALL, Counts.empty(), i, def));
      }
    }

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.csv) {
      out.println("group,indicator,numerator,denominator,rate");
      for (IndicatorValue v : values) {
        out.println(
            csv(v.group())
                + ","
                + v.indicator().id()
                + ","
                + v.numerator()
                + ","
                + v.denominator()
                + ","
                + v.percent(4).map(x -> x.toPlainString()).orElse(""));
      }
    } else {
      out.println(json(values, def, p, judged, scope, tally, report));
    }
    out.flush();
    err.println(
        "definition: "
            + def.id()
            + "; period: "
            + (p == null ? "all dossiers" : p.label() + " " + p.range())
            + "; open dossiers judged on "
            + judged
            + (tally.outsidePeriod() > 0
                ? "; " + tally.outsidePeriod() + " accepted rows received outside the period"
                : ""));
    DossierInput.printSummary(err, report);
    return Cchc.OK;
  }

  /** The tally of one part of a file read in parts. */
  private record Part(TallyAccumulator acc) implements java.util.function.Consumer<Dossier> {
    @Override
    public void accept(Dossier d) {
      acc.add(d);
    }
  }

  private Grouping grouping(ReportingCalendar calendar) {
    switch (by) {
      case agency:
        return Grouping.agency();
      case procedure:
        return Grouping.procedure();
      case month:
        return Grouping.month(calendar);
      case quarter:
        return Grouping.quarter(calendar);
      case channel:
        return Grouping.channel();
      default:
        return Grouping.all();
    }
  }

  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private String json(
      List<IndicatorValue> values,
      Definition def,
      @Nullable ReportingPeriod p,
      LocalDate judged,
      TallyScope scope,
      Tally tally,
      ReadReport report)
      throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("definition", def.id());
    root.put("grouping", by.name().toLowerCase(Locale.ROOT));
    root.put("period", p == null ? null : p.label());
    root.put("as_of", judged.toString());
    ObjectNode read = root.putObject("read");
    read.put("file", report.file());
    read.put("rows", report.rowsRead());
    read.put("accepted", report.accepted());
    read.put("rejected", report.rejectedCount());
    read.put("outside_period", tally.outsidePeriod());
    ArrayNode arr = root.putArray("values");
    for (IndicatorValue v : values) {
      ObjectNode o = arr.addObject();
      o.put("group", v.group());
      o.put("indicator", v.indicator().id());
      o.put("numerator", v.numerator());
      o.put("denominator", v.denominator());
      o.put("rate", v.percent(4).orElse(null));
    }
    ArrayNode rej = root.putArray("rejected_rows");
    for (RejectedRow r : report.rejected()) {
      ObjectNode o = rej.addObject();
      o.put("line", r.line());
      o.put("column", r.column().orElse(null));
      o.put("reason", r.reason());
    }
    return m.writeValueAsString(root);
  }
}
