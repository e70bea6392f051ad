package io.github.cchc.model.document;

import org.jspecify.annotations.Nullable;

/**
 * A number of the old hyphen form printed with a space for its hyphen: "Thông tư số 60 TC/CĐKT ngày
 * 01/09/1997", "Quyết định số 1141 TC/QĐ/CĐKT", "Công văn số 74 TC/TCT" (Thông tư 155/1998/TT-BTC
 * of the Bộ Tài chính, .doc in TCVN3: the Ministry printed its own numbers both with the hyphen and
 * with a space then). Read up to the space, the number stands alone ("60").
 *
 * <p>The class: digits alone, one space, then a symbol of capitals whose codes are joined by
 * slashes only ("TC/CĐKT", "TC/QĐ/CĐKT", "NQ/TW"): the space is the hyphen after the number, and
 * the joined number ("60-TC/CĐKT") is read when it parses. A piece with a hyphen after the space
 * ("số 1234 QĐ-UBND", a space for a slash) or without a slash ("số 66 CP") is not joined.
 */
final class SpaceForHyphen {
  private SpaceForHyphen() {}

  /**
   * The number {@code text[start, end)} (digits alone) joined with the slashed symbol after the one
   * space that follows it, up to {@code limit}; null when the text is not so or the join does not
   * parse.
   */
  static SpacedSymbol.@Nullable Joined after(String text, int start, int end, int limit) {
    if (end <= start || end + 2 >= limit || text.charAt(end) != ' ') {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (!SymbolToken.isDigit(text.charAt(k))) {
        return null;
      }
    }
    int s = end + 1;
    if (!Character.isUpperCase(text.charAt(s))) {
      return null;
    }
    int stop = SymbolToken.trimmed(text, s, SymbolToken.end(text, s, limit), 1);
    String symbol = text.substring(s, stop);
    if (symbol.indexOf('/') < 0 || symbol.indexOf('-') >= 0 || symbol.endsWith("/")) {
      return null;
    }
    String joined = text.substring(start, end) + "-" + symbol;
    DocumentNumber n = new NumberParser(joined, 0, joined.length()).parse();
    return n == null || !n.hasSymbol() ? null : new SpacedSymbol.Joined(joined, stop, n);
  }
}
