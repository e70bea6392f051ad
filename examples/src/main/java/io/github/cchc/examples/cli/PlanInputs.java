package io.github.cchc.examples.cli;

import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.PublishedMeasureReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.io.TaskProgressReader;
import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasures;
import io.github.cchc.indicators.progress.PlanProgress;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.reporting.ReportJob;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of the subcommands that measure a plan's targets beyond dossiers ({@code evaluate},
 * {@code report}, {@code demo}): the task progress file and the published measures file.
 */
final class PlanInputs {
  @Option(
      names = "--tasks",
      paramLabel = "FILE",
      description =
          "Task progress (CSV: task,status,completed_on,note): measures tasks_done and"
              + " tasks_on_time targets.")
  @Nullable Path tasks;

  @Option(
      names = "--measures",
      paramLabel = "FILE",
      description =
          "Published figures (CSV: indicator,period,value,out_of,source): measures"
              + " procedures_published, par_index, sipas, par_index_rank and other targets.")
  @Nullable Path measures;

  /** What was read: the progress and figures (when given) and one read report per file. */
  record Loaded(
      @Nullable PlanProgress progress, @Nullable PublishedMeasures measures, List<Named> reports) {}

  /** A read report with the option it came from. */
  record Named(String what, ReadReport report) {}

  /**
   * Reads the files given; a file that cannot be read, or a rejected row in strict mode, is
   * rejected input.
   */
  Loaded read(Plan plan, boolean strict) {
    List<Named> reports = new ArrayList<>();
    PlanProgress progress = null;
    PublishedMeasures figures = null;
    if (tasks != null) {
      List<TaskProgress> rows = new ArrayList<>();
      TaskProgressReader reader = TaskProgressReader.forPlan(plan);
      reports.add(
          new Named("tasks", read("--tasks", tasks, strict ? reader.strict() : reader, rows)));
      progress = PlanProgress.of(plan, rows);
    }
    if (measures != null) {
      List<PublishedMeasure> rows = new ArrayList<>();
      PublishedMeasureReader reader = PublishedMeasureReader.defaults();
      if (strict) {
        reader = reader.strict();
      }
      if (!Files.isRegularFile(measures)) {
        throw new InputRejectedException("--measures " + measures + ": no such file");
      }
      try {
        reports.add(new Named("measures", reader.read(measures, rows::add)));
      } catch (DossierReadException e) {
        throw new InputRejectedException(e.getMessage(), e);
      }
      figures = PublishedMeasures.of(rows);
    }
    return new Loaded(progress, figures, reports);
  }

  /**
   * {@code job} measuring the plan's targets on the files given; a file that does not exist is
   * rejected input.
   */
  ReportJob applyTo(ReportJob job) {
    ReportJob configured = job;
    if (tasks != null) {
      if (!Files.isRegularFile(tasks)) {
        throw new InputRejectedException("--tasks " + tasks + ": no such file");
      }
      configured = configured.withTasks(tasks);
    }
    if (measures != null) {
      if (!Files.isRegularFile(measures)) {
        throw new InputRejectedException("--measures " + measures + ": no such file");
      }
      configured = configured.withMeasures(measures);
    }
    return configured;
  }

  /** Prints the summaries of the task and figure files {@code result} read, as for a load. */
  void printSummaries(PrintWriter err, ReportJob.Result result) {
    List<Named> reports = new ArrayList<>();
    int i = 0;
    if (tasks != null) {
      reports.add(new Named("tasks", result.inputs().get(i++)));
    }
    if (measures != null) {
      reports.add(new Named("measures", result.inputs().get(i)));
    }
    printSummaries(err, new Loaded(result.progress().orElse(null), null, List.copyOf(reports)));
  }

  private static ReadReport read(
      String option, Path file, TaskProgressReader reader, List<TaskProgress> rows) {
    if (!Files.isRegularFile(file)) {
      throw new InputRejectedException(option + " " + file + ": no such file");
    }
    try {
      return reader.read(file, rows::add);
    } catch (DossierReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
  }

  /** Prints "tasks FILE: read N rows: ..." and one line per rejected row, for each file read. */
  static void printSummaries(PrintWriter err, Loaded loaded) {
    for (Named n : loaded.reports()) {
      err.println(n.what() + " " + n.report().file() + ": " + n.report().summary());
      for (RejectedRow r : n.report().rejected()) {
        err.println(r.describe());
      }
    }
    if (loaded.progress() != null && !loaded.progress().unreported().isEmpty()) {
      List<String> numbers = new ArrayList<>();
      loaded.progress().unreported().forEach(t -> numbers.add(t.number().orElse("(no number)")));
      err.println(
          "tasks without a progress row (counted as not started): " + String.join(", ", numbers));
    }
  }
}
