package io.github.cchc.indicators.io;

import java.util.List;

/**
 * What a read did: rows read, accepted and rejected — always {@code rowsRead() == accepted() +
 * rejectedCount()} — and the rejected rows themselves (the first {@link
 * DossierReader#withRejectedLimit(int) limit} of them; all are counted and all go to the reader's
 * listener).
 *
 * <pre>{@code
 * ReadReport r = DossierReader.defaults().read(file, dossier -> {});
 * r.summary();  // "read 1000 rows: 997 accepted, 3 rejected"
 * }</pre>
 */
public final class ReadReport {
  private final String file;
  private final long accepted;
  private final long rejectedCount;
  private final List<RejectedRow> rejected;

  ReadReport(String file, long accepted, long rejectedCount, List<RejectedRow> rejected) {
    this.file = file;
    this.accepted = accepted;
    this.rejectedCount = rejectedCount;
    this.rejected = List.copyOf(rejected);
  }

  /** Returns the name of the file read. */
  public String file() {
    return file;
  }

  /** Returns how many rows were read (data rows, not the header). */
  public long rowsRead() {
    return accepted + rejectedCount;
  }

  /** Returns how many rows became dossiers. */
  public long accepted() {
    return accepted;
  }

  /** Returns how many rows were rejected. */
  public long rejectedCount() {
    return rejectedCount;
  }

  /** Returns the rejected rows kept, in file order (all of them unless over the limit). */
  public List<RejectedRow> rejected() {
    return rejected;
  }

  /**
   * Returns the sum of this report and {@code other} (rows of several files).
   *
   * @param other another report
   * @return the combined report, named after both files
   */
  public ReadReport plus(ReadReport other) {
    List<RejectedRow> all = new java.util.ArrayList<>(rejected);
    all.addAll(other.rejected);
    return new ReadReport(
        file + "," + other.file,
        accepted + other.accepted,
        rejectedCount + other.rejectedCount,
        all);
  }

  /** Returns "read N rows: A accepted, R rejected". */
  public String summary() {
    return "read "
        + rowsRead()
        + " rows: "
        + accepted
        + " accepted, "
        + rejectedCount
        + " rejected";
  }

  /** Returns the file and the summary. */
  @Override
  public String toString() {
    return file + ": " + summary();
  }
}
