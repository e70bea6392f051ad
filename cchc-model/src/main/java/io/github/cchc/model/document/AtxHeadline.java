package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline of a Markdown page read as plain text: its first line a level-one ATX heading ("#
 * Thái Nguyên", "# Kinh tế Việt Nam", "# Bình Định (tỉnh)", the encyclopaedia and question pages of
 * the tnt305/tai_lieu_noi_bo crawl), which is the page's title whatever its length, as a saved web
 * page's {@code <h1>} is. A news headline needs five words to be told from a site's chrome ({@link
 * NewsHeadline}); a page's one {@code #} heading at its top is marked as the headline by the page
 * itself, so two words are enough. Only one {@code #} ("## Lịch sử" is a section), only the page's
 * first line, and only a heading that opens on a word and closes the brackets it opens: "# (PAR
 * INDEX" (a plain news page's cut breadcrumb, corpus unseen2) is none.
 */
final class AtxHeadline {
  private AtxHeadline() {}

  /**
   * A level-one ATX heading: one {@code #}, spaces, the text opening on a letter or a digit, and
   * the closing {@code #}s CommonMark allows.
   */
  private static final Pattern LEVEL_ONE =
      Pattern.compile("#[ \\t]+([\\p{L}\\d].*?)(?:[ \\t]+#+)?[ \\t]*");

  /** The line of the page's ATX headline, its first non-blank line, or -1. */
  static int line(HeaderLines shared) {
    int first = shared.nextNonBlank(0, shared.lines().size());
    return first >= 0 && text(shared.lines().get(first).content()) != null ? first : -1;
  }

  /**
   * The text of a level-one ATX heading, without its marks, or null when the line is none or its
   * brackets do not close.
   */
  static @org.jspecify.annotations.Nullable String text(String content) {
    Matcher m = LEVEL_ONE.matcher(content.strip());
    if (!m.matches()) {
      return null;
    }
    String t = m.group(1).strip();
    return balanced(t) ? t : null;
  }

  /** Whether every round bracket of {@code t} opened is closed. */
  private static boolean balanced(String t) {
    int depth = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
