package io.github.cchc.examples.cli;

import io.github.cchc.indicators.io.ColumnMapping;
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.reporting.ReportJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options shared by the subcommands that read dossiers: an export file ({@code --dossiers}) or
 * a database query ({@code --jdbc URL --query SQL}), exactly one of them.
 */
final class DossierInput {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--dossiers",
      paramLabel = "FILE",
      description =
          "Dossier export: CSV (Vietnamese or English headers, ; or ,), JSON Lines (.jsonl),"
              + " or an Excel workbook (.xlsx, .xls; the header row may sit under a title block).")
  @Nullable Path dossiers;

  @Option(
      names = "--jdbc",
      paramLabel = "URL",
      description =
          "Read the dossiers from a database instead of --dossiers: a JDBC URL"
              + " (jdbc:postgresql://host:5432/db; the PostgreSQL driver is in the jar, others go"
              + " on the class path).")
  @Nullable String jdbc;

  @Option(
      names = "--query",
      paramLabel = "SQL",
      description =
          "With --jdbc: the query whose rows are the dossiers; its column labels are the headers"
              + " (or as --mapping says).")
  @Nullable String query;

  @Option(names = "--user", paramLabel = "USER", description = "With --jdbc: the database user.")
  @Nullable String user;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description =
          "With --jdbc: the environment variable that holds the password (never on the command"
              + " line).")
  @Nullable String passwordEnv;

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
    return read(
        (reader, file) -> reader.read(file, sink),
        (reader, source) -> reader.readJdbc(source, query, sink));
  }

  /**
   * Reads the export as {@link #read(Consumer)} does, a large CSV file in two halves on two threads
   * ({@link DossierReader#readInParallel}): each half into a sink of its own, which {@code
   * finished} receives in file order after the read.
   */
  <S extends Consumer<? super Dossier>> ReadReport readInParallel(
      java.util.function.Supplier<? extends S> newSink, Consumer<? super S> finished) {
    return read(
        (reader, file) -> reader.readInParallel(file, newSink, finished),
        (reader, source) -> {
          S sink = newSink.get();
          ReadReport report = reader.readJdbc(source, query, sink);
          finished.accept(sink);
          return report;
        });
  }

  /**
   * {@code job} reading the dossiers these options name, with the reader they configure; a file
   * that does not exist or a mapping that cannot be read is rejected input.
   */
  ReportJob applyTo(ReportJob job) {
    Path file = checkedFile();
    ReportJob configured = job.withReader(reader());
    if (strict) {
      configured = configured.strict();
    }
    if (file != null) {
      return configured.withDossiers(file);
    }
    return configured.withDossiers(dataSource(), java.util.Objects.requireNonNull(query));
  }

  /**
   * Checks the options ({@link #validate()}) and that {@code --dossiers} names a file.
   *
   * @return the file, or null when the dossiers come from a database
   */
  private @Nullable Path checkedFile() {
    validate();
    Path file = dossiers;
    if (file != null && !Files.isRegularFile(file)) {
      throw new InputRejectedException("--dossiers " + file + ": no such file");
    }
    return file;
  }

  /** The reader these options configure (without strictness); a bad mapping is rejected input. */
  private DossierReader reader() {
    DossierReader reader = DossierReader.defaults().withDuplicateCheck(!noDuplicateCheck);
    try {
      if (mapping != null) {
        reader = reader.withMapping(ColumnMapping.load(mapping));
      }
    } catch (IOException e) {
      throw new InputRejectedException("--mapping " + mapping + ": " + e.getMessage(), e);
    }
    if (tempDir != null) {
      if (!Files.isDirectory(tempDir)) {
        throw new InputRejectedException("--temp-dir " + tempDir + ": no such directory");
      }
      reader = reader.withTempDirectory(tempDir);
    }
    return reader;
  }

  private ReadReport read(
      java.util.function.BiFunction<DossierReader, Path, ReadReport> fromFile,
      java.util.function.BiFunction<DossierReader, javax.sql.DataSource, ReadReport> fromDb) {
    Path file = checkedFile();
    DossierReader reader = reader();
    if (strict) {
      reader = reader.strict();
    }
    try {
      if (file != null) {
        return fromFile.apply(reader, file);
      }
      return fromDb.apply(reader, dataSource());
    } catch (DossierReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
  }

  /**
   * Exactly one source; the database options only with --jdbc.
   *
   * @throws ParameterException otherwise (a usage error)
   */
  void validate() {
    if ((dossiers == null) == (jdbc == null)) {
      throw new ParameterException(
          spec.commandLine(),
          dossiers == null
              ? "Missing required option: '--dossiers=FILE' (or --jdbc URL --query SQL)"
              : "--dossiers and --jdbc are mutually exclusive: give one");
    }
    if (jdbc != null && (query == null || query.isBlank())) {
      throw new ParameterException(spec.commandLine(), "--jdbc needs --query SQL");
    }
    if (jdbc == null && (query != null || user != null || passwordEnv != null)) {
      throw new ParameterException(
          spec.commandLine(), "--query, --user and --password-env go with --jdbc");
    }
  }

  private DataSource dataSource() {
    String password = null;
    if (passwordEnv != null) {
      password = System.getenv(passwordEnv);
      if (password == null) {
        throw new InputRejectedException(
            "--password-env " + passwordEnv + ": no such environment variable");
      }
    }
    return new DriverManagerSource(jdbc, user, password);
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
