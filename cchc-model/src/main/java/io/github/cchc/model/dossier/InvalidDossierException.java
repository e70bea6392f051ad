package io.github.cchc.model.dossier;

import io.github.cchc.model.CchcException;

/**
 * Thrown when the values given for a dossier contradict each other: a finish before receipt, a due
 * date before receipt, a finished status without a finish time. It names the dossier, the field and
 * the reason, so that a reader can report the row and column.
 *
 * <pre>{@code
 * try {
 *   Dossier.builder()...finished(LocalDateTime.of(2024, 1, 1, 8, 0)).build();
 * } catch (InvalidDossierException e) {
 *   e.field();   // "finished"
 *   e.reason();  // "finished (2024-01-01T08:00) before received (2024-01-05T08:30)"
 * }
 * }</pre>
 */
public final class InvalidDossierException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String dossierId;
  private final String field;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param dossierId the id of the dossier
   * @param field the field at fault, as named by the {@link Dossier} accessor
   * @param reason why the value is rejected
   */
  public InvalidDossierException(String dossierId, String field, String reason) {
    super("dossier " + dossierId + ": " + field + ": " + reason);
    this.dossierId = dossierId;
    this.field = field;
    this.reason = reason;
  }

  /** Returns the id of the dossier. */
  public String dossierId() {
    return dossierId;
  }

  /** Returns the field at fault ("finished", "due", "status", ...). */
  public String field() {
    return field;
  }

  /** Returns why the value is rejected. */
  public String reason() {
    return reason;
  }
}
