package io.github.cchc.examples.cli;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.GenerationSummary;
import io.github.cchc.examples.data.SampleData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc sample-data}: writes the synthetic dossier export of the examples (deterministic: the
 * same seed and row count give the same bytes) and prints what it holds.
 */
@Command(
    name = "sample-data",
    mixinStandardHelpOptions = true,
    description = {
      "Write the sample dossier export (one province, 2024) deterministically from a seed,",
      "then print its true counts per agency (Markdown table) and the time taken."
    })
final class SampleDataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  enum Format {
    csv,
    xlsx
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "File to write (default: examples/data/"
              + SampleData.GENERATED
              + "/dossiers-2024.csv, or .xlsx with --format xlsx).")
  Path out;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description =
          "csv, or xlsx: the same rows as an Excel workbook under a title block, dates as date"
              + " cells (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--rows",
      defaultValue = "" + DossierGenerator.DEFAULT_ROWS,
      description = "Number of dossier rows (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(
      names = "--seed",
      defaultValue = "" + DossierGenerator.DEFAULT_SEED,
      description = "Seed (default: ${DEFAULT-VALUE}, the shipped sample).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (rows < 1) {
      throw new InputRejectedException("--rows must be at least 1, got " + rows);
    }
    if (out == null) {
      out =
          Path.of(
              "examples/data",
              SampleData.GENERATED,
              format == Format.xlsx ? "dossiers-2024.xlsx" : SampleData.DOSSIERS_FILE);
    } else if ((format == Format.xlsx)
        != out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--out " + out + ": the name must end with ." + format + " to match --format " + format);
    }
    long start = System.nanoTime();
    GenerationSummary summary = SampleData.generate(out, rows, seed);
    long millis = (System.nanoTime() - start) / 1_000_000;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(summary.toMarkdown());
    stdout.flush();
    PrintWriter stderr = spec.commandLine().getErr();
    stderr.printf(
        "wrote %s: %d rows (%d deliberately bad), %d bytes in %d ms%n",
        out, rows, summary.badRows(), Files.size(out), millis);
    return Cchc.OK;
  }
}
