package io.github.cchc.indicators.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

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
 *
 * <p>In JSON: {@code {"file":"ho-so.csv","rowsRead":1000,"accepted":997,"rejectedCount":3,
 * "rejected":[...]}}; {@code rowsRead} is written for readers of the JSON and checked when read
 * back, and the report reads back equal.
 */
@JsonPropertyOrder({"file", "rowsRead", "accepted", "rejectedCount", "rejected"})
public final class ReadReport {
  @JsonProperty private final String file;
  @JsonProperty private final long accepted;
  @JsonProperty private final long rejectedCount;
  @JsonProperty private final List<RejectedRow> rejected;

  ReadReport(String file, long accepted, long rejectedCount, List<RejectedRow> rejected) {
    if (accepted < 0 || rejectedCount < 0 || rejected.size() > rejectedCount) {
      throw new IllegalArgumentException(
          "read report of "
              + file
              + ": "
              + accepted
              + " accepted, "
              + rejectedCount
              + " rejected, "
              + rejected.size()
              + " rejected rows listed");
    }
    this.file = Objects.requireNonNull(file, "file");
    this.accepted = accepted;
    this.rejectedCount = rejectedCount;
    this.rejected = List.copyOf(rejected);
  }

  /** Returns the name of the file read. */
  public String file() {
    return file;
  }

  /** Reads a report back from its JSON; {@code rowsRead}, when present, must add up. */
  @JsonCreator
  static ReadReport fromJson(
      @JsonProperty("file") String file,
      @JsonProperty("rowsRead") @org.jspecify.annotations.Nullable Long rowsRead,
      @JsonProperty("accepted") long accepted,
      @JsonProperty("rejectedCount") long rejectedCount,
      @JsonProperty("rejected") @org.jspecify.annotations.Nullable List<RejectedRow> rejected) {
    if (rowsRead != null && rowsRead != accepted + rejectedCount) {
      throw new IllegalArgumentException(
          "read report of "
              + file
              + ": rowsRead "
              + rowsRead
              + " is not accepted + rejectedCount ("
              + (accepted + rejectedCount)
              + ")");
    }
    return new ReadReport(file, accepted, rejectedCount, rejected == null ? List.of() : rejected);
  }

  /** Returns how many rows were read (data rows, not the header). */
  @JsonProperty("rowsRead")
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadReport r
        && r.file.equals(file)
        && r.accepted == accepted
        && r.rejectedCount == rejectedCount
        && r.rejected.equals(rejected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, accepted, rejectedCount, rejected);
  }

  /** Returns the file and the summary. */
  @Override
  public String toString() {
    return file + ": " + summary();
  }
}
