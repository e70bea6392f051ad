package io.github.cchc.indicators.io;

import io.github.cchc.model.CchcException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an export cannot be read at all (a required column missing, a malformed CSV quote,
 * bytes that are not UTF-8, an I/O error), or in strict mode at the first rejected row. The message
 * says which file, where and why.
 *
 * <pre>{@code
 * try {
 *   DossierReader.defaults().read(file, sink);
 * } catch (DossierReadException e) {
 *   System.err.println(e.getMessage());  // "ho-so.csv:1: missing column Mã hồ sơ / dossier_id"
 * }
 * }</pre>
 */
public final class DossierReadException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable RejectedRow row;

  DossierReadException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.row = null;
  }

  DossierReadException(RejectedRow row) {
    super(row.toString() + " (strict mode)");
    this.row = row;
  }

  /** Returns the rejected row that stopped a strict read, if that is why. */
  public Optional<RejectedRow> row() {
    return Optional.ofNullable(row);
  }
}
