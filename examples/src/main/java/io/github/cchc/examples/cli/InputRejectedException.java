package io.github.cchc.examples.cli;

/**
 * Thrown by a subcommand when its input is rejected; the command line prints the message to
 * standard error and exits with {@link Cchc#INPUT_REJECTED}. The message says what was rejected,
 * where (file, line, column) and why.
 */
public final class InputRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was rejected, where and why
   */
  public InputRejectedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what was rejected, where and why
   * @param cause the underlying exception
   */
  public InputRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
