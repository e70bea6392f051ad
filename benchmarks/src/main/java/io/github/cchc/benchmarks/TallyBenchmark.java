package io.github.cchc.benchmarks;

import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.tally.DossierColumns;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.OnlineLevel;
import io.github.cchc.model.dossier.OnlinePayment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tallying in-memory dossiers: dossiers per second (the score is per dossier, thanks to {@code
 * OperationsPerInvocation}) of {@link TallyAccumulator} by agency on one thread, of {@link
 * Tally#collector} on a parallel stream, of the same dossiers kept as {@link DossierColumns} (one
 * thread and every core), against the baseline {@code Stream.collect(groupingBy(agency,
 * counting()))} — which counts one number per agency where the tally fills 26 counters.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TallyBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * java -jar benchmarks/target/benchmarks.jar 'TallyBenchmark.(tallyOneThread|floor.*)' -p source=read
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class TallyBenchmark {
  static final int N = 1_000_000;

  @Param({"agency"})
  public String grouping;

  /**
   * Where the dossiers come from: {@code read} from a generated one-million-row export by {@link
   * DossierReader}, as users get them (agency and procedure labels shared as the reader shares
   * them); {@code built} by the builder, every procedure code its own string (more memory between
   * one dossier and the next).
   */
  @Param({"read", "built"})
  public String source;

  private List<Dossier> dossiers;
  private Dossier[] array;
  private TallyScope scope;
  private DossierColumns columns;

  @Setup
  public void setUp() throws IOException {
    List<Dossier> list = "read".equals(source) ? read() : built();
    dossiers = list;
    array = list.toArray(new Dossier[0]);
    scope = TallyScope.of(ReportingCalendar.calendar().year(2024), LocalDate.of(2024, 12, 31));
    columns = DossierColumns.of(grouping(), list);
  }

  private static List<Dossier> read() throws IOException {
    Path file = Files.createTempFile("tally-benchmark", ".csv");
    try {
      DossierExports.write(file, N, 7);
      List<Dossier> list = new ArrayList<>(N);
      DossierReader.defaults().read(file, list::add);
      return list;
    } finally {
      Files.delete(file);
    }
  }

  private static List<Dossier> built() {
    Random r = new Random(7);
    List<Dossier> list = new ArrayList<>(N);
    String[] agencies = new String[40];
    for (int i = 0; i < agencies.length; i++) {
      agencies[i] = DossierExports.agency(i);
    }
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 7, 30);
    for (int i = 0; i < N; i++) {
      LocalDateTime received = start.plusMinutes(r.nextInt(366 * 24 * 60));
      int channel = r.nextInt(10);
      var b =
          Dossier.builder()
              .id("H10-" + i)
              .procedureCode("1.00" + (1000 + r.nextInt(300)))
              .agency(agencies[r.nextInt(agencies.length)])
              .channel(channel < 5 ? Channel.DIRECT : channel < 9 ? Channel.ONLINE : Channel.POSTAL)
              .onlineLevel(channel >= 5 && channel < 7 ? OnlineLevel.FULL : OnlineLevel.NONE)
              .received(received)
              .due(received.plusDays(1 + r.nextInt(20)))
              .onlinePayment(OnlinePayment.values()[r.nextInt(3)])
              .inputDigitised(r.nextBoolean())
              .resultDigitised(r.nextBoolean());
      if (r.nextInt(10) < 9) {
        b.finished(received.plusHours(1 + r.nextInt(24 * 21)));
      }
      list.add(b.build());
    }
    return list;
  }

  private Grouping grouping() {
    return "month".equals(grouping) ? Grouping.month() : Grouping.agency();
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public Tally tallyOneThread() {
    TallyAccumulator acc = new TallyAccumulator(grouping(), scope);
    for (Dossier d : array) {
      acc.add(d);
    }
    return acc.toTally();
  }

  /** The same dossiers kept as {@link DossierColumns}, one thread. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Tally tallyColumnsOneThread() {
    return columns.tally(scope);
  }

  /** The same dossiers kept as {@link DossierColumns}, every core. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Tally tallyColumnsParallel() {
    return columns.parallelTally(scope);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public Tally tallyParallelStream() {
    return dossiers.parallelStream().collect(Tally.collector(grouping(), scope));
  }

  /**
   * The floor of any tally of these objects: read one int of each dossier. On a loaded machine it
   * shows how much of the time is memory, not counting.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long floorReadOneIntPerDossier() {
    long s = 0;
    for (Dossier d : array) {
      s += d.flagBits();
    }
    return s;
  }

  /**
   * The floor of a tally of these objects by agency: read what a tally reads of each dossier (day
   * received, flags, agency) and count by agency identity in a 64-entry table, no flag counters.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long floorReadFieldsAndCountByAgency() {
    String[] keys = new String[64];
    long[] counts = new long[64];
    long s = 0;
    for (Dossier d : array) {
      s += d.receivedEpochDay() + d.flagBits();
      String a = d.agency();
      int i = System.identityHashCode(a) & 63;
      while (keys[i] != null && keys[i] != a) {
        i = (i + 1) & 63;
      }
      keys[i] = a;
      counts[i]++;
    }
    return s + counts[0];
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public Map<String, Long> baselineGroupingByCounting() {
    return dossiers.stream().collect(Collectors.groupingBy(Dossier::agency, Collectors.counting()));
  }
}
