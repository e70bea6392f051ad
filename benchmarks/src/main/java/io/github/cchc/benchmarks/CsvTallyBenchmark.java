package io.github.cchc.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A realistic 1 M-row dossier export (Vietnamese headers, {@code dd/MM/yyyy HH:mm} dates, about 200
 * MB, generated deterministically in the setup) read into a tally by agency with {@link
 * DossierReader}, against FastCSV's bare read of the same file (every field of every record, no
 * conversion) — the limit. Seconds per file; MB/s = file size / score (the setup prints the size).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CsvTallyBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class CsvTallyBenchmark {
  static final int ROWS = 1_000_000;

  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("cchc-bench");
    file = dir.resolve("ho-so-1m.csv");
    DossierExports.write(file, ROWS, 2024);
    System.err.printf("%n%s: %d rows, %.1f MB%n", file, ROWS, Files.size(file) / 1e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public long baselineFastCsvBareRead(Blackhole bh) throws IOException {
    long fields = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      for (CsvRecord r : csv) {
        for (int i = 0; i < r.getFieldCount(); i++) {
          bh.consume(r.getField(i));
        }
        fields += r.getFieldCount();
      }
    }
    return fields;
  }

  @Benchmark
  public Tally csvToTally() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)));
    ReadReport report = DossierReader.defaults().read(file, acc::add);
    if (report.accepted() != ROWS) {
      throw new IllegalStateException(report.summary());
    }
    return acc.toTally();
  }

  /**
   * With the duplicate check on disk, as for a file of more than 4 M rows: a first pass hashes the
   * ids into temporary files, the second converts and tallies.
   */
  @Benchmark
  public Tally csvToTallyDuplicateCheckOnDisk() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)));
    ReadReport report =
        DossierReader.defaults()
            .withDuplicateSpillThreshold(0)
            .withTempDirectory(dir)
            .read(file, acc::add);
    if (report.accepted() != ROWS) {
      throw new IllegalStateException(report.summary());
    }
    return acc.toTally();
  }

  /**
   * The same read in two halves on two threads ({@link DossierReader#readInParallel}), a tally
   * each, merged: what {@code cchc indicators} does.
   */
  @Benchmark
  public Tally csvToTallyInParallel() {
    TallyScope scope = TallyScope.all(LocalDate.of(2024, 12, 31));
    TallyAccumulator acc = new TallyAccumulator(Grouping.agency(), scope);
    ReadReport report =
        DossierReader.defaults()
            .readInParallel(
                file,
                () -> new Half(new TallyAccumulator(Grouping.agency(), scope)),
                h -> acc.merge(h.acc));
    if (report.accepted() != ROWS) {
      throw new IllegalStateException(report.summary());
    }
    return acc.toTally();
  }

  /** The sink of one half. */
  static final class Half
      implements java.util.function.Consumer<io.github.cchc.model.dossier.Dossier> {
    final TallyAccumulator acc;

    Half(TallyAccumulator acc) {
      this.acc = acc;
    }

    @Override
    public void accept(io.github.cchc.model.dossier.Dossier d) {
      acc.add(d);
    }
  }

  @Benchmark
  public Tally csvToTallyNoDuplicateCheck() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)));
    DossierReader.defaults().withDuplicateCheck(false).read(file, acc::add);
    return acc.toTally();
  }
}
