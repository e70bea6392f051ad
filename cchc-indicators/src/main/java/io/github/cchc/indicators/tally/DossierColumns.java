package io.github.cchc.indicators.tally;

import io.github.cchc.model.dossier.Dossier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Dossiers kept in memory for tallying, column by column: for each dossier the index of its {@link
 * Dossier#flagBits() flags} among the few distinct ones, its days of receipt and appointment, and
 * the index of its group under one {@link Grouping} — 16 bytes a dossier instead of the several
 * hundred of a {@link Dossier} with its dates and strings. Tallying reads the columns in order, so
 * a year of a province's dossiers can be kept once and tallied again for every period and every day
 * ({@link TallyScope}) a portal is asked about, on one thread or all cores. Immutable and
 * thread-safe once built.
 *
 * <p>Tallying columns gives the same {@link Tally} as tallying the dossiers they were built from
 * with the same grouping and scope.
 *
 * <pre>{@code
 * DossierColumns.Builder b = DossierColumns.builder(Grouping.agency());
 * DossierReader.defaults().read(Path.of("ho-so-2024.csv"), b::add);
 * DossierColumns year = b.build();
 * Tally q1 = year.tally(TallyScope.of(calendar.parse("2024-Q1"), LocalDate.of(2024, 3, 31)));
 * Tally all = year.parallelTally(TallyScope.all(LocalDate.of(2024, 12, 31)));
 * }</pre>
 */
public final class DossierColumns {
  /** The fewest dossiers a task of {@link #parallelTally} tallies. */
  private static final int MIN_CHUNK = 1 << 16;

  private final Grouping grouping;
  private final int size;

  /** The index in {@link #classFlags} of each dossier's flags. */
  private final int[] flagClasses;

  /** The distinct flag bit sets, in the order first seen. */
  private final int[] classFlags;

  private final int[] receivedDays;
  private final int[] dueDays;
  private final int[] groups;
  private final String[] labels;

  private DossierColumns(Builder b) {
    this.grouping = b.grouping;
    this.size = b.size;
    this.flagClasses = Arrays.copyOf(b.flagClasses, b.size);
    this.classFlags = b.classFlags.stream().mapToInt(Integer::intValue).toArray();
    this.receivedDays = Arrays.copyOf(b.receivedDays, b.size);
    this.dueDays = Arrays.copyOf(b.dueDays, b.size);
    this.groups = Arrays.copyOf(b.groups, b.size);
    this.labels = b.labels.toArray(new String[0]);
  }

  /**
   * Returns an empty builder.
   *
   * @param grouping how tallies of the columns group the dossiers
   * @return the builder
   */
  public static Builder builder(Grouping grouping) {
    return new Builder(grouping);
  }

  /**
   * Returns the columns of {@code dossiers}.
   *
   * @param grouping how tallies of the columns group the dossiers
   * @param dossiers the dossiers
   * @return the columns
   */
  public static DossierColumns of(Grouping grouping, Iterable<? extends Dossier> dossiers) {
    Builder b = builder(grouping);
    for (Dossier d : dossiers) {
      b.add(d);
    }
    return b.build();
  }

  /** Returns the grouping the columns were built for. */
  public Grouping grouping() {
    return grouping;
  }

  /** Returns how many dossiers the columns hold. */
  public int size() {
    return size;
  }

  /** Returns the names of the groups, in the order they were first seen. */
  public List<String> groupNames() {
    return List.of(labels);
  }

  /**
   * Tallies every dossier on the calling thread.
   *
   * @param scope which to count and the day open ones are judged on
   * @return the tally
   */
  public Tally tally(TallyScope scope) {
    TallyAccumulator acc = new TallyAccumulator(grouping, scope);
    addTo(acc, 0, size);
    return acc.toTally();
  }

  /**
   * Tallies the dossiers in chunks on the common fork-join pool and merges the partial tallies.
   *
   * @param scope which to count and the day open ones are judged on
   * @return the tally, equal to {@link #tally(TallyScope)}
   */
  public Tally parallelTally(TallyScope scope) {
    // a few tasks per worker (the caller helps the common pool), each a contiguous range
    int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
    int chunk = Math.max(MIN_CHUNK, (size + 4 * workers - 1) / (4 * workers));
    int chunks = (size + chunk - 1) / chunk;
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(
            c -> {
              TallyAccumulator acc = new TallyAccumulator(grouping, scope);
              addTo(acc, c * chunk, (int) Math.min(size, (long) (c + 1) * chunk));
              return acc;
            })
        .reduce(TallyAccumulator::merge)
        .map(TallyAccumulator::toTally)
        .orElseGet(() -> new TallyAccumulator(grouping, scope).toTally());
  }

  /**
   * Counts the dossiers {@code from} (inclusive) to {@code to} (exclusive) into {@code acc}.
   *
   * @param acc an accumulator with a grouping of the same {@link Grouping#name() name}
   * @param from the first index
   * @param to the end index
   * @throws IndexOutOfBoundsException if the range is not within the columns
   * @throws IllegalArgumentException if the accumulator groups by another grouping
   */
  public void addTo(TallyAccumulator acc, int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    if (!acc.grouping().name().equals(grouping.name())) {
      throw new IllegalArgumentException(
          "accumulator grouped by " + acc.grouping() + ", columns by " + grouping);
    }
    acc.addColumns(flagClasses, classFlags, receivedDays, dueDays, groups, labels, from, to);
  }

  /** Returns "DossierColumns[grouping=agency, size=1000000, groups=40]". */
  @Override
  public String toString() {
    return "DossierColumns[grouping="
        + grouping
        + ", size="
        + size
        + ", groups="
        + labels.length
        + "]";
  }

  /** Collects dossiers into {@link DossierColumns}. Not thread-safe. */
  public static final class Builder {
    private final Grouping grouping;
    private final @Nullable ToIntFunction<Dossier> number;
    // the group of a label, or of the number of a numeric grouping (its label made once)
    private final Map<Object, Integer> groupIndexes = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private int size;
    private final Map<Integer, Integer> classIndexes = new HashMap<>();
    private final List<Integer> classFlags = new ArrayList<>();
    private int[] flagClasses = new int[1024];
    private int[] receivedDays = new int[1024];
    private int[] dueDays = new int[1024];
    private int[] groups = new int[1024];

    private Builder(Grouping grouping) {
      this.grouping = Objects.requireNonNull(grouping, "grouping");
      this.number = grouping.number();
    }

    /**
     * Adds a dossier.
     *
     * @param d the dossier
     * @return this builder
     */
    public Builder add(Dossier d) {
      if (size == flagClasses.length) {
        int n = Math.addExact(size, size >> 1);
        flagClasses = Arrays.copyOf(flagClasses, n);
        receivedDays = Arrays.copyOf(receivedDays, n);
        dueDays = Arrays.copyOf(dueDays, n);
        groups = Arrays.copyOf(groups, n);
      }
      Object key = number != null ? (Object) number.applyAsInt(d) : grouping.key(d);
      int g =
          indexOf(
              groupIndexes,
              labels,
              key,
              k -> k instanceof Integer ? grouping.label((Integer) k) : (String) k);
      flagClasses[size] = indexOf(classIndexes, classFlags, NationalFlags.of(d), k -> k);
      receivedDays[size] = Math.toIntExact(d.receivedEpochDay());
      dueDays[size] = Math.toIntExact(d.dueEpochDay());
      groups[size] = g;
      size++;
      return this;
    }

    /** The index of {@code key} in {@code values}, adding {@code value(key)} if it is new. */
    private static <K, V> int indexOf(
        Map<K, Integer> indexes, List<V> values, K key, Function<K, V> value) {
      Integer i = indexes.get(key);
      if (i == null) {
        i = values.size();
        values.add(value.apply(key));
        indexes.put(key, i);
      }
      return i;
    }

    /** Returns the columns of the dossiers added so far. */
    public DossierColumns build() {
      return new DossierColumns(this);
    }
  }
}
