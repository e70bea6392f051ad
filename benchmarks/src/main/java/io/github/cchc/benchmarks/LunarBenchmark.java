package io.github.cchc.benchmarks;

import io.github.cchc.indicators.calendar.VietnameseLunarDate;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Converting solar dates to Vietnamese lunar dates and back (target: under 1 µs), against the cost
 * floor of a plain {@code java.time} conversion of the same dates (epoch day and back).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar LunarBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LunarBenchmark {
  private static final int N = 1024;

  private final LocalDate[] dates = new LocalDate[N];
  private final VietnameseLunarDate[] lunar = new VietnameseLunarDate[N];
  private int i;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    for (int k = 0; k < N; k++) {
      dates[k] = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(109_000));
      lunar[k] = VietnameseLunarDate.from(dates[k]);
    }
  }

  private int next() {
    i = (i + 1) & (N - 1);
    return i;
  }

  /** Solar to lunar. */
  @Benchmark
  public VietnameseLunarDate solarToLunar() {
    return VietnameseLunarDate.from(dates[next()]);
  }

  /** Lunar (year, month, leap, day) to solar. */
  @Benchmark
  public LocalDate lunarToSolar() {
    VietnameseLunarDate l = lunar[next()];
    return VietnameseLunarDate.of(l.getYear(), l.getMonth(), l.isLeapMonth(), l.getDayOfMonth())
        .toLocalDate();
  }

  /** Baseline (cost floor): a java.time conversion of the same dates to epoch days and back. */
  @Benchmark
  public LocalDate baselineJavaTimeEpochDayRoundTrip() {
    return LocalDate.ofEpochDay(dates[next()].toEpochDay() + 1);
  }
}
