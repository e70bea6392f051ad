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
  /** The issuing body written in the header when none is given. */
  public static final String DEFAULT_ISSUER = "CƠ QUAN BÁO CÁO";

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Plan plan;
  private final ReportingPeriod period;
  private final @Nullable Path dossierFile;
  private final @Nullable DataSource dataSource;
  private final @Nullable String sql;
  private final DossierReader reader;
  private final Definition definition;
  private final @Nullable LocalDate asOf;
  private final @Nullable Path tasks;
  private final @Nullable Path measures;
  private final String issuer;
  private final @Nullable String place;

  private ReportJob(
      Plan plan,
      ReportingPeriod period,
      @Nullable Path dossierFile,
      @Nullable DataSource dataSource,
      @Nullable String sql,
      DossierReader reader,
      Definition definition,
      @Nullable LocalDate asOf,
      @Nullable Path tasks,
      @Nullable Path measures,
      String issuer,
      @Nullable String place) {
    this.plan = plan;
    this.period = period;
    this.dossierFile = dossierFile;
    this.dataSource = dataSource;
    this.sql = sql;
    this.reader = reader;
    this.definition = definition;
    this.asOf = asOf;
    this.tasks = tasks;
    this.measures = measures;
    this.issuer = issuer;
    this.place = place;
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
        Objects.requireNonNull(plan, "plan"),
        Objects.requireNonNull(period, "period"),
        null,
        null,
        null,
        DossierReader.defaults(),
        Definition.PROVINCIAL,
        null,
        null,
        null,
        DEFAULT_ISSUER,
        null);
  }

  /**
   * Returns a job on the plan in {@code planFile} ({@link PlanReader#read(Path)}: .txt or .docx)
   * over {@code period}; see {@link #of(Plan, ReportingPeriod)}.
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
   * DossierReader#read(Path, Consumer)} reads (CSV, XLSX, XLS, JSON Lines).
   *
   * @param file the dossier export
   * @return the new job
   */
  public ReportJob withDossiers(Path file) {
    return new ReportJob(
        plan,
        period,
        Objects.requireNonNull(file, "file"),
        null,
        null,
        reader,
        definition,
        asOf,
        tasks,
        measures,
        issuer,
        place);
  }

  /**
   * Returns this job reading its dossiers from a database ({@link DossierReader#readJdbc}).
   *
   * @param source the data source
   * @param sql the query, one row per dossier
   * @return the new job
   */
  public ReportJob withDossiers(DataSource source, String sql) {
    return new ReportJob(
        plan,
        period,
        null,
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(sql, "sql"),
        reader,
        definition,
        asOf,
        tasks,
        measures,
        issuer,
        place);
  }

  /**
   * Returns this job reading dossiers with {@code reader} (a column mapping, strict mode, …).
   *
   * @param reader the dossier reader
   * @return the new job
   */
  public ReportJob withReader(DossierReader reader) {
    return new ReportJob(
        plan,
        period,
        dossierFile,
        dataSource,
        sql,
        Objects.requireNonNull(reader, "reader"),
        definition,
        asOf,
        tasks,
        measures,
        issuer,
        place);
  }

  /**
   * Returns this job with {@code definition} of the rates.
   *
   * @param definition the indicator definition
   * @return the new job
   */
  public ReportJob withDefinition(Definition definition) {
    return new ReportJob(
        plan,
        period,
        dossierFile,
        dataSource,
        sql,
        reader,
        Objects.requireNonNull(definition, "definition"),
        asOf,
        tasks,
        measures,
        issuer,
        place);
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
    return new ReportJob(
        plan,
        period,
        dossierFile,
        dataSource,
        sql,
        reader,
        definition,
        Objects.requireNonNull(day, "day"),
        tasks,
        measures,
        issuer,
        place);
  }

  /**
   * Returns this job measuring the targets on the plan's tasks from {@code file} ({@link
   * TaskProgressReader}, CSV: task,status,completed_on,note) and adding the task progress section.
   *
   * @param file the task progress file
   * @return the new job
   */
  public ReportJob withTasks(Path file) {
    return new ReportJob(
        plan,
        period,
        dossierFile,
        dataSource,
        sql,
        reader,
        definition,
        asOf,
        Objects.requireNonNull(file, "file"),
        measures,
        issuer,
        place);
  }

  /**
   * Returns this job measuring the targets on published figures from {@code file} ({@link
   * PublishedMeasureReader}, CSV: indicator,period,value,out_of,source).
   *
   * @param file the published figures
   * @return the new job
   */
  public ReportJob withMeasures(Path file) {
    return new ReportJob(
        plan,
        period,
        dossierFile,
        dataSource,
        sql,
        reader,
        definition,
        asOf,
        tasks,
        Objects.requireNonNull(file, "file"),
        issuer,
        place);
  }

  /**
   * Returns this job with {@code issuingBody} in the header (upper case, e.g. "SỞ NỘI VỤ") and
   * {@code place} in the date line; without it, {@value #DEFAULT_ISSUER} and the plan's place.
   *
   * @param issuingBody the issuing body
   * @param place the place of the date line
   * @return the new job
   */
  public ReportJob withIssuer(String issuingBody, String place) {
    return new ReportJob(
        plan,
        period,
        dossierFile,
        dataSource,
        sql,
        reader,
        definition,
        asOf,
        tasks,
        measures,
        Objects.requireNonNull(issuingBody, "issuingBody"),
        Objects.requireNonNull(place, "place"));
  }

  /**
   * Reads the inputs, evaluates the plan's targets and builds the report.
   *
   * @return the evaluation and the report
   * @throws IllegalStateException if no dossier source was given
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
      inputs.add(TaskProgressReader.forPlan(plan).read(tasks, rows::add));
      progress = PlanProgress.of(plan, rows);
    }
    PublishedMeasures figures = null;
    if (measures != null) {
      List<PublishedMeasure> rows = new ArrayList<>();
      inputs.add(PublishedMeasureReader.defaults().read(measures, rows::add));
      figures = PublishedMeasures.of(rows);
    }

    TallyScope scope = TallyScope.of(period, judged);
    TallyAccumulator all = new TallyAccumulator(Grouping.all(), scope);
    TallyAccumulator agencies = new TallyAccumulator(Grouping.agency(), scope);
    TallyAccumulator procedures = new TallyAccumulator(Grouping.procedure(), scope);
    Map<String, String> procedureNames = new HashMap<>();
    Consumer<Dossier> tallies =
        d -> {
          String name = d.procedureName();
          if (!name.isBlank()) {
            procedureNames.putIfAbsent(d.procedureCode(), name);
          }
          all.add(d);
          agencies.add(d);
          procedures.add(d);
        };
    LocalDate cut = asOf;
    Consumer<Dossier> sink = cut == null ? tallies : d -> d.asOf(cut).ifPresent(tallies);
    ReadReport read =
        dossierFile != null
            ? reader.read(dossierFile, sink)
            : reader.readJdbc(
                Objects.requireNonNull(dataSource), Objects.requireNonNull(sql), sink);
    Tally tally = all.toTally();

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
    Tally byAgency = agencies.toTally();
    Tally byProcedure = procedures.toTally();
    for (Indicator i : measured) {
      IndicatorBreakdownBuilder b =
          IndicatorBreakdown.builder().indicator(i.vietnamese()).lowerIsBetter(i == Indicator.LATE);
      b.byUnit(figures(byAgency, i, Map.of()));
      b.byProcedure(figures(byProcedure, i, procedureNames));
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
    TargetAchievementReport achievement = builder.addRecipients("Lưu: VT").build();
    return new Result(
        plan, tally, List.copyOf(evaluations), achievement, read, List.copyOf(inputs));
  }

  /**
   * The figures of one indicator per group; a procedure is shown by its name from the export ("Tên
   * thủ tục") with its code after it, as {@code cchc report} shows it.
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
    String where =
        place != null
            ? place
            : plan.header().flatMap(h -> h.place()).filter(s -> !s.isBlank()).orElse("……");
    return OfficialHeader.builder().issuingBody(issuer).place(where).date(day).build();
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
   * What a {@link ReportJob} computed.
   *
   * @param plan the plan
   * @param tally the dossiers of the period over the whole unit ({@link Grouping#ALL})
   * @param evaluations the targets measured on dossiers, in the plan's order
   * @param achievement the target-achievement report, every target one line
   * @param dossiers what the dossier reader read and rejected
   * @param inputs what the task and figure readers read and rejected, in that order, when given
   */
  public record Result(
      Plan plan,
      Tally tally,
      List<TargetEvaluation> evaluations,
      TargetAchievementReport achievement,
      ReadReport dossiers,
      List<ReadReport> inputs) {
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
     * Returns the report, ready for any {@link ReportFormat}'s renderer.
     *
     * @return the report
     */
    public Report report() {
      return achievement.toReport();
    }
  }
}
