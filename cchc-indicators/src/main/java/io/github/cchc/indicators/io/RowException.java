package io.github.cchc.indicators.io;

/** A rejected value of one row: which field and why. Cheap: no stack trace. */
final class RowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient DossierField field;

  RowException(DossierField field, String reason) {
    super(reason, null, false, false);
    this.field = field;
  }

  DossierField field() {
    return field;
  }
}
