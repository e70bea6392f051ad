package io.github.cchc.model.document;

/**
 * A legal document named by its type, number and year without its symbol at the end of a line, as a
 * heading or a headline names the document it is about: "## Thủ tục đầu tư xây dựng nhà ở xã hội
 * theo Nghị quyết 201/2025" (thuvienphapluat's page on Thông báo 596/TB-VPCP, 2025, corpus {@code
 * unseen48}; the corpus labels it "201/2025", as it labels "Thông tư 24/2020 ngày …"). In a
 * sentence a number and year may be anything and is read only before its date; at the end of its
 * line, after the type's name, it is the document's.
 *
 * <p>The rule: after the number and year, at most spaces or tabs, then the line's end or the text's
 * end. Not taken: a number and year that a word of the sentence follows ("Thông tư 24/2020 quy định
 * biểu mẫu").
 */
final class YearNumberAtLineEnd {
  private YearNumberAtLineEnd() {}

  /**
   * Whether the line ends right after the number and year ending at {@code q}.
   *
   * @param text the text scanned
   * @param q the index after the year's last digit
   * @return true at the line's or the text's end
   */
  static boolean at(String text, int q) {
    int e = q;
    while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
      e++;
    }
    return e >= text.length() || text.charAt(e) == '\n' || text.charAt(e) == '\r';
  }
}
