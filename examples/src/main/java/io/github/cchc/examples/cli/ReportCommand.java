package io.github.cchc.examples.cli;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.ReportJob;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.model.InvalidProfileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
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
      "Write the report of a plan's targets (Kế hoạch: .txt, .md, .docx, .doc, .pdf or .html) measured on a dossier export"
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
   * Called with every dossier counted before it is tallied; the main job shows progress. Called
   * from the reading threads (two for a large CSV export): it must be thread-safe.
   */
  Consumer<? super Dossier> onDossier = d -> {};

  /** Called once the inputs are read, before anything is written (the main job ends its bar). */
  Runnable afterRead = () -> {};

  /** What the last run computed, for callers that build more (the demo's periodic report). */
  ReportJob.@Nullable Result result;

  /**
   * More files to write with the report's, at the same time, from what the run computed (the demo's
   * periodic report); their paths are printed after the report's.
   */
  Function<ReportJob.Result, List<Renderings.Job>> more = r -> List.of();

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
    DocumentProfile documentProfile = readProfile();
    Plan read = plan.readPlan();
    // without --as-of every dossier counts as exported and the report is dated today
    ReportJob job = ReportJob.of(read, p).withDefinition(def).withDossierListener(onDossier);
    if (plan.asOf != null) {
      job = job.withAsOf(plan.asOf);
    }
    if (documentProfile != null) {
      job = job.withProfile(documentProfile);
    }
    if (issuer != null) {
      job = job.withIssuer(issuer);
    }
    if (place != null) {
      job = job.withPlace(place);
    }
    job = inputs.applyTo(input.applyTo(job));
    ReportJob.Result r;
    try {
      r = job.run();
    } catch (DossierReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    result = r;
    afterRead.run();

    Files.createDirectories(out);
    String base = "bao-cao-" + p.label().toLowerCase(Locale.ROOT);
    PrintWriter stdout = spec.commandLine().getOut();
    List<Renderings.Job> files = new ArrayList<>(Renderings.jobs(r.report(), out, base, wanted));
    files.addAll(more.apply(r));
    for (Path file : Renderings.write(files)) {
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
    DossierInput.printSummary(err, r.dossiers());
    inputs.printSummaries(err, r);
    return Cchc.OK;
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
}
