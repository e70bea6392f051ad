package io.github.cchc.reporting.model;

import io.github.cchc.model.CchcException;

/**
 * A {@link DocumentProfile} file that cannot be read as one: what is wrong, where (file, line,
 * column) and why.
 *
 * <pre>{@code
 * try {
 *   DocumentProfile.read(file);
 * } catch (InvalidProfileException e) {
 *   e.getMessage(); // "so-noi-vu.json:4:13: symbol \"BC/SNV\" is not a ký hiệu: ..."
 * }
 * }</pre>
 */
public final class InvalidProfileException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  InvalidProfileException(String source, int line, int column, String why, Throwable cause) {
    super(source + ":" + line + ":" + column + ": " + why, cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * The file or other source of the profile.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The line of the error, from 1; 0 if unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column of the error, from 1; 0 if unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
