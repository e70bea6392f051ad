package io.github.cchc.indicators.tally;

import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The mutable, single-threaded side of a {@link Tally}: {@link #add(Dossier)} counts one dossier
 * into {@code long} counters per group without allocating (the dossier's flags are precomputed
 * bits; a new group grows the counter array once). Not thread-safe: give each thread its own and
 * {@link #merge(TallyAccumulator)} them, or use {@link Tally#collector}.
 *
 * <pre>{@code
 * TallyAccumulator acc = new TallyAccumulator(Grouping.agency(), scope);
 * reader.read(file, acc::add);
 * Tally tally = acc.toTally();
 * }</pre>
 */
public final class TallyAccumulator {
  private static final int STRIDE = Counts.STRIDE;
  private static final int OPEN = DossierFlag.OPEN.bit();
  private static final int NOT_NATIONAL_OPEN =
      DossierFlag.WAITING_FOR_SUPPLEMENT.bit() | DossierFlag.MULTIPLE_SUPPLEMENT_REQUESTS.bit();

  private final Grouping grouping;
  private final @Nullable Function<Dossier, String> text;
  private final @Nullable ToIntFunction<Dossier> number;
  private final boolean filtered;
  private final long startDay;
  private final long endDay;
  private final long asOfDay;

  private final Map<String, Integer> textSlots = new HashMap<>();
  private int[] numberKeys = new int[16];
  private int[] numberSlots = new int[16];
  private int numberCount;
  private @Nullable String lastText;
  private int lastNumber = Integer.MIN_VALUE;
  private int lastSlot = -1;

  private String[] labels = new String[8];
  private long[] counts = new long[8 * STRIDE];
  private int groupCount;
  private long outsidePeriod;

  /**
   * Creates an empty accumulator.
   *
   * @param grouping how to group the dossiers
   * @param scope which to count and the day open ones are judged on
   */
  public TallyAccumulator(Grouping grouping, TallyScope scope) {
    this.grouping = grouping;
    this.text = grouping.text();
    this.number = grouping.number();
    ReportingPeriod p = scope.period().orElse(null);
    this.filtered = p != null;
    this.startDay = p == null ? Long.MIN_VALUE : p.range().getStart().toEpochDay();
    this.endDay = p == null ? Long.MAX_VALUE : p.range().getEnd().toEpochDay();
    this.asOfDay = scope.asOf().toEpochDay();
    if (grouping.isAll()) {
      slotFor(Grouping.ALL);
    }
  }

  /**
   * Counts one dossier.
   *
   * @param d the dossier
   */
  public void add(Dossier d) {
    if (filtered) {
      long day = d.received().toLocalDate().toEpochDay();
      if (day < startDay || day >= endDay) {
        outsidePeriod++;
        return;
      }
    }
    int base = slot(d) * STRIDE;
    long[] c = counts;
    int f = d.flagBits();
    c[base + Counts.RECEIVED]++;
    for (int bits = f; bits != 0; bits &= bits - 1) {
      c[base + Integer.numberOfTrailingZeros(bits)]++;
    }
    if ((f & OPEN) != 0) {
      boolean within = asOfDay <= d.due().toLocalDate().toEpochDay();
      c[base + (within ? Counts.OPEN_WITHIN_DEADLINE : Counts.OPEN_OVERDUE)]++;
      if (within && (f & NOT_NATIONAL_OPEN) == 0) {
        c[base + Counts.NATIONAL_OPEN_IN_TIME]++;
      }
    }
  }

  private int slot(Dossier d) {
    if (text != null) {
      String k = text.apply(d);
      if (k == lastText) {
        return lastSlot;
      }
      Integer s = textSlots.get(k);
      int slot = s != null ? s : slotFor(k);
      lastText = k;
      lastSlot = slot;
      return slot;
    }
    if (number != null) {
      int k = number.applyAsInt(d);
      if (k == lastNumber && lastSlot >= 0) {
        return lastSlot;
      }
      int slot = numberSlot(k);
      lastNumber = k;
      lastSlot = slot;
      return slot;
    }
    return 0;
  }

  private int numberSlot(int key) {
    for (int i = 0; i < numberCount; i++) {
      if (numberKeys[i] == key) {
        return numberSlots[i];
      }
    }
    if (numberCount == numberKeys.length) {
      numberKeys = Arrays.copyOf(numberKeys, numberCount * 2);
      numberSlots = Arrays.copyOf(numberSlots, numberCount * 2);
    }
    int slot = slotFor(grouping.label(key));
    numberKeys[numberCount] = key;
    numberSlots[numberCount] = slot;
    numberCount++;
    return slot;
  }

  private int slotFor(String label) {
    Integer existing = textSlots.get(label);
    if (existing != null) {
      return existing;
    }
    if (groupCount == labels.length) {
      labels = Arrays.copyOf(labels, groupCount * 2);
      counts = Arrays.copyOf(counts, groupCount * 2 * STRIDE);
    }
    labels[groupCount] = label;
    textSlots.put(label, groupCount);
    return groupCount++;
  }

  /**
   * Adds the counts of {@code other} into this one.
   *
   * @param other another accumulator with the same grouping
   * @return this accumulator
   */
  public TallyAccumulator merge(TallyAccumulator other) {
    for (int g = 0; g < other.groupCount; g++) {
      int slot = slotFor(other.labels[g]);
      for (int i = 0; i < STRIDE; i++) {
        counts[slot * STRIDE + i] += other.counts[g * STRIDE + i];
      }
    }
    outsidePeriod += other.outsidePeriod;
    return this;
  }

  /**
   * Adds the counts of {@code tally} into this one.
   *
   * @param tally a tally
   * @return this accumulator
   */
  public TallyAccumulator merge(Tally tally) {
    tally
        .groups()
        .forEach(
            (label, c) -> {
              int slot = slotFor(label); // may grow the array: read the field only after it
              c.addTo(counts, slot * STRIDE);
            });
    outsidePeriod += tally.outsidePeriod();
    return this;
  }

  /** Returns how many dossiers were counted so far. */
  public long counted() {
    long n = 0;
    for (int g = 0; g < groupCount; g++) {
      n += counts[g * STRIDE + Counts.RECEIVED];
    }
    return n;
  }

  /** Returns the tally of the dossiers added so far. */
  public Tally toTally() {
    TreeMap<String, Counts> groups = new TreeMap<>();
    for (int g = 0; g < groupCount; g++) {
      if (counts[g * STRIDE + Counts.RECEIVED] != 0) {
        groups.put(labels[g], Counts.copyOf(counts, g * STRIDE));
      }
    }
    return new Tally(groups, outsidePeriod);
  }
}
