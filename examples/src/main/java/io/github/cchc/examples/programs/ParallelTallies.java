package io.github.cchc.examples.programs;

import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.tally.DossierColumns;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Example: tallies computed in parallel, then merged, equal the tally computed in one thread.
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.programs.ParallelTallies [EXPORT.csv]
 * }</pre>
 *
 * <p>A tally is a sum of counts per group, so it can be split: each thread counts its own share of
 * the dossiers in its own {@link TallyAccumulator} (not thread-safe, and it need not be), and
 * {@link Tally#merge} adds the partial tallies group by group. The order of the dossiers and the
 * way they are split do not change the result. The program reads the export once, splits the
 * dossiers into one slice per thread, merges the slices' tallies, and compares them with the
 * single-threaded tally by agency; it also shows the same with a parallel stream and {@link
 * Tally#collector}, and with the dossiers kept as {@link DossierColumns}.
 */
public final class ParallelTallies {
  private ParallelTallies() {}

  /**
   * Reads every accepted dossier of {@code export}.
   *
   * @param export the dossier export
   * @return the dossiers, in file order
   */
  public static List<Dossier> read(Path export) {
    List<Dossier> dossiers = new ArrayList<>();
    DossierReader.defaults().read(export, dossiers::add);
    return dossiers;
  }

  /**
   * Tallies {@code dossiers} by agency in one thread.
   *
   * @param dossiers the dossiers
   * @return the tally
   */
  public static Tally sequential(List<Dossier> dossiers) {
    TallyAccumulator acc = new TallyAccumulator(Grouping.agency(), scope());
    dossiers.forEach(acc::add);
    return acc.toTally();
  }

  /**
   * Tallies {@code dossiers} by agency in {@code threads} threads, one slice each, and merges the
   * partial tallies with {@link Tally#merge}.
   *
   * @param dossiers the dossiers
   * @param threads the number of threads, at least 1
   * @return the merged tally
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static Tally parallel(List<Dossier> dossiers, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Tally>> parts = new ArrayList<>();
      int size = dossiers.size();
      for (int i = 0; i < threads; i++) {
        List<Dossier> slice = dossiers.subList(size * i / threads, size * (i + 1) / threads);
        parts.add(pool.submit(() -> sequential(slice)));
      }
      Tally merged = Tally.empty();
      for (Future<Tally> part : parts) {
        merged = merged.merge(part.get());
      }
      return merged;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Tallies {@code dossiers} by agency with a parallel stream and {@link Tally#collector}.
   *
   * @param dossiers the dossiers
   * @return the tally
   */
  public static Tally parallelStream(List<Dossier> dossiers) {
    return dossiers.parallelStream().collect(Tally.collector(Grouping.agency(), scope()));
  }

  /**
   * Keeps {@code dossiers} as {@link DossierColumns} (16 bytes a dossier) and tallies them by
   * agency on every core: the form to keep a year of dossiers in memory and tally it again for each
   * period asked.
   *
   * @param dossiers the dossiers
   * @return the tally
   */
  public static Tally columns(List<Dossier> dossiers) {
    return DossierColumns.of(Grouping.agency(), dossiers).parallelTally(scope());
  }

  private static TallyScope scope() {
    return TallyScope.of(OnTimeRate.PERIOD, OnTimeRate.JUDGED);
  }

  /**
   * Prints the totals of the three tallies and whether they are equal.
   *
   * @param export the dossier export
   * @param threads the number of threads
   * @param out where to print
   * @throws InterruptedException if interrupted
   */
  public static void print(Path export, int threads, PrintStream out) throws InterruptedException {
    List<Dossier> dossiers = read(export);
    out.println("Đã đọc " + dossiers.size() + " hồ sơ hợp lệ từ " + export);
    long t0 = System.nanoTime();
    Tally one = sequential(dossiers);
    long t1 = System.nanoTime();
    Tally merged = parallel(dossiers, threads);
    long t2 = System.nanoTime();
    Tally streamed = parallelStream(dossiers);
    long t3 = System.nanoTime();
    DossierColumns kept = DossierColumns.of(Grouping.agency(), dossiers);
    long t4 = System.nanoTime();
    Tally fromColumns = kept.parallelTally(scope());
    long t5 = System.nanoTime();
    out.println(line("1 luồng", one, t1 - t0));
    out.println(line(threads + " luồng, Tally.merge", merged, t2 - t1));
    out.println(line("parallelStream + Tally.collector", streamed, t3 - t2));
    out.println(line("DossierColumns.parallelTally", fromColumns, t5 - t4));
    out.println(
        "bằng nhau: "
            + one.equals(merged)
            + ", "
            + one.equals(streamed)
            + ", "
            + one.equals(fromColumns));
  }

  private static String line(String how, Tally tally, long nanos) {
    return how
        + ": "
        + tally.groups().size()
        + " cơ quan, "
        + tally.total().received()
        + " hồ sơ tiếp nhận trong năm 2024, "
        + tally.outsidePeriod()
        + " ngoài kỳ"
        + " ("
        + nanos / 1_000_000
        + " ms)";
  }

  /**
   * Compares the tallies of the sample export, or of the export given.
   *
   * @param args optionally the path of another export
   * @throws IOException if the sample export cannot be generated
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path export =
        args.length > 0 ? Path.of(args[0]) : SampleData.ensureDossiers(Path.of("examples/data"));
    print(export, Math.max(2, Runtime.getRuntime().availableProcessors()), System.out);
  }
}
