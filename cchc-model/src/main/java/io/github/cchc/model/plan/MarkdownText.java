package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * Tells Markdown text saved as {@code .txt} (a crawler's {@code .md} copy renamed, a page pasted
 * from a Markdown viewer) from plain text, by signals that plain text does not give:
 *
 * <ul>
 *   <li>the delimiter row of a pipe table ({@code |---|---|}) under a row with a {@code |}:
 *       Markdown alone;
 *   <li>a first line that is the page's headline as a level-one ATX heading ({@code # } and six
 *       words or more) over a blank line, as a crawler converts a law site's article or question
 *       page ("# Toàn văn Kế hoạch 188/KH-UBND về nâng cao chất lượng giáo dục mầm non …?",
 *       thuvienphapluat in tnt305/tai_lieu_noi_bo): Markdown alone; a short first heading is not
 *       ("# (PAR INDEX", a plain news page's cut breadcrumb);
 *   <li>two of these marks of a crawler's layout: lines that are ATX headings or whose whole text
 *       is in paired {@code **} ({@code **KẾ HOẠCH**}); a {@code **} that opens a line and closes
 *       on a later one ({@code **CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM**}); an italic place-and-date
 *       line, a single {@code *} before the place and ", ngày" ({@code *Hà Nội, ngày⏎24 tháng 11
 *       năm 2025*}, Kế hoạch 310/KH-UBND of Hà Nội); a crawler's cell, a lone {@code |} line whose
 *       next line opens on emphasis ({@code |⏎**ỦY BAN NHÂN}). Each counts once.
 * </ul>
 *
 * A {@code *} or a {@code |} in running text is no signal ("Điểm * là điểm thưởng", "Tỷ lệ | Số hồ
 * sơ"), nor are lone {@code |} lines of a flattened table without emphasis, nor one bold span over
 * two lines alone (the signature "**KT. GIÁM ĐỐC⏎PHÓ GIÁM ĐỐC**" of a plain seed).
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
    String[] lines = text.split("\\R", -1);
    if (headline(lines)) {
      return true;
    }
    int signals = 0;
    boolean strong = false;
    boolean spanning = false;
    boolean dateLine = false;
    boolean cell = false;
    String previous = "";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (previous.contains("|") && DELIMITER_ROW.matcher(line).matches()) {
        return true;
      }
      if (STRONG_LINE.matcher(line).matches() || ATX_HEADING.matcher(line).matches()) {
        if (++signals >= LINES) {
          return true;
        }
        strong = true;
      } else if (!spanning && spansLines(lines, i)) {
        spanning = true;
        signals++;
      }
      String next = i + 1 < lines.length ? lines[i + 1] : "";
      if (!dateLine && DATE_LINE.matcher(line + " " + next).find()) {
        dateLine = true;
        signals++;
      }
      if (!cell
          && line.strip().equals("|")
          && i + 1 < lines.length
          && lines[i + 1].stripLeading().startsWith("*")) {
        cell = true;
        signals++;
      }
      if (signals >= LINES) {
        return true;
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    return false;
  }

  /**
   * An italic place-and-date line: a single {@code *} before a capital, then ", ngày", on the line
   * or wrapped after its comma ("*Thành phố Huế,⏎ngày 18 tháng 11 năm 2025 *", Nghị quyết
   * 37/2025/NQ-HĐND of Huế).
   */
  private static final Pattern DATE_LINE =
      Pattern.compile("^\\s*\\*(?!\\*)\\p{Lu}[^*]{0,60}?, ngày");

  /** A headline heading: {@code # } and six words or more. */
  private static final Pattern HEADLINE = Pattern.compile("#\\s+(?:\\S+\\s+){5,}\\S+\\s*");

  /** Whether the first non-blank line is a {@link #HEADLINE} over a blank line. */
  private static boolean headline(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return HEADLINE.matcher(lines[i]).matches()
            && i + 1 < lines.length
            && lines[i + 1].isBlank();
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} opens on a {@code **} not closed on it, that a later line of the same
   * paragraph (before a blank line) closes.
   */
  private static boolean spansLines(String[] lines, int i) {
    String line = lines[i].strip();
    if (!line.startsWith("**") || line.startsWith("***") || count(line) % 2 == 0) {
      return false;
    }
    for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) {
      if (count(lines[j]) % 2 == 1) {
        return lines[j].strip().endsWith("**");
      }
    }
    return false;
  }

  /** How many {@code **} a line holds. */
  private static int count(String line) {
    int n = 0;
    for (int k = line.indexOf("**"); k >= 0; k = line.indexOf("**", k + 2)) {
      n++;
    }
    return n;
  }
}
