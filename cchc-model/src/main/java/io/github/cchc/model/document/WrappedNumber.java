package io.github.cchc.model.document;

import org.jspecify.annotations.Nullable;

/**
 * A header's number wrapped before its symbol in a narrow cell: "Số: 5872⏎/KH-UBND" (Kế hoạch
 * 5872/KH-UBND of Ninh Thuận, 2012, on thuviennhadat), the digits on the "Số:" line and the symbol
 * from its slash on the line under it. Read alone, the number had no symbol and the symbol's line
 * was taken for the issuing body's ("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN /KH-UBND").
 *
 * <p>The class: a number of digits alone at the end of its line, the next line starting with the
 * slash or hyphen of a symbol that, joined to it, parses as a number with a symbol.
 */
final class WrappedNumber {
  private WrappedNumber() {}

  /**
   * Joins the digits {@code text[start, end)} with the symbol at the start of the next line, {@code
   * text[next, nextEnd)}; null when the two do not make a number with a symbol.
   */
  static SpacedSymbol.@Nullable Joined join(
      String text, int start, int end, int next, int nextEnd) {
    if (end <= start || next >= nextEnd) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (!SymbolToken.isDigit(text.charAt(k))) {
        return null;
      }
    }
    char c = text.charAt(next);
    if (c != '/' && c != '-') {
      return null;
    }
    int stop = SymbolToken.trimmed(text, next, SymbolToken.end(text, next, nextEnd), 1);
    String joined = text.substring(start, end) + text.substring(next, stop);
    DocumentNumber n = new NumberParser(joined, 0, joined.length()).parse();
    return n == null || !n.hasSymbol() ? null : new SpacedSymbol.Joined(joined, stop, n);
  }
}
