package io.github.cchc.model.document;

import org.jspecify.annotations.Nullable;

/**
 * A number and symbol written with spaces inside it, as typed documents and their web copies give
 * it: a space before a separator ("Số: 123 /KH-UBND", the number typed in before the symbol's
 * field; "Quyết định số 1234 /QĐ-UBND"), after one ("35/NQ- CP"), or around it ("Kết luận số 100 -
 * KL/TW", "66/NQ - CP", an en dash for the hyphen). The pieces are joined when the token read up to
 * the first space is no number with a symbol by itself ("123", "35/NQ-", "66/NQ") and the joined
 * one is, with a slash in it; so "12/QĐ-UBND - Sở Nội vụ" and "Nghị quyết số 66 - Chính phủ" stay
 * as they are. A symbol broken at the end of a line right after its hyphen or slash goes on on the
 * next line ("2390/BC-⏎QHKT-NSH-HTKT"); a line break after a whole symbol ends it. An ampersand
 * joins two codes of one body ("NN&PTNT") and is no end either: a space after it ("15972/SXD-QLN&
 * TTBĐS") is a copy's, and the code goes on.
 */
final class SpacedSymbol {
  /** The most pieces joined after the first. */
  private static final int MAX_PIECES = 4;

  /** The most spaces between two pieces. */
  private static final int MAX_SPACES = 3;

  private SpacedSymbol() {}

  /** The symbol without its spaces, where it ends in the text, and the number it parses as. */
  record Joined(String symbol, int end, DocumentNumber number) {}

  /**
   * Joins the token {@code text[start, end)} with the pieces after it, up to {@code limit}. The
   * caller has parsed the token alone and found no number with a symbol in it ("123", "35/NQ-"); a
   * token that is one stands alone and is not passed here.
   *
   * @return the joined symbol, its end and its number, or null when no join parses
   */
  static @Nullable Joined after(String text, int start, int end, int limit) {
    if (end <= start || !SymbolToken.isDigit(text.charAt(start))) {
      return null;
    }
    StringBuilder joined = new StringBuilder(end - start + 16);
    // a full stop typed after the number, before the symbol's field: "Số: 3070. /KH-UBND" (the
    // number a signing tool stamps, Kế hoạch 3070/KH-UBND of Bỉm Sơn)
    int digits = end;
    while (digits > start + 1 && text.charAt(digits - 1) == '.') {
      digits--;
    }
    joined.append(text, start, digits);
    Joined best = null;
    int k = end;
    for (int pieces = 0; pieces < MAX_PIECES; pieces++) {
      int s = k;
      boolean broken = false;
      while (s < limit && s - k <= MAX_SPACES + 2) {
        char w = text.charAt(s);
        if (isSpace(w)) {
          s++;
        } else if (!broken && (w == '\n' || w == '\r') && endsWithSeparator(joined)) {
          // a symbol broken at the end of a line after its hyphen or slash: "Báo cáo thẩm định
          // số 2390/BC-⏎QHKT-NSH-HTKT" (Quyết định 2858/QĐ-UBND of Hà Nội, PDF), "Tờ trình số
          // 473/TTr -⏎NN&PTNT" (Quyết định 14/2007 of Quảng Nam on thuviennhadat): one line break
          broken = true;
          s++;
          if (w == '\r' && s < limit && text.charAt(s) == '\n') {
            s++;
          }
        } else {
          break;
        }
      }
      if (s == k || s >= limit || s - k > MAX_SPACES + (broken ? 2 : 0)) {
        break;
      }
      char c = text.charAt(s);
      char last = joined.charAt(joined.length() - 1);
      boolean separator = c == '/' || c == '-' || c == '\u2013';
      // an ampersand joins two codes of one body and cannot end a symbol: "15972/SXD-QLN&
      // TTBĐS" (Công văn 4085 of Hồ Chí Minh City, 2025, corpus {@code unseen51}) is one code
      // "QLN&TTBĐS" that a copy broke after its ampersand
      boolean afterSeparator =
          (last == '/' || last == '-' || last == '&')
              && (Character.isUpperCase(c) || SymbolToken.isDigit(c));
      if (!separator && !afterSeparator) {
        break;
      }
      int e = SymbolToken.trimmed(text, s, SymbolToken.end(text, s, limit), 1);
      if (c == '\u2013') {
        joined.append('-').append(text, s + 1, e);
      } else {
        joined.append(text, s, e);
      }
      k = e;
      String candidate = joined.toString();
      if (candidate.indexOf('/') > 0) {
        DocumentNumber n = new NumberParser(candidate, 0, candidate.length()).parse();
        if (n != null && n.hasSymbol()) {
          best = new Joined(candidate, k, n);
        }
      }
    }
    return best;
  }

  /** Whether the symbol read so far ends with a separator, so that it must go on. */
  private static boolean endsWithSeparator(StringBuilder joined) {
    char last = joined.charAt(joined.length() - 1);
    return last == '-' || last == '/' || last == '&';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\t';
  }
}
