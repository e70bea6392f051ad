package io.github.cchc.model.document;

import static io.github.cchc.model.document.HeaderText.NATIONAL_TITLE;

/**
 * The national title wrapped after its first words, the rest on the next line: "CỘNG⏎HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM" (Quyết định 166/QĐ-UBND of Nghệ An, 2022, thuvienphapluat.vn, corpus {@code
 * unseen46}, whose copy puts the first word of each header cell on a line of its own: "ỦY⏎BAN NHÂN
 * DÂN", "Nghệ⏎An, ngày …"). The title's first line anchors the header as the whole title does, so
 * that the issuing body above it is read, not the page's table of properties above that.
 *
 * <p>The rule: a line whose words are the first words of the national title, but not "cộng hòa xã
 * hội" itself, and the next line goes on with the title's words so that the two open with "cộng hòa
 * xã hội". A line "CỘNG" before anything else is no title.
 */
final class WrappedNationalTitle {
  private WrappedNationalTitle() {}

  /** The words that open the national title on one line: "cong hoa xa hoi". */
  private static final String OPENING = "cong hoa xa hoi";

  /**
   * Whether a line opens the national title wrapped over it and the next.
   *
   * @param folded the line, folded
   * @param nextFolded the next non-blank line, folded
   * @return true when the line is the title's first words and the next goes on with it
   */
  static boolean opens(String folded, String nextFolded) {
    String words = words(folded);
    if (words.isEmpty() || words.startsWith(OPENING) || !NATIONAL_TITLE.startsWith(words + " ")) {
      return false;
    }
    return (words + " " + words(nextFolded)).startsWith(OPENING);
  }

  private static String words(String folded) {
    return folded.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
  }
}
