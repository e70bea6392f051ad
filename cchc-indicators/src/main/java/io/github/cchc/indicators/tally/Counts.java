package io.github.cchc.indicators.tally;

import io.github.cchc.model.dossier.DossierFlag;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The counters of one group of a {@link Tally}: how many dossiers were counted, how many had each
 * {@link DossierFlag}, and the counts that depend on the day the tally was taken ({@link
 * #openWithinDeadline()}, {@link #openOverdue()}, {@link #nationalOpenInTime()}). Immutable.
 *
 * <pre>{@code
 * Counts c = tally.group("Sở Xây dựng");
 * c.received();                              // 1204
 * c.count(DossierFlag.FINISHED_ON_TIME);     // 1100
 * c.merge(other).received();                 // the sum
 * }</pre>
 */
public final class Counts {
  static final int FLAGS = DossierFlag.values().length;
  static final int RECEIVED = FLAGS;
  static final int OPEN_WITHIN_DEADLINE = FLAGS + 1;
  static final int OPEN_OVERDUE = FLAGS + 2;
  static final int NATIONAL_OPEN_IN_TIME = FLAGS + 3;
  static final int STRIDE = FLAGS + 4;

  private static final Counts EMPTY = new Counts(new long[STRIDE]);

  private final long[] values;

  private Counts(long[] values) {
    this.values = values;
  }

  static Counts copyOf(long[] source, int offset) {
    return new Counts(Arrays.copyOfRange(source, offset, offset + STRIDE));
  }

  /** Returns the counts of nothing: every counter zero. */
  public static Counts empty() {
    return EMPTY;
  }

  /**
   * Returns the counts with the given counters, in the order of {@link #toArray()}: the inverse of
   * {@link #toArray()}, for encoders (a Beam {@code Coder}, a file) that store counts.
   *
   * @param counters {@link #size()} counters, none negative
   * @return the counts
   * @throws IllegalArgumentException if the length is not {@link #size()} or a counter is negative
   */
  public static Counts ofArray(long[] counters) {
    if (counters.length != STRIDE) {
      throw new IllegalArgumentException(
          "expected " + STRIDE + " counters, found " + counters.length);
    }
    for (long c : counters) {
      if (c < 0) {
        throw new IllegalArgumentException("negative counter " + c);
      }
    }
    return new Counts(counters.clone());
  }

  /**
   * Returns how many counters {@link #toArray()} holds: one per {@link DossierFlag} and four more.
   */
  public static int size() {
    return STRIDE;
  }

  /**
   * Returns a copy of the counters in a fixed order: the count of each {@link DossierFlag} by
   * ordinal, then {@link #received()}, {@link #openWithinDeadline()}, {@link #openOverdue()} and
   * {@link #nationalOpenInTime()}. The order follows {@link DossierFlag}: encodings that store it
   * should store {@link #size()} too.
   *
   * @return the counters
   */
  public long[] toArray() {
    return values.clone();
  }

  /** Returns how many dossiers were counted (received in the tally's period). */
  public long received() {
    return values[RECEIVED];
  }

  /**
   * Returns how many counted dossiers have {@code flag}.
   *
   * @param flag the flag
   * @return the count
   */
  public long count(DossierFlag flag) {
    return values[flag.ordinal()];
  }

  /** Returns how many dossiers were open and not yet past their due day on the tally's day. */
  public long openWithinDeadline() {
    return values[OPEN_WITHIN_DEADLINE];
  }

  /** Returns how many dossiers were open and past their due day on the tally's day. */
  public long openOverdue() {
    return values[OPEN_OVERDUE];
  }

  /**
   * Returns how many open dossiers, not waiting for a supplement and with at most one supplement
   * request, were within their due day on the tally's day: in time under the national index.
   */
  public long nationalOpenInTime() {
    return values[NATIONAL_OPEN_IN_TIME];
  }

  /**
   * Returns the sum of these counts and {@code other}.
   *
   * @param other the other counts
   * @return the sum
   */
  public Counts merge(Counts other) {
    long[] sum = values.clone();
    for (int i = 0; i < STRIDE; i++) {
      sum[i] += other.values[i];
    }
    return new Counts(sum);
  }

  void addTo(long[] target, int offset) {
    for (int i = 0; i < STRIDE; i++) {
      target[offset + i] += values[i];
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Counts && Arrays.equals(values, ((Counts) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** Returns the non-zero counters, "Counts{received=3, FINISHED=2, ...}". */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "Counts{", "}");
    j.add("received=" + received());
    for (DossierFlag f : DossierFlag.values()) {
      if (count(f) != 0) {
        j.add(f + "=" + count(f));
      }
    }
    if (openWithinDeadline() != 0) {
      j.add("openWithinDeadline=" + openWithinDeadline());
    }
    if (openOverdue() != 0) {
      j.add("openOverdue=" + openOverdue());
    }
    if (nationalOpenInTime() != 0) {
      j.add("nationalOpenInTime=" + nationalOpenInTime());
    }
    return j.toString();
  }
}
