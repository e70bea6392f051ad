package io.github.cchc.beam;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * {@code cchc indicators} as a Beam pipeline, for exports too large for one machine: {@code java
 * -jar cchc-beam-pipeline.jar --runner=FlinkRunner --input=/data/ho-so-*.csv --output=out
 * --by=agency --period=2024} writes {@code out/indicators.csv} (exactly the CSV of {@code cchc
 * indicators} on the same rows) and {@code out/rejected.csv} ({@code file,line,reason}, RFC 4180
 * quoting), and prints {@code read N rows: A accepted, R rejected} on standard error. Exit codes as
 * the command line's: 0 done, 1 input rejected, 2 usage error.
 */
public final class IndicatorsPipeline {
  private IndicatorsPipeline() {}

  /**
   * Runs the pipeline and exits with its code.
   *
   * @param args Beam options: {@code --runner}, {@code --input}, {@code --output}, {@code --by},
   *     {@code --period} and the rest of {@link IndicatorsPipelineOptions}
   */
  public static void main(String[] args) {
    // The runners log a failed task's stack trace at ERROR; the user gets one line instead. A
    // log4j2 configuration of one's own (-Dlog4j.configurationFile,
    // -Dorg.apache.logging.log4j.level)
    // turns their logs back on.
    if (System.getProperty("log4j.configurationFile") == null
        && System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty(
          "org.apache.logging.log4j.level",
          System.getProperty("org.apache.logging.log4j.level", "OFF"));
    }
    System.exit(run(args, System.err));
  }

  /**
   * Runs the pipeline to the end.
   *
   * @param args the options
   * @param err where the summary and errors go
   * @return 0 done, 1 input rejected, 2 usage error
   */
  public static int run(String[] args, PrintStream err) {
    IndicatorsPipelineOptions options;
    Pipeline p;
    try {
      PipelineOptionsFactory.register(IndicatorsPipelineOptions.class);
      options =
          PipelineOptionsFactory.fromArgs(args)
              .withValidation()
              .as(IndicatorsPipelineOptions.class);
      p = Pipeline.create(options);
      build(p, options);
    } catch (IllegalArgumentException | DateTimeParseException | CchcException e) {
      err.println("usage error: " + e.getMessage());
      return 2;
    }
    try {
      PipelineResult result = p.run();
      result.waitUntilFinish();
      err.println(summary(result));
      return 0;
    } catch (RuntimeException e) {
      if (Boolean.getBoolean("cchc.debug")) {
        e.printStackTrace(err);
      }
      err.println("input rejected: " + reason(e));
      return 1;
    }
  }

  /** The deepest cause's message: runners wrap what a worker threw several times. */
  static String reason(Throwable e) {
    Throwable t = e;
    String message = String.valueOf(e.getMessage());
    while (t != null) {
      if (t instanceof CchcException
          || t instanceof IOException
          || t instanceof IllegalArgumentException
          || t instanceof IllegalStateException) {
        message = String.valueOf(t.getMessage());
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return message;
  }

  /**
   * Adds the pipeline to {@code p}: read, tally, write the two files.
   *
   * @param p the pipeline
   * @param o its options
   * @throws IllegalArgumentException if an option has a wrong value
   */
  public static void build(Pipeline p, IndicatorsPipelineOptions o) {
    String by = o.getBy().toLowerCase(Locale.ROOT);
    if (!List.of("all", "agency", "procedure", "month", "quarter", "channel").contains(by)) {
      throw new IllegalArgumentException(
          "--by must be all, agency, procedure, month, quarter or channel: " + o.getBy());
    }
    String periods = o.getPeriods().toLowerCase(Locale.ROOT);
    if (!periods.equals("calendar") && !periods.equals("official")) {
      throw new IllegalArgumentException("--periods must be calendar or official: " + periods);
    }
    Definition def = Definition.parse(o.getDefinition());
    ReportingCalendar calendar = calendar(periods);
    String periodText = o.getPeriod();
    ReportingPeriod period = periodText == null ? null : calendar.parse(periodText);
    LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
    LocalDate judged =
        o.getAsOf() != null
            ? LocalDate.parse(o.getAsOf())
            : period != null && period.endInclusive().isBefore(today)
                ? period.endInclusive()
                : today;
    SerializableSupplier<TallyScope> scope =
        periodText == null
            ? () -> TallyScope.all(judged)
            : () -> TallyScope.of(calendar(periods).parse(periodText), judged);
    SerializableSupplier<Grouping> grouping = () -> grouping(by, calendar(periods));
    PCollectionTuple out =
        p.apply(
            "Tally export",
            TallyExport.from(o.getInput(), grouping, scope)
                .withSplitBytes(o.getSplitBytes())
                .withDuplicateBuckets(o.getDuplicateBuckets()));
    PCollectionView<Iterable<RejectedRow>> rejected =
        out.get(TallyExport.REJECTED).apply("Rejected rows", View.asIterable());
    out.get(TallyExport.TALLY)
        .apply(
            "Write",
            ParDo.of(new WriteFn(o.getOutput(), def, by.equals("all"), rejected))
                .withSideInputs(rejected));
  }

  static ReportingCalendar calendar(String periods) {
    return periods.equals("official") ? ReportingCalendar.official() : ReportingCalendar.calendar();
  }

  static Grouping grouping(String by, ReportingCalendar calendar) {
    switch (by) {
      case "agency":
        return Grouping.agency();
      case "procedure":
        return Grouping.procedure();
      case "month":
        return Grouping.month(calendar);
      case "quarter":
        return Grouping.quarter(calendar);
      case "channel":
        return Grouping.channel();
      default:
        return Grouping.all();
    }
  }

  /**
   * The CSV {@code cchc indicators} prints for {@code tally}: {@code
   * group,indicator,numerator,denominator,rate}, one line per group and core indicator.
   *
   * @param tally the tally
   * @param def the definition
   * @param all whether the grouping is {@code all} (an empty export still has its rows)
   * @return the lines, each ending with a line feed
   */
  public static String indicatorsCsv(Tally tally, Definition def, boolean all) {
    List<IndicatorValue> values = new ArrayList<>(Indicators.compute(tally, Indicator.CORE, def));
    if (values.isEmpty() && all) {
      for (Indicator i : Indicator.CORE) {
        values.add(Indicators.compute(Grouping.ALL, Counts.empty(), i, def));
      }
    }
    StringBuilder sb = new StringBuilder("group,indicator,numerator,denominator,rate\n");
    for (IndicatorValue v : values) {
      sb.append(CsvText.quote(v.group(), ','))
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
    return sb.toString();
  }

  /**
   * The rejected rows as CSV: {@code file,line,reason} (the reason as {@code cchc indicators}
   * prints it after the line: "column: why"), sorted by file and line, quoted as RFC 4180 says.
   *
   * @param rows the rows
   * @return the lines, each ending with a line feed
   */
  public static String rejectedCsv(Iterable<RejectedRow> rows) {
    List<RejectedRow> list = new ArrayList<>();
    rows.forEach(list::add);
    list.sort(
        Comparator.comparing(RejectedRow::file)
            .thenComparingLong(RejectedRow::line)
            .thenComparing(RejectedRow::reason));
    StringBuilder sb = new StringBuilder("file,line,reason\n");
    for (RejectedRow r : list) {
      String d = r.describe();
      String reason = d.substring(d.indexOf(": ") + 2);
      sb.append(CsvText.quote(r.file(), ','))
          .append(',')
          .append(r.line())
          .append(',')
          .append(CsvText.quote(reason, ','))
          .append('\n');
    }
    return sb.toString();
  }

  static String summary(PipelineResult result) {
    MetricQueryResults m =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(TallyExport.METRICS))
                    .build());
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    for (MetricResult<Long> c : m.getCounters()) {
      long v = c.getAttempted();
      switch (c.getName().getName()) {
        case "rows_read":
          read += v;
          break;
        case "rows_accepted":
          accepted += v;
          break;
        case "rows_rejected":
          rejected += v;
          break;
        default:
          break;
      }
    }
    return "read " + read + " rows: " + accepted + " accepted, " + rejected + " rejected";
  }

  /** Writes indicators.csv and rejected.csv from the tally and the rejected rows. */
  static final class WriteFn extends DoFn<Tally, Void> {
    private static final long serialVersionUID = 1L;
    private final String output;
    private final Definition def;
    private final boolean all;
    private final PCollectionView<Iterable<RejectedRow>> rejected;

    WriteFn(
        String output,
        Definition def,
        boolean all,
        PCollectionView<Iterable<RejectedRow>> rejected) {
      this.output = output;
      this.def = def;
      this.all = all;
      this.rejected = rejected;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      write("indicators.csv", indicatorsCsv(c.element(), def, all));
      write("rejected.csv", rejectedCsv(c.sideInput(rejected)));
    }

    private void write(String name, String text) throws IOException {
      ResourceId dir = FileSystems.matchNewResource(output, true);
      ResourceId file = dir.resolve(name, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      try (Writer w =
          new OutputStreamWriter(
              Channels.newOutputStream(FileSystems.create(file, "text/csv")),
              StandardCharsets.UTF_8)) {
        w.write(text);
      }
    }
  }
}
