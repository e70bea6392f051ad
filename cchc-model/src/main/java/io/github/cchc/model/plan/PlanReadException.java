package io.github.cchc.model.plan;

import io.github.cchc.model.CchcException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a plan cannot be read: names the file, where in it (paragraph, table row, or the file
 * as a whole) and why.
 *
 * <pre>{@code
 * try {
 *   PlanReader.read(Path.of("quyet-dinh.txt"));
 * } catch (NotAPlanException e) {
 *   e.file();       // "quyet-dinh.txt"
 *   e.reason();     // "not a plan: ..."
 * }
 * }</pre>
 */
public class PlanReadException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param location where in the file: "paragraph 3", "table 1, row 4", "file"
   * @param reason why
   * @param cause the underlying exception, or {@code null}
   */
  public PlanReadException(String file, String location, String reason, @Nullable Throwable cause) {
    super(file + ": " + location + ": " + reason, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.location = Objects.requireNonNull(location, "location");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Returns the file name. */
  public String file() {
    return file;
  }

  /** Returns where in the file. */
  public String location() {
    return location;
  }

  /** Returns why the plan cannot be read. */
  public String reason() {
    return reason;
  }
}
