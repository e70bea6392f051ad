package io.github.cchc.indicators.tally;

import io.github.cchc.model.dossier.Dossier;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The counts per group of a set of dossiers: an immutable value and a commutative monoid. {@link
 * #merge(Tally)} adds counts group by group; it is associative and commutative, and {@link
 * #empty()} is its identity. Tallying two sets and merging equals tallying their union, so the work
 * splits over threads, files or machines freely.
 *
 * <p>Fill one with a {@link TallyAccumulator} (one pass, no allocation per dossier) or with {@link
 * #collector(Grouping, TallyScope)} from a (parallel) stream.
 *
 * <pre>{@code
 * TallyScope scope = TallyScope.of(ReportingCalendar.calendar().year(2024), LocalDate.of(2024, 12, 31));
 * Tally a = Tally.of(Grouping.agency(), scope, januaryDossiers);
 * Tally b = Tally.of(Grouping.agency(), scope, februaryDossiers);
 * a.merge(b).group("Sở Tư pháp").received();
 * }</pre>
 */
public final class Tally {
  private static final Tally EMPTY = new Tally(Collections.emptySortedMap(), 0);

  private final SortedMap<String, Counts> groups;
  private final long outsidePeriod;

  Tally(SortedMap<String, Counts> groups, long outsidePeriod) {
    this.groups = Collections.unmodifiableSortedMap(groups);
    this.outsidePeriod = outsidePeriod;
  }

  /** Returns the tally of no dossier, the identity of {@link #merge(Tally)}. */
  public static Tally empty() {
    return EMPTY;
  }

  /**
   * Returns the tally with the given counts per group: the inverse of {@link #groups()} and {@link
   * #outsidePeriod()}, for decoders (a Beam {@code Coder}) that rebuild a tally.
   *
   * @param groups the counts per group
   * @param outsidePeriod how many dossiers were received outside the period, not negative
   * @return the tally
   */
  public static Tally of(Map<String, Counts> groups, long outsidePeriod) {
    if (outsidePeriod < 0) {
      throw new IllegalArgumentException("negative outsidePeriod " + outsidePeriod);
    }
    if (groups.isEmpty() && outsidePeriod == 0) {
      return EMPTY;
    }
    return new Tally(new TreeMap<>(groups), outsidePeriod);
  }

  /**
   * Tallies {@code dossiers} in one pass.
   *
   * @param grouping how to group them
   * @param scope which to count and the day open ones are judged on
   * @param dossiers the dossiers
   * @return the tally
   */
  public static Tally of(
      Grouping grouping, TallyScope scope, Iterable<? extends Dossier> dossiers) {
    TallyAccumulator acc = new TallyAccumulator(grouping, scope);
    for (Dossier d : dossiers) {
      acc.add(d);
    }
    return acc.toTally();
  }

  /**
   * Returns a collector that tallies a stream, in parallel if the stream is parallel.
   *
   * @param grouping how to group the dossiers
   * @param scope which to count and the day open ones are judged on
   * @return the collector
   */
  public static Collector<Dossier, TallyAccumulator, Tally> collector(
      Grouping grouping, TallyScope scope) {
    return Collector.of(
        () -> new TallyAccumulator(grouping, scope),
        TallyAccumulator::add,
        TallyAccumulator::merge,
        TallyAccumulator::toTally,
        Collector.Characteristics.UNORDERED);
  }

  /** Returns the counts per group, in the order of the group names. */
  public SortedMap<String, Counts> groups() {
    return groups;
  }

  /**
   * Returns the counts of {@code group}. A name the tally does not know is a mistake (a typo, a
   * label of another grouping) and fails, saying which names it knows; a tally of no dossier at all
   * has no group and gives {@link Counts#empty()} for any name. For a group that may legitimately
   * have no dossier (an agency of a list), use {@link #groupOrEmpty(String)}.
   *
   * @param group the group
   * @return its counts
   * @throws IllegalArgumentException if the tally has groups and none is named {@code group}
   */
  public Counts group(String group) {
    Counts counts = groups.get(group);
    if (counts != null) {
      return counts;
    }
    if (groups.isEmpty()) {
      return Counts.empty();
    }
    List<String> known = groups.keySet().stream().limit(10).toList();
    throw new IllegalArgumentException(
        "no group named '"
            + group
            + "' in this tally of "
            + groups.size()
            + " groups: "
            + String.join(", ", known)
            + (groups.size() > known.size() ? ", ..." : "")
            + " (groupOrEmpty(name) for a group that may have no dossier)");
  }

  /**
   * Returns the counts of {@code group}, {@link Counts#empty()} if it has no dossier.
   *
   * @param group the group
   * @return its counts
   */
  public Counts groupOrEmpty(String group) {
    return groups.getOrDefault(group, Counts.empty());
  }

  /** Returns the counts of all groups together. */
  public Counts total() {
    Counts t = Counts.empty();
    for (Counts c : groups.values()) {
      t = t.merge(c);
    }
    return t;
  }

  /** Returns how many dossiers were seen but not counted because received outside the period. */
  public long outsidePeriod() {
    return outsidePeriod;
  }

  /**
   * Returns the sum of this tally and {@code other}, group by group.
   *
   * @param other the other tally
   * @return the merged tally
   */
  public Tally merge(Tally other) {
    if (other.groups.isEmpty() && other.outsidePeriod == 0) {
      return this;
    }
    if (groups.isEmpty() && outsidePeriod == 0) {
      return other;
    }
    SortedMap<String, Counts> merged = new TreeMap<>(groups);
    for (Map.Entry<String, Counts> e : other.groups.entrySet()) {
      merged.merge(e.getKey(), e.getValue(), Counts::merge);
    }
    return new Tally(merged, Math.addExact(outsidePeriod, other.outsidePeriod));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally
        && ((Tally) o).outsidePeriod == outsidePeriod
        && ((Tally) o).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groups, outsidePeriod);
  }

  /** Returns the groups and their counts. */
  @Override
  public String toString() {
    return "Tally{groups=" + groups + ", outsidePeriod=" + outsidePeriod + "}";
  }
}
