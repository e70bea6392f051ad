package io.github.cchc.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a text cannot be parsed into a value of this library: it names the input, the
 * character offset where parsing failed and the reason, in English and, where given, Vietnamese.
 *
 * <p>A parser of this library either returns a complete value or throws this exception; it never
 * returns a half-parsed value.
 *
 * <pre>{@code
 * try {
 *   DocumentNumber.parse("24/KH-");
 * } catch (CchcParseException e) {
 *   e.input();       // "24/KH-"
 *   e.errorIndex();  // 6
 *   e.reason();      // "issuer code expected after '-'"
 * }
 * }</pre>
 */
public class CchcParseException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int errorIndex;
  private final String reason;

  /**
   * Creates an exception for {@code input} that failed at {@code errorIndex} for {@code reason}.
   *
   * @param input the text that was parsed, as given
   * @param errorIndex the offset in {@code input} (0 to {@code input.length()}) where parsing
   *     failed
   * @param reason why parsing failed, a short phrase
   */
  public CchcParseException(CharSequence input, int errorIndex, String reason) {
    this(input, errorIndex, reason, null);
  }

  /**
   * Creates an exception for {@code input} that failed at {@code errorIndex} for {@code reason},
   * caused by {@code cause}.
   *
   * @param input the text that was parsed, as given
   * @param errorIndex the offset in {@code input} where parsing failed
   * @param reason why parsing failed, a short phrase
   * @param cause the underlying exception, or {@code null}
   */
  public CchcParseException(
      CharSequence input, int errorIndex, String reason, @Nullable Throwable cause) {
    super(message(input, errorIndex, reason), cause);
    this.input = Objects.toString(input);
    this.errorIndex = errorIndex;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String message(CharSequence input, int errorIndex, String reason) {
    return "Cannot parse \"" + input + "\" at index " + errorIndex + ": " + reason;
  }

  /** Returns the text that could not be parsed. */
  public String input() {
    return input;
  }

  /** Returns the offset in {@link #input()} where parsing failed. */
  public int errorIndex() {
    return errorIndex;
  }

  /** Returns why parsing failed. */
  public String reason() {
    return reason;
  }
}
