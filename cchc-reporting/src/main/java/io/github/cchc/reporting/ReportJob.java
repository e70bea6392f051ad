package io.github.cchc.reporting;

import io.github.cchc.indicators.evaluation.MeasureEvaluator;
import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.TargetEvaluator;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.PublishedMeasureReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.TaskProgressReader;
import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasures;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.progress.PlanProgress;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.statistics.ProcessingStatistics;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.plan.Target;
import io.github.cchc.reporting.builder.IndicatorBreakdown;
import io.github.cchc.reporting.builder.IndicatorBreakdownBuilder;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetAchievementReportBuilder;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.builder.TaskProgressSection;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The main job in one call: a plan, a dossier source and a reporting period give the evaluation of
 * the plan's targets and a {@link Report} ready for any {@link ReportFormat}'s renderer.
 *
 * <p>A job is an immutable value: each {@code with…} method returns a new job. {@link #run()} reads
 * the dossiers once (tallied over the whole unit, by agency and by procedure), evaluates every
 * target that dossiers, task progress ({@link #withTasks}) or published figures ({@link
 * #withMeasures}) can measure, and lays out the target-achievement report (Báo cáo kết quả thực
 * hiện chỉ tiêu) with one breakdown by agency and by procedure per indicator measured. It is what
 * {@code cchc report} computes.
 *
 * <pre>{@code
 * ReportJob.Result r =
 *     ReportJob.of(Path.of("kh-cchc-2024.docx"), ReportingCalendar.calendar().year(2024))
 *         .withDossiers(Path.of("ho-so-2024.csv"))        // CSV, XLSX, XLS or JSON Lines
 *         .withAsOf(LocalDate.of(2025, 1, 10))
 *         .withDefinition(Definition.PROVINCIAL)
 *         .run();
 * r.evaluations();                                          // one per target measured on dossiers
 * Files.write(Path.of("bao-cao.html"), ReportFormat.HTML.renderer().toBytes(r.report()));
 * }</pre>
 *
 * <p>Bad input surfaces as the readers' typed exceptions: {@code PlanReadException} or {@code
 * NotAPlanException} for the plan, {@code DossierReadException} for the dossiers, tasks and
 * figures. Rows a reader rejects are listed, with their lines, in the {@link ReadReport}s of the
 * {@link Result}; use a {@linkplain DossierReader#strict() strict} reader ({@link #withReader}) to
 * fail on the first one instead.
 */
public final class ReportJob {
  /** The issuing body written in the header when neither a profile nor an issuer is given. */
  public static final String DEFAULT_ISSUER = "CƠ QUAN BÁO CÁO";

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  // Each with… method changes one field of a copy: a job is immutable to its users.
  private final Plan plan;
  private final ReportingPeriod period;
  private @Nullable Path dossierFile;
  private @Nullable DataSource dataSource;
  private @Nullable String sql;
  private DossierReader reader = DossierReader.defaults();
  private boolean strict;
  private Definition definition = Definition.PROVINCIAL;
  private @Nullable LocalDate asOf;
  private @Nullable Path tasks;
  private @Nullable Path measures;
  private @Nullable DocumentProfile profile;
  private @Nullable String issuer;
  private @Nullable String place;
  private Consumer<? super Dossier> listener = d -> {};

  private ReportJob(Plan plan, ReportingPeriod period) {
    this.plan = plan;
    this.period = period;
  }

  private ReportJob copy() {
    ReportJob c = new ReportJob(plan, period);
    c.dossierFile = dossierFile;
    c.dataSource = dataSource;
    c.sql = sql;
    c.reader = reader;
    c.strict = strict;
    c.definition = definition;
    c.asOf = asOf;
    c.tasks = tasks;
    c.measures = measures;
    c.profile = profile;
    c.issuer = issuer;
    c.place = place;
    c.listener = listener;
    return c;
  }

  /**
   * Returns a job on {@code plan} over {@code period}, without dossiers yet, with the {@linkplain
   * Definition#PROVINCIAL provincial definition}, the {@linkplain DossierReader#defaults() default
   * reader} and today (in Asia/Ho_Chi_Minh) as the report's date.
   *
   * @param plan the plan, as {@link PlanReader} read it
   * @param period the reporting period
   * @return the job
   */
  public static ReportJob of(Plan plan, ReportingPeriod period) {
    return new ReportJob(
        Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(period, "period"));
  }

  /**
   * Returns a job on the plan in {@code planFile} ({@link PlanReader#read(Path)}: .txt, .docx, .doc
   * or .pdf) over {@code period}; see {@link #of(Plan, ReportingPeriod)}.
   *
   * @param planFile the plan's file
   * @param period the reporting period
   * @return the job
   */
  public static ReportJob of(Path planFile, ReportingPeriod period) {
    return of(PlanReader.read(planFile), period);
  }

  /**
   * Returns this job reading its dossiers from {@code file}, in any format {@link
   * DossierReader#read(Path, Consumer)} reads (CSV, XLSX, XLS, JSON Lines). A large CSV export is
   * read in two halves on two threads ({@link DossierReader#readInParallel}), with the same result
   * as on one.
   *
   * @param file the dossier export
   * @return the new job
   */
  public ReportJob withDossiers(Path file) {
    ReportJob c = copy();
    c.dossierFile = Objects.requireNonNull(file, "file");
    c.dataSource = null;
    c.sql = null;
    return c;
  }

  /**
   * Returns this job reading its dossiers from a database ({@link DossierReader#readJdbc}).
   *
   * @param source the data source
   * @param sql the query, one row per dossier
   * @return the new job
   */
  public ReportJob withDossiers(DataSource source, String sql) {
    ReportJob c = copy();
    c.dossierFile = null;
    c.dataSource = Objects.requireNonNull(source, "source");
    c.sql = Objects.requireNonNull(sql, "sql");
    return c;
  }

  /**
   * Returns this job reading dossiers with {@code reader} (a column mapping, the duplicate check, a
   * temporary directory, …).
   *
   * @param reader the dossier reader
   * @return the new job
   */
  public ReportJob withReader(DossierReader reader) {
    ReportJob c = copy();
    c.reader = Objects.requireNonNull(reader, "reader");
    return c;
  }

  /**
   * Returns this job failing on the first row that any of its readers (dossiers, tasks, figures)
   * rejects, with a {@link io.github.cchc.indicators.io.DossierReadException}, instead of listing
   * the rejected rows in the {@link Result}.
   *
   * @return the new job
   */
  public ReportJob strict() {
    ReportJob c = copy();
    c.strict = true;
    return c;
  }

  /**
   * Returns this job with {@code definition} of the rates.
   *
   * @param definition the indicator definition
   * @return the new job
   */
  public ReportJob withDefinition(Definition definition) {
    ReportJob c = copy();
    c.definition = Objects.requireNonNull(definition, "definition");
    return c;
  }

  /**
   * Returns this job as of the end of {@code day}: each dossier as it stood then ({@link
   * Dossier#asOf}), open dossiers judged on the earlier of {@code day} and the period's end, and
   * {@code day} as the report's date.
   *
   * @param day the as-of date
   * @return the new job
   */
  public ReportJob withAsOf(LocalDate day) {
    ReportJob c = copy();
    c.asOf = Objects.requireNonNull(day, "day");
    return c;
  }

  /**
   * Returns this job measuring the targets on the plan's tasks from {@code file} ({@link
   * TaskProgressReader}, CSV: task,status,completed_on,note) and adding the task progress section.
   *
   * @param file the task progress file
   * @return the new job
   */
  public ReportJob withTasks(Path file) {
    ReportJob c = copy();
    c.tasks = Objects.requireNonNull(file, "file");
    return c;
  }

  /**
   * Returns this job measuring the targets on published figures from {@code file} ({@link
   * PublishedMeasureReader}, CSV: indicator,period,value,out_of,source).
   *
   * @param file the published figures
   * @return the new job
   */
  public ReportJob withMeasures(Path file) {
    ReportJob c = copy();
    c.measures = Objects.requireNonNull(file, "file");
    return c;
  }

  /**
   * Returns this job writing the report as {@code profile} says: governing and issuing body, number
   * and symbol, place, Kính gửi, signature and Nơi nhận. Without a profile the header has {@value
   * #DEFAULT_ISSUER} (or {@link #withIssuer}), the plan's place, no signature and "Lưu: VT".
   *
   * @param profile the document profile
   * @return the new job
   */
  public ReportJob withProfile(DocumentProfile profile) {
    ReportJob c = copy();
    c.profile = Objects.requireNonNull(profile, "profile");
    return c;
  }

  /**
   * Returns this job with {@code issuingBody} in the header (upper case, e.g. "SỞ NỘI VỤ"), over
   * the profile's if one is given.
   *
   * @param issuingBody the issuing body
   * @return the new job
   */
  public ReportJob withIssuer(String issuingBody) {
    ReportJob c = copy();
    c.issuer = Objects.requireNonNull(issuingBody, "issuingBody");
    return c;
  }

  /**
   * Returns this job with {@code place} in the date line ("Bình Phước, ngày …"), over the profile's
   * or the plan's.
   *
   * @param place the place
   * @return the new job
   */
  public ReportJob withPlace(String place) {
    ReportJob c = copy();
    c.place = Objects.requireNonNull(place, "place");
    return c;
  }

  /**
   * Returns this job telling {@code listener} of every dossier it counts (as it stood on the as-of
   * day), before it is tallied: for a progress bar. It is called from the reading threads (two for
   * a large CSV export), so it must be thread-safe.
   *
   * @param listener told of each dossier counted
   * @return the new job
   */
  public ReportJob withDossierListener(Consumer<? super Dossier> listener) {
    ReportJob c = copy();
    c.listener = Objects.requireNonNull(listener, "listener");
    return c;
  }

  /**
   * Reads the inputs, evaluates the plan's targets and builds the report.
   *
   * @return the evaluation and the report
   * @throws IllegalStateException if no dossier source was given
   * @throws io.github.cchc.indicators.io.DossierReadException if an input cannot be read, or a
   *     {@linkplain #strict() strict} job meets a rejected row
   */
  public Result run() {
    if (dossierFile == null && dataSource == null) {
      throw new IllegalStateException("ReportJob: no dossiers; call withDossiers first");
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(VIETNAM);
    LocalDate judged = period.endInclusive().isBefore(day) ? period.endInclusive() : day;
    List<ReadReport> inputs = new ArrayList<>();
    PlanProgress progress = null;
    if (tasks != null) {
      List<TaskProgress> rows = new ArrayList<>();
      TaskProgressReader r = TaskProgressReader.forPlan(plan);
      inputs.add((strict ? r.strict() : r).read(tasks, rows::add));
      progress = PlanProgress.of(plan, rows);
    }
    PublishedMeasures figures = null;
    if (measures != null) {
      List<PublishedMeasure> rows = new ArrayList<>();
      PublishedMeasureReader r = PublishedMeasureReader.defaults();
      inputs.add((strict ? r.strict() : r).read(measures, rows::add));
      figures = PublishedMeasures.of(rows);
    }

    // An as-of day before the period has nothing to count: no statistics then.
    boolean withStatistics = !judged.isBefore(period.start());
    TallyScope scope = TallyScope.of(period, judged);
    Part whole = new Part(scope, withStatistics ? judged : null);
    DossierReader r = strict ? reader.strict() : reader;
    ReadReport read;
    if (dossierFile != null) {
      // a large CSV export in two halves on two threads, each into a part of its own, merged in
      // file order (the first name of a procedure in the file wins, as on one thread)
      read =
          r.readInParallel(
              dossierFile, () -> new Part(scope, withStatistics ? judged : null), whole::merge);
    } else {
      Part part = new Part(scope, withStatistics ? judged : null);
      read = r.readJdbc(Objects.requireNonNull(dataSource), Objects.requireNonNull(sql), part);
      whole.merge(part);
    }
    Tally tally = whole.all.toTally();

    TargetAchievementReportBuilder builder =
        TargetAchievementReport.builder()
            .header(header(day))
            .plan(citation())
            .periodLabel(period.vietnamese());
    List<TargetEvaluation> evaluations = new ArrayList<>();
    Set<Indicator> measured = new LinkedHashSet<>();
    for (Target t : plan.targets()) {
      MeasureEvaluator.Input in = MeasureEvaluator.inputOf(t).orElse(null);
      if (in == MeasureEvaluator.Input.TASK_PROGRESS && progress != null) {
        builder.addLines(TargetLine.of(MeasureEvaluator.evaluate(t, progress, period, judged)));
      } else if (in == MeasureEvaluator.Input.PUBLISHED_MEASURES && figures != null) {
        builder.addLines(TargetLine.of(MeasureEvaluator.evaluate(t, figures, period, judged)));
      } else if (TargetEvaluator.whyNotMeasurable(t).isPresent()) {
        builder.addLines(TargetLine.notMeasured(t, "Không đo từ dữ liệu hồ sơ"));
      } else {
        TargetEvaluation e =
            TargetEvaluator.evaluate(t, tally.group(Grouping.ALL), definition, period, judged);
        evaluations.add(e);
        measured.add(e.value().indicator());
        builder.addLines(TargetLine.of(e));
      }
    }
    Tally byAgency = whole.agencies.toTally();
    Tally byProcedure = whole.procedures.toTally();
    for (Indicator i : measured) {
      IndicatorBreakdownBuilder b =
          IndicatorBreakdown.builder().indicator(i.vietnamese()).lowerIsBetter(i == Indicator.LATE);
      b.byUnit(figures(byAgency, i, Map.of()));
      b.byProcedure(figures(byProcedure, i, whole.procedureNames));
      builder.addBreakdowns(b.build());
    }
    if (progress != null) {
      builder.taskProgress(
          TaskProgressSection.builder()
              .periodLabel(period.vietnamese())
              .asOf(judged)
              .standings(progress.standings(period.range(), judged))
              .build());
    }
    if (profile != null) {
      builder
          .signature(profile.signature())
          .addressees(profile.addressees())
          .recipients(profile.recipientLines());
    } else {
      builder.addRecipients("Lưu: VT");
    }
    return new Result(
        plan,
        tally,
        List.copyOf(evaluations),
        builder.build(),
        read,
        List.copyOf(inputs),
        progress,
        whole.statistics);
  }

  /**
   * The figures of one indicator per group; a procedure is shown by its name from the export ("Tên
   * thủ tục") with its code after it, never by its code alone unless the export has no name.
   */
  private List<UnitFigures> figures(Tally tally, Indicator indicator, Map<String, String> names) {
    List<UnitFigures> out = new ArrayList<>();
    for (IndicatorValue v : Indicators.compute(tally, List.of(indicator), definition)) {
      String name = names.get(v.group());
      String label = name == null ? v.group() : name + " (" + v.group() + ")";
      out.add(UnitFigures.of(label, v.numerator(), v.denominator()));
    }
    return out;
  }

  private OfficialHeader header(LocalDate day) {
    if (profile != null) {
      OfficialHeader h = profile.header(day);
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
            : plan.header().flatMap(h -> h.place()).filter(s -> !s.isBlank()).orElse("……");
    return OfficialHeader.builder()
        .issuingBody(issuer != null ? issuer : DEFAULT_ISSUER)
        .place(where)
        .date(day)
        .build();
  }

  private String citation() {
    StringBuilder c = new StringBuilder("Kế hoạch");
    plan.header().flatMap(h -> h.numberSymbol()).ifPresent(n -> c.append(" số ").append(n));
    plan.title().ifPresent(t -> c.append(" (").append(t).append(')'));
    if (c.length() == "Kế hoạch".length()) {
      String file = plan.file().orElse("");
      c.append(' ')
          .append(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
    }
    return c.toString();
  }

  /**
   * What the dossiers of one reading thread add to the report: the tallies over the whole unit, by
   * agency and by procedure, the processing statistics and the procedures' names.
   */
  private final class Part implements Consumer<Dossier> {
    final TallyAccumulator all;
    final TallyAccumulator agencies;
    final TallyAccumulator procedures;
    final @Nullable ProcessingStatistics statistics;
    final Map<String, String> procedureNames = new HashMap<>();

    Part(TallyScope scope, @Nullable LocalDate statisticsDay) {
      all = new TallyAccumulator(Grouping.all(), scope);
      agencies = new TallyAccumulator(Grouping.agency(), scope);
      procedures = new TallyAccumulator(Grouping.procedure(), scope);
      statistics =
          statisticsDay == null
              ? null
              : ProcessingStatistics.of(period, statisticsDay, Dossier::agency);
    }

    @Override
    public void accept(Dossier exported) {
      LocalDate cut = asOf;
      if (cut == null) {
        take(exported);
      } else {
        exported.asOf(cut).ifPresent(this::take);
      }
    }

    private void take(Dossier d) {
      listener.accept(d);
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

    /** Adds what a later part of the file counted. */
    void merge(Part later) {
      if (statistics != null && later.statistics != null) {
        statistics.merge(later.statistics);
      }
      later.procedureNames.forEach(procedureNames::putIfAbsent);
      all.merge(later.all);
      agencies.merge(later.agencies);
      procedures.merge(later.procedures);
    }
  }

  /** What a {@link ReportJob} computed. Made by {@link ReportJob#run()} only. */
  public static final class Result {
    private final Plan plan;
    private final Tally tally;
    private final List<TargetEvaluation> evaluations;
    private final TargetAchievementReport achievement;
    private final ReadReport dossiers;
    private final List<ReadReport> inputs;
    private final @Nullable PlanProgress progress;
    private final @Nullable ProcessingStatistics processing;

    private Result(
        Plan plan,
        Tally tally,
        List<TargetEvaluation> evaluations,
        TargetAchievementReport achievement,
        ReadReport dossiers,
        List<ReadReport> inputs,
        @Nullable PlanProgress progress,
        @Nullable ProcessingStatistics processing) {
      this.plan = plan;
      this.tally = tally;
      this.evaluations = evaluations;
      this.achievement = achievement;
      this.dossiers = dossiers;
      this.inputs = inputs;
      this.progress = progress;
      this.processing = processing;
    }

    /**
     * Returns the plan.
     *
     * @return the plan
     */
    public Plan plan() {
      return plan;
    }

    /**
     * Returns the dossiers of the period over the whole unit ({@link Grouping#ALL}).
     *
     * @return the tally
     */
    public Tally tally() {
      return tally;
    }

    /**
     * Returns the targets measured on dossiers, in the plan's order.
     *
     * @return the evaluations
     */
    public List<TargetEvaluation> evaluations() {
      return evaluations;
    }

    /**
     * Returns the evaluation of {@code target} on dossiers.
     *
     * @param target a target of the plan
     * @return its evaluation, empty when dossiers did not measure it
     */
    public Optional<TargetEvaluation> evaluation(Target target) {
      return evaluations.stream().filter(e -> e.target().equals(target)).findFirst();
    }

    /**
     * Returns the target-achievement report, every target one line.
     *
     * @return the report's content
     */
    public TargetAchievementReport achievement() {
      return achievement;
    }

    /**
     * Returns what the dossier reader read and rejected.
     *
     * @return the dossiers' read report
     */
    public ReadReport dossiers() {
      return dossiers;
    }

    /**
     * Returns what the task and figure readers read and rejected, in that order, when given.
     *
     * @return the other inputs' read reports
     */
    public List<ReadReport> inputs() {
      return inputs;
    }

    /**
     * Returns the progress of the plan's tasks, when {@linkplain ReportJob#withTasks tasks} were
     * given.
     *
     * @return the task progress
     */
    public Optional<PlanProgress> progress() {
      return Optional.ofNullable(progress);
    }

    /**
     * Returns the processing statistics of the period by agency (Biểu II.06a): empty when the as-of
     * day is before the period.
     *
     * @return the statistics
     */
    public Optional<ProcessingStatistics> processing() {
      return Optional.ofNullable(processing);
    }

    /**
     * Returns the report, ready for any {@link ReportFormat}'s renderer.
     *
     * @return the report
     */
    public Report report() {
      return achievement.toReport();
    }
  }
}
