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
  /** The most groups an accumulator holds unless told otherwise. */
  public static final int DEFAULT_MAX_GROUPS = 100_000;

  private static final int STRIDE = Counts.STRIDE;
  private static final int MAX_PROBE = 32;
  private static final int OPEN = DossierFlag.OPEN.bit();
  private static final int NOT_NATIONAL_OPEN =
      DossierFlag.WAITING_FOR_SUPPLEMENT.bit() | DossierFlag.MULTIPLE_SUPPLEMENT_REQUESTS.bit();
  private static final int FLAG_MASK = (1 << Counts.FLAGS) - 1;
  private static final int NATIONAL_BIT = 1 << 27;
  private static final int WITHIN_BIT = 1 << 28;
  private static final int OVERDUE_BIT = 1 << 29;
  private static final int MARK = 1 << 30;

  static {
    if (Counts.FLAGS > 27) {
      throw new AssertionError("too many dossier flags for the combination key");
    }
  }

  private final Grouping grouping;
  private final @Nullable Function<Dossier, String> text;
  private final @Nullable ToIntFunction<Dossier> number;
  private final boolean filtered;
  private final long startDay;
  private final long endDay;
  private final long asOfDay;
  private final boolean byAgency;
  private final int maxGroups;

  // the group slot of each label: open addressing on String.hashCode (cached in the string),
  // identity compared first: exports share one instance per agency or procedure
  private String[] slotKeys = new String[64];
  private int[] slotValues = new int[64];
  private Map<String, Integer> overflow = new HashMap<>();
  private int[] numberKeys = new int[16];
  private int[] numberSlots = new int[16];
  private int numberCount;
  private @Nullable String lastText;
  private int lastNumber = Integer.MIN_VALUE;
  private int lastSlot = -1;

  private String[] labels = new String[8];
  private int groupCount;
  private long outsidePeriod;

  // Each distinct combination of flags (plus the day-dependent bits of open dossiers) gets an
  // index; a group counts dossiers per combination: one increment per dossier, expanded into the
  // counters of Counts only in toTally().
  private int[] comboTable = new int[256];
  private int[] comboIndexes = new int[256];
  private int[] combos = new int[32];
  private int comboCount;
  private long[][] groupCombos = new long[8][];

  /**
   * Creates an empty accumulator.
   *
   * @param grouping how to group the dossiers
   * @param scope which to count and the day open ones are judged on
   */
  public TallyAccumulator(Grouping grouping, TallyScope scope) {
    this(grouping, scope, DEFAULT_MAX_GROUPS);
  }

  /**
   * Creates an empty accumulator that holds at most {@code maxGroups} groups: memory is bounded by
   * this limit (a few hundred bytes a group), not by the input.
   *
   * @param grouping how to group the dossiers
   * @param scope which to count and the day open ones are judged on
   * @param maxGroups the most groups, at least 1
   * @throws IllegalArgumentException if {@code maxGroups} is below 1
   */
  public TallyAccumulator(Grouping grouping, TallyScope scope, int maxGroups) {
    if (maxGroups < 1) {
      throw new IllegalArgumentException("maxGroups must be at least 1: " + maxGroups);
    }
    this.maxGroups = maxGroups;
    this.grouping = grouping;
    this.text = grouping.text();
    this.number = grouping.number();
    ReportingPeriod p = scope.period().orElse(null);
    this.filtered = p != null;
    this.startDay = p == null ? Long.MIN_VALUE : p.range().getStart().toEpochDay();
    this.endDay = p == null ? Long.MAX_VALUE : p.range().getEnd().toEpochDay();
    this.asOfDay = scope.asOf().toEpochDay();
    this.byAgency = text == Grouping.AGENCY;
    if (grouping.isAll()) {
      slotFor(Grouping.ALL);
    }
  }

  /**
   * Counts one dossier.
   *
   * @param d the dossier
   * @throws GroupLimitException if its group would pass the limit of groups
   */
  public void add(Dossier d) {
    if (filtered) {
      // the epoch days the dossier computed when it was built: two fields of the object itself,
      // where the dates are two objects away (JMH: 12.5-13.1 -> 14.4-15.7 M dossiers/s)
      long day = d.receivedEpochDay();
      if (day < startDay || day >= endDay) {
        outsidePeriod++;
        return;
      }
    }
    int key = NationalFlags.of(d);
    if ((key & OPEN) != 0) {
      if (asOfDay <= d.dueEpochDay()) {
        key |= (key & NOT_NATIONAL_OPEN) == 0 ? WITHIN_BIT | NATIONAL_BIT : WITHIN_BIT;
      } else {
        key |= OVERDUE_BIT;
      }
    }
    // both before indexing: a new combination or a new group grows the arrays
    int c = combo(key);
    int g = slot(d);
    groupCombos[g][c]++;
  }

  /**
   * Counts the dossiers of {@link DossierColumns} from {@code from} to {@code to}: the combination
   * of each flag class (and, for open ones, of both sides of the due day) is found once, before the
   * loop, so the loop only indexes arrays.
   */
  void addColumns(
      int[] flagClasses,
      int[] classFlags,
      int[] receivedDays,
      int[] dueDays,
      int[] groups,
      String[] groupLabels,
      int from,
      int to) {
    int[] slots = new int[groupLabels.length];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = slotFor(groupLabels[i]);
    }
    int[] closed = new int[classFlags.length];
    int[] within = new int[classFlags.length];
    int[] overdue = new int[classFlags.length];
    for (int k = 0; k < classFlags.length; k++) {
      int key = classFlags[k];
      if ((key & OPEN) != 0) {
        closed[k] = -1;
        within[k] =
            combo(key | ((key & NOT_NATIONAL_OPEN) == 0 ? WITHIN_BIT | NATIONAL_BIT : WITHIN_BIT));
        overdue[k] = combo(key | OVERDUE_BIT);
      } else {
        closed[k] = combo(key);
      }
    }
    // no combination or group is added below: the rows stay the same arrays
    long[][] rows = new long[groupLabels.length][];
    for (int g = 0; g < rows.length; g++) {
      rows[g] = groupCombos[slots[g]];
    }
    long start = startDay;
    long end = endDay;
    long asOf = asOfDay;
    long outside = 0;
    for (int i = from; i < to; i++) {
      int day = receivedDays[i];
      if (day < start || day >= end) {
        outside++;
        continue;
      }
      int k = flagClasses[i];
      int c = closed[k];
      if (c < 0) {
        c = asOf <= dueDays[i] ? within[k] : overdue[k];
      }
      rows[groups[i]][c]++;
    }
    outsidePeriod += outside;
  }

  Grouping grouping() {
    return grouping;
  }

  private int combo(int key) {
    int stored = key | MARK;
    int mask = comboTable.length - 1;
    int h = key * 0x9E3779B9;
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
      int k = comboTable[i];
      if (k == stored) {
        return comboIndexes[i];
      }
      if (k == 0) {
        return newCombo(key, i);
      }
      i = (i + 1) & mask;
    }
  }

  private int newCombo(int key, int at) {
    if (comboCount * 2 >= comboTable.length) {
      int[] oldTable = comboTable;
      int[] oldIdx = comboIndexes;
      comboTable = new int[oldTable.length * 2];
      comboIndexes = new int[oldTable.length * 2];
      for (int j = 0; j < oldTable.length; j++) {
        if (oldTable[j] != 0) {
          insert(oldTable[j], oldIdx[j]);
        }
      }
      int idx = comboCount;
      insert(key | MARK, idx);
      append(key);
      return idx;
    }
    comboTable[at] = key | MARK;
    comboIndexes[at] = comboCount;
    int idx = comboCount;
    append(key);
    return idx;
  }

  private void insert(int stored, int idx) {
    int mask = comboTable.length - 1;
    int h = (stored & ~MARK) * 0x9E3779B9;
    int i = (h ^ (h >>> 16)) & mask;
    while (comboTable[i] != 0) {
      i = (i + 1) & mask;
    }
    comboTable[i] = stored;
    comboIndexes[i] = idx;
  }

  private void append(int key) {
    if (comboCount == combos.length) {
      combos = Arrays.copyOf(combos, comboCount * 2);
      for (int g = 0; g < groupCount; g++) {
        groupCombos[g] = Arrays.copyOf(groupCombos[g], combos.length);
      }
    }
    combos[comboCount++] = key;
  }

  private int slot(Dossier d) {
    if (text != null) {
      String k = byAgency ? d.agency() : text.apply(d);
      if (k == lastText) {
        return lastSlot;
      }
      int slot = slotFor(k);
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

  /**
   * The slot of the group {@code key}, created if new. At most {@link #MAX_PROBE} slots are looked
   * at: labels whose {@code hashCode()} collide (easy to make on purpose) go to an overflow map,
   * whose tree bins keep each look-up logarithmic, so the work per dossier stays bounded.
   */
  private int slotFor(String key) {
    String[] keys = slotKeys;
    int mask = keys.length - 1;
    int h = key.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    for (int probe = 0; probe < MAX_PROBE; probe++) {
      String k = keys[i];
      if (k == key) {
        return slotValues[i];
      }
      if (k == null) {
        return newSlot(key);
      }
      if (k.hashCode() == h && k.equals(key)) {
        return slotValues[i];
      }
      i = (i + 1) & mask;
    }
    Integer slot = overflow.get(key);
    return slot != null ? slot : newSlot(key);
  }

  private int newSlot(String key) {
    int slot = newGroup(key); // groupCount now counts it too: keep the table at most half full
    if (groupCount * 2 > slotKeys.length) {
      String[] oldKeys = slotKeys;
      int[] oldValues = slotValues;
      Map<String, Integer> oldOverflow = overflow;
      slotKeys = new String[oldKeys.length * 2];
      slotValues = new int[oldKeys.length * 2];
      overflow = new HashMap<>();
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          putSlot(oldKeys[j], oldValues[j]);
        }
      }
      oldOverflow.forEach(this::putSlot);
    }
    putSlot(key, slot);
    return slot;
  }

  /**
   * Puts the key in the table within {@link #MAX_PROBE} slots of its hash, else in the overflow.
   */
  private void putSlot(String key, int slot) {
    int mask = slotKeys.length - 1;
    int h = key.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    for (int probe = 0; probe < MAX_PROBE; probe++) {
      if (slotKeys[i] == null) {
        slotKeys[i] = key;
        slotValues[i] = slot;
        return;
      }
      i = (i + 1) & mask;
    }
    overflow.put(key, slot);
  }

  /** How many groups are in the overflow map (labels with colliding hashes); for tests. */
  int overflowed() {
    return overflow.size();
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

  private int newGroup(String label) {
    if (groupCount == maxGroups) {
      throw new GroupLimitException(maxGroups, grouping.name(), label);
    }
    if (groupCount == labels.length) {
      labels = Arrays.copyOf(labels, groupCount * 2);
      groupCombos = Arrays.copyOf(groupCombos, groupCount * 2);
    }
    labels[groupCount] = label;
    groupCombos[groupCount] = new long[combos.length];
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
      long[] theirs = other.groupCombos[g];
      for (int c = 0; c < other.comboCount; c++) {
        if (theirs[c] != 0) {
          int ours = combo(other.combos[c]);
          groupCombos[slot][ours] += theirs[c];
        }
      }
    }
    outsidePeriod += other.outsidePeriod;
    return this;
  }

  /** Returns how many dossiers were counted so far. */
  public long counted() {
    long n = 0;
    for (int g = 0; g < groupCount; g++) {
      for (int c = 0; c < comboCount; c++) {
        n += groupCombos[g][c];
      }
    }
    return n;
  }

  /** Returns the tally of the dossiers added so far. */
  public Tally toTally() {
    TreeMap<String, Counts> groups = new TreeMap<>();
    long[] counters = new long[STRIDE];
    for (int g = 0; g < groupCount; g++) {
      Arrays.fill(counters, 0);
      for (int c = 0; c < comboCount; c++) {
        long n = groupCombos[g][c];
        if (n == 0) {
          continue;
        }
        int key = combos[c];
        counters[Counts.RECEIVED] += n;
        for (int bits = key & FLAG_MASK; bits != 0; bits &= bits - 1) {
          counters[Integer.numberOfTrailingZeros(bits)] += n;
        }
        if ((key & WITHIN_BIT) != 0) {
          counters[Counts.OPEN_WITHIN_DEADLINE] += n;
        }
        if ((key & OVERDUE_BIT) != 0) {
          counters[Counts.OPEN_OVERDUE] += n;
        }
        if ((key & NATIONAL_BIT) != 0) {
          counters[Counts.NATIONAL_OPEN_IN_TIME] += n;
        }
      }
      if (counters[Counts.RECEIVED] != 0) {
        groups.put(labels[g], Counts.copyOf(counters, 0));
      }
    }
    return new Tally(groups, outsidePeriod);
  }
}
