package io.github.cchc.examples.cli;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of the subcommands that evaluate a plan's targets on a dossier export ({@code
 * evaluate}, {@code report}): the plan, the period, its calendar, the indicator definition and the
 * day of the evaluation.
 */
final class PlanPeriodOptions {
  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN",
      description = "The plan: .txt (one paragraph per line), .md, .docx, .doc, .pdf or .html.")
  Path plan;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description = "The period: 2024, 2024-Q3, 2024-H1, 2024-9M, 2024-07.")
  String period;

  @Option(
      names = "--periods",
      defaultValue = "calendar",
      description = "calendar or official (Nghị định 09/2019) periods (default: ${DEFAULT-VALUE}).")
  IndicatorsCommand.Periods periods;

  @Option(
      names = "--definition",
      defaultValue = "provincial",
      description = "provincial or national (default: ${DEFAULT-VALUE}).")
  String definition;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Day of the evaluation (ISO date; default: today, Vietnam time): only what had happened"
              + " by its end counts (dossiers received later are left out, those finished later"
              + " are in progress).")
  @Nullable LocalDate asOf;

  /** The indicator definition asked for. */
  Definition definition() {
    return Definition.parse(definition);
  }

  /** The period, in the calendar asked for. */
  ReportingPeriod period() {
    return periods.calendar().parse(period);
  }

  /** The day of the evaluation: {@code --as-of}, else today in Vietnam. */
  LocalDate day() {
    return asOf != null ? asOf : LocalDate.now(ZoneOffset.ofHours(7));
  }

  /** The day open dossiers are judged on: the end of {@code period} or {@link #day()}, earlier. */
  LocalDate judged(ReportingPeriod period) {
    LocalDate day = day();
    return period.endInclusive().isBefore(day) ? period.endInclusive() : day;
  }

  /**
   * {@code sink} given each dossier as it stood at the end of {@code --as-of} ({@link
   * Dossier#asOf}): what was received later is left out, what finished later is still in progress.
   * Without {@code --as-of}, {@code sink} itself.
   */
  Consumer<Dossier> asOf(Consumer<Dossier> sink) {
    LocalDate day = asOf;
    return day == null ? sink : d -> d.asOf(day).ifPresent(sink);
  }

  /** The plan, read; a missing or unreadable plan is rejected input. */
  Plan readPlan() {
    return PlanFiles.planOption(plan);
  }
}
