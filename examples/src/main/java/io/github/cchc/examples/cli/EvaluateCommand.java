package io.github.cchc.examples.cli;

import io.github.cchc.indicators.evaluation.MeasureEvaluator;
import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.TargetEvaluator;
import io.github.cchc.indicators.evaluation.TargetResult;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.Target;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc evaluate}: each target of a plan against the indicators of a dossier export over a
 * period — value, verdict, gap and remaining budget.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate each target of a plan (Kế hoạch: .txt, .md, .docx, .doc, .pdf or .html) on a dossier export over a period:",
      "the indicator value (numerator/denominator), the verdict MET / NOT_MET / NOT_YET, the gap"
          + " in percentage points and the remaining budget (or what is needed to recover).",
      "With --tasks (task progress) and --measures (published figures) the targets on the plan's"
          + " tasks, on published procedures and on the PAR INDEX, SIPAS and their rank are"
          + " measured too.",
      "Text output: one block per target; csv: target,indicator,comparator,threshold,numerator,"
          + "denominator,rate,verdict,gap,remaining_budget,needed (indicator: every indicator"
          + " used, joined by +)."
    })
final class EvaluateCommand implements Callable<Integer> {
  enum Format {
    text,
    csv
  }

  @Spec CommandSpec spec;

  @Mixin DossierInput input;

  @Mixin PlanPeriodOptions plan;

  @Mixin PlanInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    input.validate(); // a usage error before any input is read
    Definition def = plan.definition();
    ReportingPeriod p = plan.period();
    LocalDate day = plan.day();
    LocalDate judged = plan.judged(p);
    Plan read = plan.readPlan();
    PlanInputs.Loaded loaded = inputs.read(read, input.strict);
    TallyAccumulator acc = new TallyAccumulator(Grouping.all(), TallyScope.of(p, judged));
    ReadReport report = input.read(plan.asOf(acc::add));
    Tally tally = acc.toTally();

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.csv) {
      out.println(
          "target,indicator,comparator,threshold,numerator,denominator,rate,verdict,gap,"
              + "remaining_budget,needed");
    } else {
      out.println(
          "Plan "
              + plan.plan.getFileName()
              + ": "
              + read.targets().size()
              + " targets; period "
              + p.label()
              + " ("
              + p.start()
              + " to "
              + p.endInclusive()
              + "), definition "
              + def.id()
              + ", evaluated on "
              + day);
    }
    int n = 0;
    for (Target t : read.targets()) {
      n++;
      Optional<MeasureEvaluator.Input> in = MeasureEvaluator.inputOf(t);
      Optional<TargetResult> other = Optional.empty();
      if (in.orElse(null) == MeasureEvaluator.Input.TASK_PROGRESS && loaded.progress() != null) {
        other = Optional.of(MeasureEvaluator.evaluate(t, loaded.progress(), p, judged));
      } else if (in.orElse(null) == MeasureEvaluator.Input.PUBLISHED_MEASURES
          && loaded.measures() != null) {
        other = Optional.of(MeasureEvaluator.evaluate(t, loaded.measures(), p, judged));
      }
      if (other.isPresent()) {
        TargetResult r = other.get();
        if (format == Format.csv) {
          out.println(
              n
                  + ","
                  + csv(r.indicatorIds())
                  + ","
                  + csv(t.comparator().symbol())
                  + ","
                  + t.value().map(v -> v.toPlainString()).orElse("")
                  + ","
                  + r.numerator().map(BigDecimal::toPlainString).orElse("")
                  + ","
                  + r.denominator().map(BigDecimal::toPlainString).orElse("")
                  + ","
                  + r.rate().map(BigDecimal::toPlainString).orElse("")
                  + ","
                  + r.verdict()
                  + ","
                  + r.gap().map(BigDecimal::toPlainString).orElse("")
                  + ","
                  + r.remainingBudget().stream().mapToObj(String::valueOf).findFirst().orElse("")
                  + ","
                  + r.needed().stream().mapToObj(String::valueOf).findFirst().orElse(""));
        } else {
          out.println(n + ". " + t.text());
          out.println("   " + r.describe());
        }
        continue;
      }
      Optional<String> why = TargetEvaluator.whyNotMeasurable(t, Locale.ENGLISH);
      if (why.isPresent()) {
        if (format == Format.csv) {
          out.println(
              n
                  + ","
                  + csv(String.join("+", t.indicators()))
                  + ","
                  + csv(t.comparator().symbol())
                  + ","
                  + t.value().map(v -> v.toPlainString()).orElse("")
                  + ",,,,NOT_MEASURED,,,");
        } else {
          out.println(n + ". " + t.text());
          out.println("   not measured from dossiers: " + why.get() + hint(in));
        }
        continue;
      }
      TargetEvaluation e = TargetEvaluator.evaluate(t, tally.group(Grouping.ALL), def, p, judged);
      if (format == Format.csv) {
        out.println(
            n
                + ","
                + e.value().indicator().id()
                + ","
                + csv(t.comparator().symbol())
                + ","
                + t.value().orElseThrow().toPlainString()
                + ","
                + e.value().numerator()
                + ","
                + e.value().denominator()
                + ","
                + e.value().percent(4).map(x -> x.toPlainString()).orElse("")
                + ","
                + e.verdict()
                + ","
                + e.gap()
                    .map(g -> g.toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString())
                    .orElse("")
                + ","
                + e.remainingBudget().stream().mapToObj(String::valueOf).findFirst().orElse("")
                + ","
                + e.needed().stream().mapToObj(String::valueOf).findFirst().orElse(""));
      } else {
        out.println(n + ". " + t.text());
        out.println("   " + e.describe(Locale.ENGLISH));
      }
    }
    out.flush();
    err.println(
        "definition: "
            + def.id()
            + "; period: "
            + p.label()
            + " "
            + p.range()
            + "; open dossiers judged on "
            + judged
            + (tally.outsidePeriod() > 0
                ? "; " + tally.outsidePeriod() + " accepted rows received outside the period"
                : ""));
    DossierInput.printSummary(err, report);
    PlanInputs.printSummaries(err, loaded);
    return Cchc.OK;
  }

  /** Which option would measure a target that dossiers do not. */
  static String hint(Optional<MeasureEvaluator.Input> in) {
    if (in.isEmpty()) {
      return "";
    }
    switch (in.get()) {
      case TASK_PROGRESS:
        return " (give --tasks FILE: task progress)";
      case PUBLISHED_MEASURES:
        return " (give --measures FILE: published figures)";
      default:
        return "";
    }
  }

  private static String csv(String s) {
    return IndicatorsCommand.csv(s);
  }
}
