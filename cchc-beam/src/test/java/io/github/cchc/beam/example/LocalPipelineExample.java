package io.github.cchc.beam.example;

import io.github.cchc.beam.ComputeIndicators;
import io.github.cchc.beam.ExportIndicators;
import io.github.cchc.beam.IndicatorRow;
import io.github.cchc.beam.SampleExport;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Runs the indicators pipeline locally on the DirectRunner, and the single-machine path on the same
 * export, and prints both times.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl cchc-beam -am install -DskipTests
 * ./mvnw -B -ntp -q -pl cchc-beam exec:java -Dexec.args="200000 target/beam-example"
 * </pre>
 *
 * <p>Arguments: the number of rows of the generated sample export (default 200 000, written as 4
 * shuffled shards), or the file pattern of a real export; then the output folder (default {@code
 * target/beam-example}), which receives {@code indicators.csv} and {@code rejected.txt}.
 */
public final class LocalPipelineExample {
  private LocalPipelineExample() {}

  /**
   * Runs the example.
   *
   * @param args rows or file pattern, output folder
   * @throws IOException if the sample cannot be written
   */
  public static void main(String[] args) throws IOException {
    String first = args.length > 0 ? args[0] : "200000";
    Path out = Path.of(args.length > 1 ? args[1] : "target/beam-example");
    Files.createDirectories(out);
    String pattern;
    if (first.chars().allMatch(Character::isDigit)) {
      int rows = Integer.parseInt(first);
      Path export = out.resolve("export");
      Files.createDirectories(export);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(export, "ho-so-*.csv")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
      SampleExport.writeShuffledShards(
          export, "ho-so-2024", SampleExport.records(20_241_231L, rows), 4, 7L);
      pattern = export.resolve("ho-so-2024-*.csv").toString();
      System.out.printf("sample export: %,d rows in 4 shards, %s%n", rows, pattern);
    } else {
      pattern = first;
    }
    LocalDate asOf = LocalDate.of(2024, 12, 31);

    // One machine, one thread: the core reader into one accumulator (once to warm up, then timed).
    singleMachine(pattern, asOf);
    long t0 = System.nanoTime();
    long c0 = cpu();
    TallyAccumulator acc = singleMachine(pattern, asOf);
    List<IndicatorRow> single =
        IndicatorRow.fromTally(acc.toTally(), Definition.PROVINCIAL, List.of(Indicator.values()));
    long t1 = System.nanoTime();
    long c1 = cpu();
    ReadReport report = lastReport;
    long rowsRead = report == null ? 0 : report.rowsRead();
    print("single machine", rowsRead, t1 - t0, c1 - c0);
    System.out.printf(
        "  %,d accepted, %,d rejected, %,d indicator rows%n",
        report == null ? 0 : report.accepted(),
        report == null ? 0 : report.rejectedCount(),
        single.size());

    // The same computation as a Beam pipeline on the in-process DirectRunner.
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    options.setEnforceImmutability(false);
    options.setEnforceEncodability(false);
    Pipeline p = Pipeline.create(options);
    PCollectionTuple result = p.apply(ExportIndicators.from(pattern, asOf));
    result
        .get(ExportIndicators.INDICATORS)
        .apply("To CSV", MapElements.into(TypeDescriptors.strings()).via(IndicatorRow::toCsv))
        .apply(
            "Write indicators",
            TextIO.write()
                .to(out.resolve("indicators").toString())
                .withSuffix(".csv")
                .withoutSharding()
                .withHeader("unit;procedure;period;indicator;definition;numerator;denominator"));
    result
        .get(ExportIndicators.REJECTED)
        .apply("To text", MapElements.into(TypeDescriptors.strings()).via(Object::toString))
        .apply(
            "Write rejected",
            TextIO.write()
                .to(out.resolve("rejected").toString())
                .withSuffix(".txt")
                .withoutSharding());
    long t2 = System.nanoTime();
    long c2 = cpu();
    p.run().waitUntilFinish();
    long t3 = System.nanoTime();
    long c3 = cpu();
    print("DirectRunner", rowsRead, t3 - t2, c3 - c2);
    List<String> written = Files.readAllLines(out.resolve("indicators.csv"));
    List<String> beam = new ArrayList<>(written.subList(1, written.size()));
    List<String> expected = new ArrayList<>();
    single.forEach(r -> expected.add(r.toCsv()));
    beam.sort(null);
    expected.sort(null);
    System.out.printf(
        "  wrote %s (%,d rows, the same as the single machine: %s) and %s (%,d rows)%n",
        out.resolve("indicators.csv"),
        beam.size(),
        beam.equals(expected),
        out.resolve("rejected.txt"),
        Files.readAllLines(out.resolve("rejected.txt")).size());
  }

  private static ReadReport lastReport;

  private static TallyAccumulator singleMachine(String pattern, LocalDate asOf) throws IOException {
    TallyAccumulator acc =
        new TallyAccumulator(ComputeIndicators.grouping(Grouping.month()), TallyScope.all(asOf));
    ReadReport report = null;
    for (Path f : files(pattern)) {
      ReadReport r = DossierReader.defaults().read(f, acc::add);
      report = report == null ? r : report.plus(r);
    }
    lastReport = report;
    return acc;
  }

  /** The CPU time of the whole process (all threads), nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<Path> files(String pattern) throws IOException {
    Path glob = Path.of(pattern);
    Path dir = glob.getParent() == null ? Path.of(".") : glob.getParent();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob.getFileName().toString())) {
      s.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  private static void print(String what, long rows, long nanos, long cpuNanos) {
    double seconds = nanos / 1e9;
    double cpu = cpuNanos / 1e9;
    System.out.printf(
        "%-15s %,d rows in %.2f s: %,.0f rows/s (process CPU %.2f s: %,.0f rows per CPU-second)%n",
        what, rows, seconds, rows / seconds, cpu, rows / cpu);
  }
}
