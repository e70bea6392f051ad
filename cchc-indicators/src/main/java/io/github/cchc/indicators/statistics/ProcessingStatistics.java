package io.github.cchc.indicators.statistics;

import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Counts dossiers for the processing statistics of a period (Biểu số II.06a/VPCP/KSTT), grouped by
 * a key (the agency), with the period's semantics:
 *
 * <ul>
 *   <li>each dossier is looked at as it stood at the end of the judged day ({@link
 *       Dossier#asOf(LocalDate)}): the period's last day, or the day of the report if earlier;
 *   <li>received before the period's first day and not ended before it: <b>carried over</b> (từ kỳ
 *       trước); received in the period: <b>new</b>, online or in person/by post by its channel;
 *       ended before the period, or received after the judged day: not counted;
 *   <li>ended (finished, withdrawn, refused, stopped) by the judged day: <b>finished</b>, early, on
 *       time or late by its end day against its due day (ngày hẹn trả); not ended: <b>in
 *       progress</b>, within time while the judged day is not after its due day, overdue after.
 * </ul>
 *
 * <pre>{@code
 * ProcessingStatistics s =
 *     ProcessingStatistics.of(secondQuarter, LocalDate.of(2024, 6, 30), Dossier::agency);
 * dossiers.forEach(s::add);
 * s.byGroup(); // {"Sở Tư pháp"=ProcessingCounts{carriedOver=12, ...}, ...}
 * }</pre>
 *
 * <p>Not thread-safe: one instance per thread; {@link #merge(ProcessingStatistics)} combines them.
 */
public final class ProcessingStatistics {
  private final LocalDate first;
  private final LocalDate judged;
  private final long startDay;
  private final long judgedDay;
  private final Function<? super Dossier, String> key;
  private final Map<String, long[]> groups = new LinkedHashMap<>();

  private ProcessingStatistics(
      LocalDate first, LocalDate judged, Function<? super Dossier, String> key) {
    this.first = first;
    this.judged = judged;
    this.startDay = first.toEpochDay();
    this.judgedDay = judged.toEpochDay();
    this.key = key;
  }

  /**
   * Statistics of a period judged at the end of {@code asOf} (or of the period's last day if
   * earlier).
   *
   * @param period the period
   * @param asOf the day of the report
   * @param key the group of a dossier ({@code Dossier::agency})
   * @return empty statistics
   * @throws IllegalArgumentException if {@code asOf} is before the period
   */
  public static ProcessingStatistics of(
      ReportingPeriod period, LocalDate asOf, Function<? super Dossier, String> key) {
    if (asOf.isBefore(period.start())) {
      throw new IllegalArgumentException(
          "asOf " + asOf + " is before the period " + period.range() + ": nothing to count");
    }
    LocalDate last = period.endInclusive();
    return new ProcessingStatistics(period.start(), asOf.isBefore(last) ? asOf : last, key);
  }

  /**
   * Counts one dossier, if it belongs to the period.
   *
   * @param dossier the dossier, as exported
   */
  public void add(Dossier dossier) {
    Optional<Dossier> seen = dossier.asOf(judged);
    if (seen.isEmpty()) {
      return; // received after the judged day
    }
    Dossier d = seen.get();
    boolean ended = d.status() != DossierStatus.IN_PROGRESS;
    // days as numbers: the dossier keeps its times as numbers and makes a date object on each call
    LocalDateTime end = ended ? d.finished().or(d::returned).orElse(null) : null;
    long endDay = end == null ? judgedDay : end.toLocalDate().toEpochDay();
    boolean before = d.receivedEpochDay() < startDay;
    if (before && ended && (end == null || endDay < startDay)) {
      return; // ended in an earlier period
    }
    long[] c = groups.computeIfAbsent(key.apply(dossier), k -> new long[ProcessingCounts.SIZE]);
    if (before) {
      c[ProcessingCounts.CARRIED]++;
    } else if (d.channel() == Channel.ONLINE) {
      c[ProcessingCounts.ONLINE]++;
    } else {
      c[ProcessingCounts.IN_PERSON]++;
    }
    long due = d.dueEpochDay();
    if (ended) {
      c[
          endDay < due
              ? ProcessingCounts.EARLY
              : endDay == due ? ProcessingCounts.ON_TIME : ProcessingCounts.LATE]++;
    } else {
      c[judgedDay > due ? ProcessingCounts.OVERDUE : ProcessingCounts.WITHIN]++;
    }
  }

  /**
   * Adds the counts of another instance over the same period and day.
   *
   * @param other statistics of other dossiers
   * @return this
   * @throws IllegalArgumentException if the other has another period or day
   */
  public ProcessingStatistics merge(ProcessingStatistics other) {
    if (!first.equals(other.first) || !judged.equals(other.judged)) {
      throw new IllegalArgumentException("statistics of another period or day");
    }
    other.groups.forEach(
        (k, v) -> {
          long[] c = groups.computeIfAbsent(k, x -> new long[ProcessingCounts.SIZE]);
          for (int i = 0; i < c.length; i++) {
            c[i] += v[i];
          }
        });
    return this;
  }

  /**
   * The day the dossiers were judged at: the period's last day, or the day of the report if
   * earlier.
   *
   * @return the judged day
   */
  public LocalDate judged() {
    return judged;
  }

  /**
   * The counts of each group, in the order the groups were first seen.
   *
   * @return the counts by group
   */
  public Map<String, ProcessingCounts> byGroup() {
    Map<String, ProcessingCounts> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, ProcessingCounts.of(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The counts of all groups together.
   *
   * @return the total
   */
  public ProcessingCounts total() {
    ProcessingCounts t = ProcessingCounts.ZERO;
    for (long[] v : groups.values()) {
      t = t.plus(ProcessingCounts.of(v));
    }
    return t;
  }
}
