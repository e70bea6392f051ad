package io.github.cchc.model;

import org.jspecify.annotations.Nullable;

/**
 * The base of every exception that cchc-sdk's library modules throw on purpose: one type to catch
 * for "the library refused this", as {@code java.time.DateTimeException} is for java.time and
 * {@code JacksonException} for Jackson. It is unchecked; each subclass says what was refused, where
 * and why, and keeps those parts as accessors ({@link CchcParseException#input()}, {@code
 * PlanReadException.file()}, {@code DossierReadException.row()}, ...).
 *
 * <p>The subclasses, by module:
 *
 * <ul>
 *   <li>cchc-model: {@link CchcParseException} (a text that is not a value), {@code
 *       InvalidDossierException} (dossier fields that contradict each other), {@code
 *       PlanReadException} and its {@code NotAPlanException} (a plan file);
 *   <li>cchc-indicators: {@code CalendarInputException} (a date or count the calendar cannot
 *       honour), {@code DossierReadException} (an export that cannot be read), {@code
 *       GroupLimitException} (a tally past its group limit);
 *   <li>cchc-reporting: {@code InvalidProfileException} (a document profile file), {@code
 *       MissingLibraryException} (a renderer whose optional library is absent: a problem of the
 *       deployment, not of the input).
 * </ul>
 *
 * <p>Programming errors (a {@code null} argument, an index out of range) stay the JDK's {@code
 * NullPointerException} and {@code IllegalArgumentException}, as in java.time.
 *
 * <pre>{@code
 * try {
 *   Plan plan = PlanReader.read(Path.of("ke-hoach.docx"));
 *   ...
 * } catch (CchcException e) {
 *   System.err.println(e.getMessage());  // "ke-hoach.docx: file: not a plan: ..."
 * }
 * }</pre>
 */
public abstract class CchcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what was refused, where and why
   */
  protected CchcException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its message and cause.
   *
   * @param message what was refused, where and why
   * @param cause the underlying exception, or {@code null}
   */
  protected CchcException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
