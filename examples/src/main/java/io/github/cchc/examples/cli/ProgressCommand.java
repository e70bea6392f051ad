package io.github.cchc.examples.cli;

import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.io.TaskProgressReader;
import io.github.cchc.indicators.progress.PlanProgress;
import io.github.cchc.indicators.progress.TaskCount;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskStanding;
import io.github.cchc.indicators.progress.TaskStatus;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc progress}: the tasks of a plan with their status and lateness as of a day, grouped by
 * lead unit, and the overdue ones (danh sách nhiệm vụ chậm tiến độ).
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Print the tasks of a plan (Kế hoạch: .txt, .md, .docx, .doc, .pdf or .html) with their status and lateness as of a"
          + " day, grouped by lead unit (chủ trì), then the overdue tasks (danh sách nhiệm vụ chậm"
          + " tiến độ) and tasks_done / tasks_on_time over the plan's year.",
      "A task is due on the day its deadline gives (the last day of a month, quarter or year;"
          + " 31/12 for \"thường xuyên\", recurring and unread deadlines; the 15th of December"
          + " for \"trước ngày 15 hằng tháng\"); it is overdue when not done and that day has"
          + " passed.",
      "csv: lead,task,content,deadline,due_on,status,completed_on,days_late,overdue."
    })
final class ProgressCommand implements Callable<Integer> {
  enum Format {
    text,
    csv
  }

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Spec CommandSpec spec;

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN",
      description = "The plan: .txt (one paragraph per line), .md, .docx, .doc, .pdf or .html.")
  Path plan;

  @Option(
      names = "--tasks",
      required = true,
      paramLabel = "FILE",
      description = "Task progress (CSV: task,status,completed_on,note).")
  Path tasks;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Day of the look (ISO date; default: today, Vietnam time).")
  @Nullable LocalDate asOf;

  @Option(names = "--strict", description = "Stop at the first rejected row (exit code 1).")
  boolean strict;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.ofHours(7));
    Plan read = PlanFiles.planOption(plan);
    if (!Files.isRegularFile(tasks)) {
      throw new InputRejectedException("--tasks " + tasks + ": no such file");
    }
    List<TaskProgress> rows = new ArrayList<>();
    TaskProgressReader reader = TaskProgressReader.forPlan(read);
    ReadReport report;
    try {
      report = (strict ? reader.strict() : reader).read(tasks, rows::add);
    } catch (DossierReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    PlanProgress progress = PlanProgress.of(read, rows);
    LocalDateRange year = progress.planYearRange(day);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, List<TaskStanding>> byLead = progress.byLead(year, day);
    if (format == Format.csv) {
      out.println("lead,task,content,deadline,due_on,status,completed_on,days_late,overdue");
      for (List<TaskStanding> list : byLead.values()) {
        for (TaskStanding s : list) {
          out.println(
              String.join(
                  ",",
                  csv(s.lead()),
                  csv(s.number()),
                  csv(s.task().content()),
                  csv(deadline(s)),
                  s.dueOn().map(LocalDate::toString).orElse(""),
                  s.status().name(),
                  s.progress()
                      .flatMap(TaskProgress::completedOn)
                      .map(LocalDate::toString)
                      .orElse(""),
                  String.valueOf(s.daysLate()),
                  String.valueOf(s.isOverdue())));
        }
      }
    } else {
      out.println(
          "Plan "
              + plan.getFileName()
              + ": "
              + read.tasks().size()
              + " tasks"
              + read.year().stream().mapToObj(y -> " for " + y).findFirst().orElse("")
              + "; progress as of "
              + DMY.format(day));
      for (Map.Entry<String, List<TaskStanding>> e : byLead.entrySet()) {
        out.println();
        out.println(e.getKey());
        for (TaskStanding s : e.getValue()) {
          out.println("  " + s.number() + ". " + s.task().content());
          out.println("     " + line(s));
        }
      }
      List<TaskStanding> overdue = progress.overdue(year, day);
      out.println();
      out.println(
          "Overdue tasks (danh sách nhiệm vụ chậm tiến độ) as of "
              + DMY.format(day)
              + ": "
              + overdue.size());
      for (TaskStanding s : overdue) {
        out.println(
            "  "
                + s.number()
                + ". "
                + s.lead()
                + ": "
                + s.task().content()
                + " (thời hạn "
                + deadline(s)
                + ", quá hạn "
                + s.daysLate()
                + " ngày)");
      }
      TaskCount done = progress.count(Target.TASKS_DONE, year, day);
      TaskCount onTime = progress.count(Target.TASKS_ON_TIME, year, day);
      out.println();
      out.println(
          "tasks_done "
              + done.numerator()
              + "/"
              + done.denominator()
              + ", tasks_on_time "
              + onTime.numerator()
              + "/"
              + onTime.denominator()
              + " (tasks due in "
              + year.getStart().getYear()
              + ")");
    }
    out.flush();
    err.println(report.summary());
    for (RejectedRow r : report.rejected()) {
      err.println(r.describe());
    }
    if (!progress.unreported().isEmpty()) {
      List<String> numbers = new ArrayList<>();
      progress.unreported().forEach(t -> numbers.add(t.number().orElse("(no number)")));
      err.println(
          "tasks without a progress row (counted as not started): " + String.join(", ", numbers));
    }
    return Cchc.OK;
  }

  /** "Hoàn thành 15/10/2024 — thời hạn quý III/2024 (30/09/2024), trễ 15 ngày". */
  private static String line(TaskStanding s) {
    StringBuilder b = new StringBuilder(s.status().vietnamese());
    s.progress()
        .flatMap(TaskProgress::completedOn)
        .ifPresent(d -> b.append(' ').append(DMY.format(d)));
    if (!s.isReported()) {
      b.append(" (chưa có dòng tiến độ)");
    }
    b.append(" — thời hạn ").append(deadline(s));
    s.dueOn().ifPresent(d -> b.append(" (").append(DMY.format(d)).append(')'));
    if (s.dueOn().isEmpty()) {
      b.append(", không đến hạn trong năm của kế hoạch");
    } else if (s.isDone()) {
      b.append(s.isOnTime() ? ", đúng hạn" : ", trễ " + s.daysLate() + " ngày");
    } else if (s.isOverdue()) {
      b.append(", quá hạn ").append(s.daysLate()).append(" ngày");
    } else if (s.status() == TaskStatus.DONE) {
      b.append(", hoàn thành sau ngày tính tiến độ ").append(DMY.format(s.asOf()));
    } else {
      b.append(", trong hạn");
    }
    s.progress().flatMap(TaskProgress::note).ifPresent(n -> b.append("; ").append(n));
    return b.toString();
  }

  private static String deadline(TaskStanding s) {
    return s.task()
        .assignment()
        .deadline()
        .map(Object::toString)
        .or(() -> s.task().assignment().deadlineText())
        .orElse("không ghi");
  }

  private static String csv(String s) {
    return IndicatorsCommand.csv(s);
  }
}
