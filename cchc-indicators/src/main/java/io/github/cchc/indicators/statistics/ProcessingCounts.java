package io.github.cchc.indicators.statistics;

import java.util.Objects;

/**
 * One line of the processing statistics (Biểu số II.06a/VPCP/KSTT): the dossiers received in a
 * period or carried over into it, and how they stood at its end. Every dossier counted is received
 * once (carried over, new online or new in person/by post) and resolved once (finished early, on
 * time or late, or still in progress within time or overdue), so {@link #received()} equals {@link
 * #finished()} plus {@link #inProgress()}.
 *
 * <pre>{@code
 * ProcessingCounts c = statistics.total();
 * c.received();   // c.carriedOver() + c.newOnline() + c.newInPerson()
 * c.finished();   // c.finishedEarly() + c.finishedOnTime() + c.finishedLate()
 * }</pre>
 */
public final class ProcessingCounts {
  /** No dossier. */
  public static final ProcessingCounts ZERO = new ProcessingCounts(new long[8]);

  static final int CARRIED = 0;
  static final int ONLINE = 1;
  static final int IN_PERSON = 2;
  static final int EARLY = 3;
  static final int ON_TIME = 4;
  static final int LATE = 5;
  static final int WITHIN = 6;
  static final int OVERDUE = 7;
  static final int SIZE = 8;

  private final long[] counts;

  ProcessingCounts(long[] counts) {
    this.counts = counts.clone();
  }

  /**
   * Dossiers received before the period and not ended before it (từ kỳ trước chuyển sang).
   *
   * @return the count
   */
  public long carriedOver() {
    return counts[CARRIED];
  }

  /**
   * Dossiers received online in the period (trực tuyến).
   *
   * @return the count
   */
  public long newOnline() {
    return counts[ONLINE];
  }

  /**
   * Dossiers received in person or by post in the period (trực tiếp, dịch vụ bưu chính).
   *
   * @return the count
   */
  public long newInPerson() {
    return counts[IN_PERSON];
  }

  /**
   * All dossiers to be handled in the period: carried over plus new.
   *
   * @return the count
   */
  public long received() {
    return counts[CARRIED] + counts[ONLINE] + counts[IN_PERSON];
  }

  /**
   * Dossiers ended in the period before the day they were due (trước hạn).
   *
   * @return the count
   */
  public long finishedEarly() {
    return counts[EARLY];
  }

  /**
   * Dossiers ended in the period on the day they were due (đúng hạn).
   *
   * @return the count
   */
  public long finishedOnTime() {
    return counts[ON_TIME];
  }

  /**
   * Dossiers ended in the period after the day they were due (quá hạn).
   *
   * @return the count
   */
  public long finishedLate() {
    return counts[LATE];
  }

  /**
   * Dossiers ended in the period.
   *
   * @return the count
   */
  public long finished() {
    return counts[EARLY] + counts[ON_TIME] + counts[LATE];
  }

  /**
   * Dossiers still in progress at the end of the period whose due day had not passed (trong hạn).
   *
   * @return the count
   */
  public long inProgressWithinTime() {
    return counts[WITHIN];
  }

  /**
   * Dossiers still in progress at the end of the period whose due day had passed (quá hạn).
   *
   * @return the count
   */
  public long inProgressOverdue() {
    return counts[OVERDUE];
  }

  /**
   * Dossiers still in progress at the end of the period.
   *
   * @return the count
   */
  public long inProgress() {
    return counts[WITHIN] + counts[OVERDUE];
  }

  /**
   * The sum of this line and another.
   *
   * @param other the other line
   * @return the sum
   */
  public ProcessingCounts plus(ProcessingCounts other) {
    long[] sum = counts.clone();
    for (int i = 0; i < SIZE; i++) {
      sum[i] += other.counts[i];
    }
    return new ProcessingCounts(sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessingCounts c && java.util.Arrays.equals(counts, c.counts);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ProcessingCounts{carriedOver="
        + carriedOver()
        + ", newOnline="
        + newOnline()
        + ", newInPerson="
        + newInPerson()
        + ", early="
        + finishedEarly()
        + ", onTime="
        + finishedOnTime()
        + ", late="
        + finishedLate()
        + ", withinTime="
        + inProgressWithinTime()
        + ", overdue="
        + inProgressOverdue()
        + '}';
  }

  static ProcessingCounts of(long[] counts) {
    Objects.requireNonNull(counts);
    return new ProcessingCounts(counts);
  }
}
