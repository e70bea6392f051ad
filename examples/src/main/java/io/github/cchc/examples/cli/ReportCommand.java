package io.github.cchc.examples.cli;

import io.github.cchc.indicators.evaluation.MeasureEvaluator;
import io.github.cchc.indicators.evaluation.TargetEvaluator;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.statistics.ProcessingStatistics;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.builder.IndicatorBreakdown;
import io.github.cchc.reporting.builder.IndicatorBreakdownBuilder;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetAchievementReportBuilder;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.builder.TaskProgressSection;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.model.InvalidProfileException;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc report}: the target-achievement report of a plan on a dossier export over a period,
 * written in every format asked for, one file each; prints the paths.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the report of a plan's targets (Kế hoạch, .txt or .docx) measured on a dossier export"
          + " over a period, in the official layout: one file per format in --out, paths printed.",
      "Each target is a row with the exact numerator and denominator of its indicator, the rate,"
          + " the verdict, the gap and the remaining budget; tables by agency and by procedure"
          + " follow.",
      "With --tasks the targets on the plan's tasks are measured and a section lists the tasks"
          + " by lead unit with the overdue ones; with --measures the targets on published"
          + " figures (procedures published, PAR INDEX, SIPAS, rank) are measured, with their"
          + " sources."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DossierInput input;

  @Mixin PlanPeriodOptions plan;

  @Mixin PlanInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "html,pdf,docx,xlsx,csv,json",
      split = ",",
      paramLabel = "FORMAT",
      description = "Formats, comma-separated: html, pdf, docx, xlsx, csv, json (default: all).")
  List<String> formats;

  @Option(
      names = "--out",
      defaultValue = "report",
      paramLabel = "DIR",
      description = "Directory for the files (created if missing; default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--issuer",
      description =
          "Issuing body in the header, upper case (default: the profile's, else \"CƠ QUAN BÁO"
              + " CÁO\").")
  @Nullable String issuer;

  @Option(
      names = "--place",
      description = "Place in the date line (default: the profile's, else the plan's place).")
  @Nullable String place;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description =
          "Document profile (JSON): governing and issuing body, number and symbol (no number for"
              + " a draft: \"Số:      /BC-SNV\"), place, date, Kính gửi, signature (KT./TM./TL./"
              + "TUQ./Q., title, name), Nơi nhận and archive (Lưu:). See examples/data/profiles.")
  @Nullable Path profile;

  /**
   * Called with every accepted dossier before it is tallied; the main job shows progress. Called
   * from the reading threads (two for a large CSV export): it must be thread-safe.
   */
  Consumer<? super Dossier> onDossier = d -> {};

  /** The lines of the last report written, for callers that summarise it. */
  List<TargetLine> lines = List.of();

  /** The last report built and the plan it was built from, for callers that build more. */
  @Nullable TargetAchievementReport achievement;

  @Nullable Plan readPlan;

  /** The processing statistics (Biểu II.06a) of the last report's period. */
  @Nullable ProcessingStatistics processing;

  /** The profile of the last report, when --profile was given. */
  @Nullable DocumentProfile documentProfile;

  /** The task progress section of the last report, when --tasks was given. */
  @Nullable TaskProgressSection taskSection;

  @Override
  public Integer call() throws IOException {
    input.validate(); // a usage error before any input is read
    Set<ReportFormat> wanted = new LinkedHashSet<>();
    for (String f : formats) {
      try {
        wanted.add(ReportFormat.parse(f));
      } catch (IllegalArgumentException e) {
        throw new InputRejectedException("--format " + f + ": " + e.getMessage(), e);
      }
    }
    Definition def = plan.definition();
    ReportingPeriod p = plan.period();
    LocalDate day = plan.day();
    LocalDate judged = plan.judged(p);
    DocumentProfile documentProfile = readProfile();
    Plan read = plan.readPlan();
    PlanInputs.Loaded loaded = inputs.read(read, input.strict);
    TallyScope scope = TallyScope.of(p, judged);
    TallyAccumulator all = new TallyAccumulator(Grouping.all(), scope);
    Map<String, String> procedureNames = new HashMap<>();
    // An --as-of before the period has nothing to count: no statistics then.
    boolean withStatistics = !judged.isBefore(p.start());
    ProcessingStatistics statistics =
        withStatistics ? ProcessingStatistics.of(p, judged, Dossier::agency) : null;
    TallyAccumulator agencies = new TallyAccumulator(Grouping.agency(), scope);
    TallyAccumulator procedures = new TallyAccumulator(Grouping.procedure(), scope);
    // a large CSV export in two halves on two threads, each into a part of its own, merged in file
    // order (the first name of a procedure in the file wins, as on one thread)
    ReadReport readReport =
        input.readInParallel(
            () ->
                new Part(
                    plan,
                    onDossier,
                    withStatistics ? ProcessingStatistics.of(p, judged, Dossier::agency) : null,
                    scope),
            part -> {
              if (statistics != null && part.statistics != null) {
                statistics.merge(part.statistics);
              }
              part.procedureNames.forEach(procedureNames::putIfAbsent);
              all.merge(part.all);
              agencies.merge(part.agencies);
              procedures.merge(part.procedures);
            });
    Tally tally = all.toTally();

    TargetAchievementReportBuilder builder =
        TargetAchievementReport.builder()
            .header(header(read, day, documentProfile))
            .plan(citation(read))
            .periodLabel(p.vietnamese());
    Set<Indicator> measured = new LinkedHashSet<>();
    for (Target t : read.targets()) {
      MeasureEvaluator.Input in = MeasureEvaluator.inputOf(t).orElse(null);
      if (in == MeasureEvaluator.Input.TASK_PROGRESS && loaded.progress() != null) {
        builder.addLines(TargetLine.of(MeasureEvaluator.evaluate(t, loaded.progress(), p, judged)));
        continue;
      }
      if (in == MeasureEvaluator.Input.PUBLISHED_MEASURES && loaded.measures() != null) {
        builder.addLines(TargetLine.of(MeasureEvaluator.evaluate(t, loaded.measures(), p, judged)));
        continue;
      }
      Optional<String> why = TargetEvaluator.whyNotMeasurable(t);
      if (why.isPresent()) {
        builder.addLines(TargetLine.notMeasured(t, "Không đo từ dữ liệu hồ sơ"));
      } else {
        var e = TargetEvaluator.evaluate(t, tally.group(Grouping.ALL), def, p, judged);
        measured.add(e.value().indicator());
        builder.addLines(TargetLine.of(e));
      }
    }
    Tally byAgency = agencies.toTally();
    Tally byProcedure = procedures.toTally();
    for (Indicator i : measured) {
      IndicatorBreakdownBuilder b =
          IndicatorBreakdown.builder().indicator(i.vietnamese()).lowerIsBetter(i == Indicator.LATE);
      b.byUnit(figures(byAgency, i, def, Map.of()));
      b.byProcedure(figures(byProcedure, i, def, procedureNames));
      builder.addBreakdowns(b.build());
    }
    taskSection = null;
    if (loaded.progress() != null) {
      taskSection =
          TaskProgressSection.builder()
              .periodLabel(p.vietnamese())
              .asOf(judged)
              .standings(loaded.progress().standings(p.range(), judged))
              .build();
      builder.taskProgress(taskSection);
    }
    if (documentProfile != null) {
      builder
          .signature(documentProfile.signature())
          .addressees(documentProfile.addressees())
          .recipients(documentProfile.recipientLines());
    } else {
      builder.addRecipients("Lưu: VT");
    }
    TargetAchievementReport built = builder.build();
    lines = built.lines();
    achievement = built;
    readPlan = read;
    processing = statistics;
    this.documentProfile = documentProfile;
    Report report = built.toReport();

    Files.createDirectories(out);
    String base = "bao-cao-" + p.label().toLowerCase(Locale.ROOT);
    PrintWriter stdout = spec.commandLine().getOut();
    for (ReportFormat format : wanted) {
      ReportRenderer renderer = format.renderer();
      Path file = out.resolve(base + "." + renderer.extension());
      Files.write(file, renderer.toBytes(report));
      stdout.println(file);
    }
    stdout.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "plan: "
            + read.targets().size()
            + " targets; period "
            + p.label()
            + " "
            + p.range()
            + "; definition "
            + def.id());
    DossierInput.printSummary(err, readReport);
    PlanInputs.printSummaries(err, loaded);
    return Cchc.OK;
  }

  /**
   * The figures of one indicator per group; a procedure is shown by its name from the export ("Tên
   * thủ tục") with its code after it, never by its code alone unless the export has no name.
   */
  private static List<UnitFigures> figures(
      Tally tally, Indicator indicator, Definition def, Map<String, String> names) {
    List<UnitFigures> out = new ArrayList<>();
    for (IndicatorValue v : Indicators.compute(tally, List.of(indicator), def)) {
      String name = names.get(v.group());
      String label = name == null ? v.group() : name + " (" + v.group() + ")";
      out.add(UnitFigures.of(label, v.numerator(), v.denominator()));
    }
    return out;
  }

  /** The profile of --profile, or null; an unreadable or invalid file is rejected input. */
  private @Nullable DocumentProfile readProfile() {
    if (profile == null) {
      return null;
    }
    try {
      return DocumentProfile.read(profile);
    } catch (InvalidProfileException e) {
      throw new InputRejectedException("--profile " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputRejectedException("--profile " + profile + ": cannot read: " + e, e);
    }
  }

  private OfficialHeader header(Plan read, LocalDate day, @Nullable DocumentProfile profiled) {
    if (profiled != null) {
      OfficialHeader h = profiled.header(day);
      if (issuer == null && place == null) {
        return h;
      }
      return OfficialHeader.builder()
          .from(h)
          .issuingBody(issuer != null ? issuer : h.issuingBody())
          .place(place != null ? place : h.place())
          .build();
    }
    String where =
        place != null
            ? place
            : read.header().flatMap(h -> h.place()).filter(s -> !s.isBlank()).orElse("……");
    return OfficialHeader.builder()
        .issuingBody(issuer != null ? issuer : "CƠ QUAN BÁO CÁO")
        .place(where)
        .date(day)
        .build();
  }

  private String citation(Plan read) {
    StringBuilder c = new StringBuilder("Kế hoạch");
    read.header().flatMap(h -> h.numberSymbol()).ifPresent(n -> c.append(" số ").append(n));
    read.title().ifPresent(t -> c.append(" (").append(t).append(')'));
    if (c.length() == "Kế hoạch".length()) {
      c.append(' ').append(plan.plan.getFileName());
    }
    return c.toString();
  }

  /** What one half of the export adds to the report: statistics, procedure names and tallies. */
  private static final class Part implements Consumer<Dossier> {
    private final Consumer<Dossier> entry;
    private final Consumer<? super Dossier> onDossier;
    final @Nullable ProcessingStatistics statistics;
    final Map<String, String> procedureNames = new HashMap<>();
    final TallyAccumulator all;
    final TallyAccumulator agencies;
    final TallyAccumulator procedures;

    Part(
        PlanPeriodOptions plan,
        Consumer<? super Dossier> onDossier,
        @Nullable ProcessingStatistics statistics,
        TallyScope scope) {
      this.onDossier = onDossier;
      this.statistics = statistics;
      this.all = new TallyAccumulator(Grouping.all(), scope);
      this.agencies = new TallyAccumulator(Grouping.agency(), scope);
      this.procedures = new TallyAccumulator(Grouping.procedure(), scope);
      this.entry = plan.asOf(this::take);
    }

    @Override
    public void accept(Dossier d) {
      entry.accept(d);
    }

    private void take(Dossier d) {
      onDossier.accept(d);
      if (statistics != null) {
        statistics.add(d);
      }
      String name = d.procedureName();
      if (!name.isBlank()) {
        procedureNames.putIfAbsent(d.procedureCode(), name);
      }
      all.add(d);
      agencies.add(d);
      procedures.add(d);
    }
  }
}
