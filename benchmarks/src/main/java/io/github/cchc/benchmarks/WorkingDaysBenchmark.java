package io.github.cchc.benchmarks;

import io.github.cchc.indicators.calendar.CalendarEntry;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adding 1-30 working days to a receipt day and counting the working days between two dates (1-60
 * days apart), with {@link WorkingCalendar} (prefix sums, constant time) against the obvious
 * day-by-day {@code java.time} loop over the same days off (a {@code HashSet} of off days and of
 * make-up Saturdays).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar WorkingDaysBenchmark -f 1 -wi 3 -i 5 -w 1s
 * -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysBenchmark {
  private static final int N = 1024;

  private final WorkingCalendar calendar = WorkingCalendar.official();
  private final Set<LocalDate> off = new HashSet<>();
  private final Set<LocalDate> makeup = new HashSet<>();
  private final LocalDate[] starts = new LocalDate[N];
  private final LocalDate[] ends = new LocalDate[N];
  private final int[] days = new int[N];
  private int i;

  @Setup
  public void setUp() {
    for (int year = 2020; year <= 2028; year++) {
      for (CalendarEntry e : calendar.entries(year)) {
        (e.kind().isWorkingDay() ? makeup : off).add(e.date());
      }
    }
    Random random = new Random(42);
    LocalDate first = LocalDate.of(2020, 1, 1);
    for (int k = 0; k < N; k++) {
      starts[k] = first.plusDays(random.nextInt(7 * 365));
      ends[k] = starts[k].plusDays(1 + random.nextInt(60));
      days[k] = 1 + random.nextInt(30);
    }
  }

  private int next() {
    i = (i + 1) & (N - 1);
    return i;
  }

  private boolean loopIsWorkingDay(LocalDate d) {
    if (makeup.contains(d)) {
      return true;
    }
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !off.contains(d);
  }

  /** The working calendar: the N-th working day after the receipt day. */
  @Benchmark
  public LocalDate addWorkingDays() {
    int k = next();
    return calendar.plusWorkingDays(starts[k], days[k]);
  }

  /** Baseline: step one day at a time until N working days have passed. */
  @Benchmark
  public LocalDate addWorkingDaysBaselineLoop() {
    int k = next();
    LocalDate d = starts[k];
    int left = days[k];
    while (left > 0) {
      d = d.plusDays(1);
      if (loopIsWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The working calendar: working days in [start, end). */
  @Benchmark
  public long countWorkingDays() {
    int k = next();
    return calendar.workingDaysBetween(starts[k], ends[k]);
  }

  /** Baseline: test every day of [start, end). */
  @Benchmark
  public long countWorkingDaysBaselineLoop() {
    int k = next();
    long count = 0;
    for (LocalDate d = starts[k]; d.isBefore(ends[k]); d = d.plusDays(1)) {
      if (loopIsWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
