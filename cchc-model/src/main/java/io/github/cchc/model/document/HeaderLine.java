package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A line of a document as the header reader reads it: its offsets, its content without markdown
 * bold markers, stripped, and that content folded once, when the line is made ({@link
 * #fold(String)}).
 */
record HeaderLine(int start, int end, String content, String folded) {
  static HeaderLine of(int start, int end, String content) {
    return new HeaderLine(start, end, content, fold(content));
  }

  boolean blank() {
    return content.isEmpty();
  }

  /**
   * Text folded as the header reader matches it: {@link VietnameseText#fold(CharSequence)}, with
   * the national title's "HÒA" read back where a letter of it was misprinted ("CỘNG HỊA XÃ HỘI CHỦ
   * NGHĨA VIỆT NAM", a .doc shown as text), one letter for one. Used for each line and for the
   * cells of a header flattened onto one line.
   */
  static String fold(String content) {
    String f = VietnameseText.fold(content);
    if (f.contains(" xa hoi chu nghia")) {
      f = MISPRINTED_HOA.matcher(f).replaceAll("cong hoa");
    }
    return f;
  }

  /** "cong h?a" before "xa hoi", on folded text: the national title's "HÒA" with its vowel lost. */
  private static final Pattern MISPRINTED_HOA = Pattern.compile("\\bcong h[a-z]a(?= xa hoi)");
}
