package io.github.cchc.model.text;

/**
 * Makes a text safe to echo in a diagnostic line: a value read from a file, echoed in "line 42: …",
 * must neither start a line of its own nor send escape sequences to a terminal.
 *
 * <p>{@link #escape(CharSequence)} writes every control character (C0, DEL, C1), the line and
 * paragraph separators U+2028 and U+2029 and the bidirectional controls (U+202A to U+202E, U+2066
 * to U+2069, U+200E, U+200F, U+061C) as a Java-style escape ({@code \n}, {@code \r}, {@code \t},
 * otherwise {@code \}{@code uXXXX}); every other character, Vietnamese letters included, is kept. A
 * text longer than {@link #MAX_LENGTH} characters is cut, with the number of characters left out.
 *
 * <pre>{@code
 * DiagnosticText.escape("Sở Nội vụ\nline 42: forged");  // "Sở Nội vụ\\nline 42: forged"
 * DiagnosticText.escape("\u001B[2J");                    // "\\u001B[2J"
 * }</pre>
 */
public final class DiagnosticText {
  /** The longest text {@link #escape(CharSequence)} echoes whole. */
  public static final int MAX_LENGTH = 200;

  private DiagnosticText() {}

  /**
   * Returns {@code text} on one line, its control characters escaped, cut after {@link #MAX_LENGTH}
   * characters.
   *
   * @param text the text to echo
   * @return the safe text
   */
  public static String escape(CharSequence text) {
    return escape(text, MAX_LENGTH);
  }

  /**
   * Returns {@code text} on one line, its control characters escaped, cut after {@code maxLength}
   * characters.
   *
   * @param text the text to echo
   * @param maxLength the most characters of {@code text} echoed
   * @return the safe text
   */
  public static String escape(CharSequence text, int maxLength) {
    int n = text.length();
    int shown = n > maxLength ? maxLength : n;
    if (shown > 0 && shown < n && Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--; // never cut a surrogate pair in two
    }
    StringBuilder sb = null;
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (needsEscape(c)) {
        if (sb == null) {
          sb = new StringBuilder(shown + 16).append(text, 0, i);
        }
        appendEscape(sb, c);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    String s = sb != null ? sb.toString() : text.subSequence(0, shown).toString();
    return shown < n ? s + "… (" + (n - shown) + " more characters)" : s;
  }

  /**
   * Returns whether {@code c} would be escaped.
   *
   * @param c a character
   * @return true for control, line-separator and bidirectional-control characters
   */
  public static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  private static void appendEscape(StringBuilder sb, char c) {
    switch (c) {
      case '\n':
        sb.append("\\n");
        break;
      case '\r':
        sb.append("\\r");
        break;
      case '\t':
        sb.append("\\t");
        break;
      default:
        sb.append(String.format("\\u%04X", (int) c));
    }
  }
}
