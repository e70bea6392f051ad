package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * Tells Markdown text saved as {@code .txt} (a crawler's {@code .md} copy renamed, a page pasted
 * from a Markdown viewer) from plain text, by signals that plain text does not give: the delimiter
 * row of a pipe table ({@code |---|---|}) under a row with a {@code |}, or at least two lines that
 * are ATX headings ({@code # Title}) or whose whole text is in paired {@code **} ({@code **KẾ
 * HOẠCH**}). One heading alone is no signal ("# (PAR INDEX" opens a plain news page of the corpus's
 * unseen2), nor is a {@code *} or a {@code |} in running text ("Điểm * là điểm thưởng", "Tỷ lệ | Số
 * hồ sơ").
 */
final class MarkdownText {
  private MarkdownText() {}

  /** A pipe table's delimiter row: two columns or more, or one between pipes. */
  private static final Pattern DELIMITER_ROW =
      Pattern.compile(
          "\\s*(?:\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?|\\|\\s*:?-{3,}:?\\s*\\|)\\s*");

  /** A line whose whole text is in paired {@code **}. */
  private static final Pattern STRONG_LINE =
      Pattern.compile("\\s*\\*\\*[^*\\s](?:.*[^*\\s])?\\*\\*\\s*");

  /** An ATX heading: one to six {@code #}, a space, text. */
  private static final Pattern ATX_HEADING = Pattern.compile(" {0,3}#{1,6} +\\S.*");

  /** How many bold or heading lines make a text Markdown. */
  private static final int LINES = 2;

  /**
   * Reads a {@code .txt} file's text as Markdown when it {@link #is} Markdown and commonmark is on
   * the class path; else (plain text, or no commonmark) returns null, and the text is read as plain
   * text, as it always was.
   *
   * @param name the file's name
   * @param text the text, decoded
   */
  static SourceDocument plainOrMarkdown(String name, String text) {
    if (!is(text)) {
      return null;
    }
    try {
      return MarkdownSource.read(name, text.replace('\u00a0', ' '));
    } catch (NoClassDefFoundError e) {
      return null;
    }
  }

  /**
   * Tells whether a text is Markdown by the signals above.
   *
   * @param text the text, decoded
   */
  static boolean is(String text) {
    int lines = 0;
    String previous = "";
    for (String line : text.split("\\R")) {
      if (previous.contains("|") && DELIMITER_ROW.matcher(line).matches()) {
        return true;
      }
      if (STRONG_LINE.matcher(line).matches() || ATX_HEADING.matcher(line).matches()) {
        if (++lines >= LINES) {
          return true;
        }
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    return false;
  }
}
