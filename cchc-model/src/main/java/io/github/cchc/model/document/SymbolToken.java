package io.github.cchc.model.document;

/**
 * The token a number and symbol is read from in running text: from a digit up to white space or a
 * mark that closes it (',', ';', brackets, quotes, a table bar), without the '.' or ':' that ends
 * the sentence or the label after it ("… 12/QĐ-UBND.", "… 12/QĐ-UBND:"). Shared by the citation
 * scanner and {@link SpacedSymbol}, so that both cut a symbol at the same place.
 */
final class SymbolToken {
  private SymbolToken() {}

  /** Tells whether {@code c} is an ASCII digit (a number's digits; other scripts' are not). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Tells whether {@code c} ends a token. */
  static boolean isEnd(char c) {
    return Character.isWhitespace(c)
        || switch (c) {
          // a backslash: the literal "\r\n" a copy leaves for its line breaks
          // ("1896/QĐ-TTg\r\nngày 25/12/2019", Kế hoạch 54/KH-UBND of Lạng Sơn on dulieuphapluat)
          // '<': an HTML tag a copy kept after a symbol ("72/2013/NĐ<br />", WrappedTypeCode)
          case ',', ';', '(', ')', '[', ']', '"', '“', '”', '|', '\\', '<' -> true;
          default -> false;
        };
  }

  /**
   * Where the token from {@code from} ends, at {@code limit} at the latest, its closing marks kept.
   */
  static int end(String text, int from, int limit) {
    int q = from;
    while (q < limit && !isEnd(text.charAt(q))) {
      q++;
    }
    return q;
  }

  /**
   * Where the token {@code [from, end)} ends without the '.' and ':' that close it, keeping at
   * least {@code keep} characters.
   */
  static int trimmed(String text, int from, int end, int keep) {
    int q = end;
    while (q > from + keep && (text.charAt(q - 1) == '.' || text.charAt(q - 1) == ':')) {
      q--;
    }
    return q;
  }
}
