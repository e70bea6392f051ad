package io.github.cchc.model.document;

/**
 * The words that announce a list of citations between the list's type name and its colon: "[5] Các
 * Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể: số 1341/QĐ-TTg ngày 08/7/2016 …; số
 * 1437/QĐ-TTg …" (footnote 5 of Công văn 6386/BVHTTDL-KHCNĐTMT of 2025, corpus {@code unseen48}).
 * "cụ thể", "như sau", "sau đây", "gồm" and "bao gồm", with the comma before them, stand after the
 * name and its subject and are no part of that subject; {@link CitationLists#pluralListBefore}
 * steps over them before it counts the subject's words back to the type name.
 */
final class ListLeadIn {
  private ListLeadIn() {}

  /** The lead-in words, folded, the longest first. */
  private static final String[] WORDS = {"bao gom", "cu the", "nhu sau", "sau day", "gom"};

  /**
   * Where the text before a list's colon goes on once its lead-in is stepped over.
   *
   * @param scanner the scanner whose text is read
   * @param text the scanner's text
   * @param q the end of the text before the colon, its spaces skipped
   * @param floor where the look back stops
   * @return the end of the text before the lead-in and its comma, or {@code q} when there is no
   *     lead-in there
   */
  static int before(CitationScanner scanner, String text, int q, int floor) {
    for (String word : WORDS) {
      int s = q - word.length();
      if (s > floor && scanner.matchesFolded(s, word) && !Character.isLetter(text.charAt(s - 1))) {
        int p = scanner.skipSpacesBack(s);
        if (p > floor && text.charAt(p - 1) == ',') {
          p = scanner.skipSpacesBack(p - 1);
        }
        return p;
      }
    }
    return q;
  }
}
