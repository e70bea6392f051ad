package io.github.cchc.examples.cli;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.statistics.ProcessingStatistics;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.ReformArea;
import io.github.cchc.model.plan.Task;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.quantity.Ratio;
import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.ReportJob;
import io.github.cchc.reporting.builder.PeriodicReport;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.builder.TaskProgressSection;
import io.github.cchc.reporting.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc demo}: the main job of the README. On the sample data shipped in {@code
 * examples/data} it reads the sample plan ({@code plans/sample-kh-cchc-2024.docx}), generates the
 * sample dossier export on first run ({@code generated/dossiers-2024.csv}, deterministic), streams
 * it with a progress bar, computes the indicators, evaluates every target of the plan — those on
 * its tasks with the sample task progress ({@code tasks/sample-kh-cchc-2024-tien-do.csv}), those on
 * published figures with the sample measures ({@code measures/sample-chi-so-cong-bo.csv},
 * illustrative figures) — writes the report in every format into {@code --out} and prints a summary
 * table and the elapsed time.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: on the shipped sample data, read the plan, stream the dossier export"
          + " (generated on first run), evaluate every target and write the target report and"
          + " the periodic report in every format into --out; prints a summary table and the"
          + " elapsed time.",
    })
final class DemoCommand implements Callable<Integer> {
  /** The sample plan, under {@code <data>/plans}. */
  static final String PLAN = "sample-kh-cchc-2024.docx";

  /** The sample task progress of the plan, under {@code <data>/tasks}. */
  static final String TASKS = "sample-kh-cchc-2024-tien-do.csv";

  /**
   * The sample published figures (illustrative, not published ones), under {@code <data>/measures}.
   */
  static final String MEASURES = "sample-chi-so-cong-bo.csv";

  /** The sample document profile of the demo's issuer, under {@code <data>/profiles}. */
  static final String PROFILE = "so-noi-vu-binh-phuoc.json";

  /** The sample texts of the periodic report, under {@code <data>/notes}. */
  static final String NOTES = "bao-cao-dinh-ky-2024.json";

  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final int BAR = 30;

  @Spec CommandSpec spec;

  /** The target report and the periodic report of the last run, for {@link DemoReports}. */
  @Nullable Report targetReport;

  @Nullable Report periodicReport;

  /** The formats written; {@link DemoReports} asks for JSON only, to build the reports quickly. */
  String formats = "html,pdf,docx,xlsx,csv,json";

  @Option(
      names = "--data",
      defaultValue = "examples/data",
      description = "Folder of the sample data (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--out",
      defaultValue = "report",
      description = "Folder the report is written to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--as-of",
      defaultValue = "2025-01-10",
      description =
          "Day of the evaluation and of the report, so that runs repeat (default: ${DEFAULT-VALUE}).")
  String asOf;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Path plan = data.resolve("plans").resolve(PLAN);
    if (!Files.isRegularFile(plan)) {
      throw new InputRejectedException(
          "sample plan not found: "
              + plan.toAbsolutePath()
              + " (run from the project root or give --data)");
    }
    Path dossiers = data.resolve(SampleData.GENERATED).resolve(SampleData.DOSSIERS_FILE);
    if (!Files.isRegularFile(dossiers)) {
      stderr.println("generating the sample dossier export (first run): " + dossiers);
      stderr.flush();
    }
    dossiers = SampleData.ensureDossiers(data);
    long expected = Math.max(1, Files.size(dossiers) / bytesPerRow(dossiers));
    Path tasks = data.resolve("tasks").resolve(TASKS);
    Path measures = data.resolve("measures").resolve(MEASURES);
    Path profile = data.resolve("profiles").resolve(PROFILE);
    for (Path f : new Path[] {tasks, measures, profile}) {
      if (!Files.isRegularFile(f)) {
        throw new InputRejectedException(
            "sample file not found: "
                + f.toAbsolutePath()
                + " (run from the project root or give --data)");
      }
    }

    ReportCommand job = new ReportCommand();
    job.onDossier = progress(stderr, expected);
    CommandLine cli = new CommandLine(job);
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.parseArgs(
        "--plan",
        plan.toString(),
        "--dossiers",
        dossiers.toString(),
        "--period",
        "2024",
        "--as-of",
        asOf,
        "--profile",
        profile.toString(),
        "--out",
        out.toString(),
        "--tasks",
        tasks.toString(),
        "--measures",
        measures.toString(),
        "--format",
        formats);
    // the periodic report is written with the target report's files, at the same time
    job.more = this::periodicReport;
    stdout.println("report files:");
    job.afterRead =
        () -> {
          stderr.print("\r" + " ".repeat(BAR + 40) + "\r");
          stderr.flush();
        };
    int code = job.call();
    targetReport = job.result == null ? null : job.result.report();

    stdout.println();
    stdout.println(summary(Objects.requireNonNull(job.result).achievement().lines()));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    stdout.printf(
        Locale.ROOT, "elapsed: %d.%01d s%n", elapsed.toSeconds(), elapsed.toMillisPart() / 100);
    stdout.flush();
    return code;
  }

  /**
   * The files of the periodic (yearly) report in every format: the reform areas of the plan with
   * the figures of their tasks, the targets, the indicator tables by agency and by procedure of the
   * evaluated targets, the processing statistics, and the texts of {@code notes}.
   */
  private List<Renderings.Job> periodicReport(ReportJob.Result job) {
    TargetAchievementReport achievement = job.achievement();
    TaskProgressSection taskSection = achievement.taskProgress().orElse(null);
    PeriodicNotes notes =
        Files.isRegularFile(data.resolve("notes").resolve(NOTES))
            ? PeriodicNotes.read(data.resolve("notes").resolve(NOTES))
            : new PeriodicNotes(null, null, null);
    // Each reform area with the figures that measure it (its tasks, as they stood), then the text
    // people wrote for it; the plan's tasks are not restated as results.
    Map<String, long[]> counts = new LinkedHashMap<>();
    if (taskSection != null) {
      for (var standing : taskSection.standings()) {
        String area =
            standing.task().area().map(ReformArea::vietnameseName).orElse("Nhiệm vụ khác");
        long[] c = counts.computeIfAbsent(area, a -> new long[3]);
        c[0]++;
        c[1] += standing.isDone() ? 1 : 0;
        c[2] += standing.isOverdue() ? 1 : 0;
      }
    } else {
      for (Task task : job.plan().tasks()) {
        counts
            .computeIfAbsent(
                task.area().map(ReformArea::vietnameseName).orElse("Nhiệm vụ khác"),
                a -> new long[3])[0]++;
      }
    }
    Map<String, String> areas = new LinkedHashMap<>();
    counts.forEach(
        (area, c) ->
            areas.put(
                area,
                "Kế hoạch giao "
                    + c[0]
                    + " nhiệm vụ"
                    + (taskSection != null
                        ? "; đã hoàn thành "
                            + c[1]
                            + ", chưa hoàn thành "
                            + (c[0] - c[1])
                            + (c[2] > 0 ? " (" + c[2] + " chậm tiến độ)" : "")
                        : "")
                    + "."
                    + Optional.ofNullable(notes.areas().get(area)).map(t -> " " + t).orElse("")));
    notes.areas().forEach((area, text) -> areas.putIfAbsent(area, text));
    Report periodic =
        PeriodicReport.builder()
            .header(achievement.header())
            .periodLabel(achievement.periodLabel())
            .plan(achievement.plan())
            .reformAreas(areas)
            .addAllIndicators(achievement.breakdowns())
            .taskProgress(Optional.ofNullable(taskSection))
            .targets(achievement.lines())
            .shortcomings(notes.shortcomings())
            .directions(notes.directions())
            .processing(job.processing().map(ProcessingStatistics::byGroup).orElse(Map.of()))
            .signature(achievement.signature())
            .addressees(achievement.addressees())
            .recipients(achievement.recipients())
            .build()
            .toReport();
    periodicReport = periodic;
    Set<ReportFormat> wanted = new LinkedHashSet<>();
    for (String name : formats.split(",")) {
      wanted.add(ReportFormat.parse(name));
    }
    return Renderings.jobs(periodic, out, "bao-cao-dinh-ky-2024", wanted);
  }

  /** Average bytes per row of the first rows, to turn the file size into an expected row count. */
  private static long bytesPerRow(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      long[] sum = {0, 0};
      lines
          .skip(1)
          .limit(1000)
          .forEach(
              l -> {
                sum[0] += l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
                sum[1]++;
              });
      return sum[1] == 0 ? 1 : Math.max(1, sum[0] / sum[1]);
    }
  }

  private static Consumer<Dossier> progress(PrintWriter err, long expected) {
    long step = Math.max(1, DossierGenerator.DEFAULT_ROWS / 50);
    // both halves of the export are read at once: one count, one writer at a time
    java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
    return d -> {
      long n = count.incrementAndGet();
      if (n % step == 0) {
        int filled = (int) Math.min(BAR, n * BAR / expected);
        synchronized (err) {
          err.print(
              "\rđọc hồ sơ ["
                  + "#".repeat(filled)
                  + " ".repeat(BAR - filled)
                  + "] "
                  + NumberFormat.getIntegerInstance(VI).format(n));
          err.flush();
        }
      }
    };
  }

  /**
   * The table of targets: exact numerator and denominator of the indicator, the rate (rounded down
   * to two digits for display, so it never shows a threshold that was not reached) and the verdict
   * of the exact comparison.
   */
  static String summary(List<TargetLine> lines) {
    NumberFormat count = NumberFormat.getIntegerInstance(VI);
    String row = "%-60s %22s %9s  %s%n";
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, row, "chỉ tiêu", "tử số / mẫu số", "tỷ lệ", "kết quả"));
    for (TargetLine line : lines) {
      String target = line.target();
      if (target.length() > 60) {
        target = target.substring(0, 59) + "…";
      }
      boolean measured = line.denominator() > 0;
      String figures =
          measured
              ? count.format(line.numerator()) + " / " + count.format(line.denominator())
              : line.valueText()
                  .map(v -> v.length() > 22 ? v.substring(0, 21) + "…" : v)
                  .orElse("");
      String rate =
          measured
              ? Percentage.ofFraction(Ratio.of(line.numerator(), line.denominator())).format(2)
              : "";
      s.append(String.format(Locale.ROOT, row, target, figures, rate, line.verdict()));
    }
    return s.toString();
  }
}
