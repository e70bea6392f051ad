package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The mark of a page's headline as a level-one ATX heading ("# Sẽ cắt giảm ít nhất 50% thủ tục …",
 * "# Thái Nguyên"), on its first line, is for the header reader only: it tells the line is the
 * page's headline ({@code AtxHeadline}). The targets are read from the words: the headline's line
 * is the same words as its copy lower down ("## Sẽ cắt giảm ít nhất 50% …", a subheading whose
 * marks are dropped) and as the title it restates, and is told so only without its mark ({@link
 * RestatedHeadline}, {@link HeadlinePrintedTwice}). The {@code #} is blanked to a space, so that
 * every offset of the text stays where the header reader found it.
 */
final class AtxMark {
  private AtxMark() {}

  /** One {@code #} opening a line before spaces and a letter or a digit. */
  private static final Pattern LEVEL_ONE = Pattern.compile("[ \\t]*#[ \\t]+[\\p{L}\\d].*");

  /**
   * The document with the mark of its first line blanked when that line is a level-one ATX heading;
   * the document itself otherwise.
   */
  static SourceDocument blanked(SourceDocument doc) {
    List<Object> blocks = doc.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof String s)) {
        return doc; // a table first: no headline line
      }
      if (s.isBlank()) {
        continue;
      }
      String[] lines = s.split("\\R", -1);
      for (int k = 0; k < lines.length; k++) {
        if (lines[k].isBlank()) {
          continue;
        }
        if (!LEVEL_ONE.matcher(lines[k]).matches()) {
          return doc;
        }
        lines[k] = lines[k].replaceFirst("#", " ");
        List<Object> out = new ArrayList<>(blocks);
        out.set(i, String.join("\n", lines));
        return new SourceDocument(doc.file(), List.copyOf(out));
      }
    }
    return doc;
  }
}
