package io.github.cchc.examples.cli;

import io.github.cchc.indicators.io.ColumnMapping;
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.model.dossier.Dossier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options shared by the subcommands that read a dossier export. */
final class DossierInput {
  @Option(
      names = "--dossiers",
      required = true,
      paramLabel = "FILE",
      description =
          "Dossier export: CSV (Vietnamese or English headers, ; or ,), JSON Lines (.jsonl),"
              + " or an Excel workbook (.xlsx, .xls; the header row may sit under a title block).")
  Path dossiers;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "Column mapping (properties) for another system's export.")
  @Nullable Path mapping;

  @Option(names = "--strict", description = "Stop at the first rejected row (exit code 1).")
  boolean strict;

  @Option(
      names = "--no-duplicate-check",
      description =
          "Do not check ids for duplicates. Files with more rows than an eighth of the heap holds"
              + " ids for (2 million with -Xmx256m) are checked on disk in constant memory by"
              + " reading them twice; this option saves that pass.")
  boolean noDuplicateCheck;

  @Option(
      names = "--temp-dir",
      paramLabel = "DIR",
      description =
          "Directory for the temporary files of the duplicate check of large files (8 bytes per"
              + " row, deleted at the end; default: java.io.tmpdir).")
  @Nullable Path tempDir;

  /** Reads the export into {@code sink}; a file that cannot be read is rejected input. */
  ReadReport read(Consumer<? super Dossier> sink) {
    if (!Files.isRegularFile(dossiers)) {
      throw new InputRejectedException("--dossiers " + dossiers + ": no such file");
    }
    DossierReader reader = DossierReader.defaults().withDuplicateCheck(!noDuplicateCheck);
    try {
      if (mapping != null) {
        reader = reader.withMapping(ColumnMapping.load(mapping));
      }
    } catch (IOException e) {
      throw new InputRejectedException("--mapping " + mapping + ": " + e.getMessage(), e);
    }
    if (strict) {
      reader = reader.strict();
    }
    if (tempDir != null) {
      if (!Files.isDirectory(tempDir)) {
        throw new InputRejectedException("--temp-dir " + tempDir + ": no such directory");
      }
      reader = reader.withTempDirectory(tempDir);
    }
    try {
      return reader.read(dossiers, sink);
    } catch (DossierReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
  }

  /** Prints the contractual summary and one line per rejected row. */
  static void printSummary(PrintWriter err, ReadReport report) {
    err.println(report.summary());
    for (RejectedRow r : report.rejected()) {
      err.println(r.describe());
    }
    if (report.rejected().size() < report.rejectedCount()) {
      err.println(
          "("
              + (report.rejectedCount() - report.rejected().size())
              + " more rejected rows not listed)");
    }
  }
}
