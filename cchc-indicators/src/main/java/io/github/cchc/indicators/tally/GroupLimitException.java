package io.github.cchc.indicators.tally;

import io.github.cchc.model.CchcException;

/**
 * Thrown when a tally would hold more groups than its limit ({@link
 * TallyAccumulator#DEFAULT_MAX_GROUPS} unless set): memory stays bounded by the limit, not by how
 * many distinct agencies, procedures or months an input holds.
 *
 * <pre>{@code
 * try {
 *   reader.read(file, acc::add);
 * } catch (GroupLimitException e) {
 *   e.getMessage();  // "more than 100000 groups by procedure; the group that passed it: \"…\""
 * }
 * }</pre>
 */
public final class GroupLimitException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final int limit;

  GroupLimitException(int limit, String grouping, String label) {
    super(
        "more than "
            + limit
            + " groups by "
            + grouping
            + "; the group that passed the limit: \""
            + io.github.cchc.model.text.DiagnosticText.escape(label)
            + "\"");
    this.limit = limit;
  }

  /** Returns the limit that was passed. */
  public int limit() {
    return limit;
  }
}
