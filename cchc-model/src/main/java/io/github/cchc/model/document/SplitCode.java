package io.github.cchc.model.document;

import org.jspecify.annotations.Nullable;

/**
 * A code of a joint symbol split by a space a copy put inside it: "Thông tư liên tịch số
 * 27/2013/TTLT-BNNPTNT-B YT-BGDĐT" (Báo cáo 1377/BC-BNN-TCTL of 2014 on luatminhkhue), where "B YT"
 * is the Bộ Y tế's code BYT. Read up to the space, the symbol ended with a code of one letter,
 * which no body has.
 *
 * <p>The class: a symbol whose last code is one capital after a hyphen, then one space, then
 * capitals that go on with a hyphen and more codes: the two pieces are one code. A symbol whose
 * words after the space do not go on with a hyphen ("… -B và …") stays as it is.
 */
final class SplitCode {
  private SplitCode() {}

  /**
   * Joins the symbol {@code text[start, end)} with the piece after the space that split its last
   * code; null when the symbol does not end so or the joined one does not parse.
   */
  static SpacedSymbol.@Nullable Joined after(String text, int start, int end, int limit) {
    if (end - start < 3
        || end + 2 >= limit
        || !Character.isUpperCase(text.charAt(end - 1))
        || text.charAt(end - 2) != '-'
        || text.charAt(end) != ' '
        || !Character.isUpperCase(text.charAt(end + 1))) {
      return null;
    }
    int s = end + 1;
    int e = s;
    while (e < limit && Character.isUpperCase(text.charAt(e))) {
      e++;
    }
    if (e >= limit || text.charAt(e) != '-') {
      return null;
    }
    int stop = SymbolToken.trimmed(text, s, SymbolToken.end(text, s, limit), 1);
    String joined = text.substring(start, end) + text.substring(s, stop);
    DocumentNumber n = new NumberParser(joined, 0, joined.length()).parse();
    return n == null || !n.hasSymbol() ? null : new SpacedSymbol.Joined(joined, stop, n);
  }
}
