package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A symbol cut at a line's end right after its type's code, the hyphen before the issuer's code
 * lost with the break: "Nghị định số 72/2013/NĐ<br>
 * ⏎CP và Nghị định số 150/2018/NĐCP" (Thông tư 06/2019/TT-BTTTT as tailieu.vn copies it, its lines
 * closed by the page's "<br>
 * " tags and its hyphens dropped). Read up to the break, the symbol named a type and no issuer,
 * which no symbol of Nghị định 30/2020 does, and the citation was lost.
 *
 * <p>The class: a number whose symbol ends with a type's code ("/NĐ", "/QĐ", "/NQ") at the end of
 * its line (an HTML line-break tag a copy kept may close it), and a next line that opens on a code
 * in capitals: the two are one symbol, joined by the hyphen. The joined symbol must parse; a line
 * that opens on a word ("Chính phủ …") gives none.
 */
final class WrappedTypeCode {
  private WrappedTypeCode() {}

  /** The line's end after the type's code: spaces, an HTML break tag, the break, the indent. */
  private static final Pattern BREAK =
      Pattern.compile("[ \\t]*(?:<br\\s*/?>)?[ \\t]*\\r?\\n[ \\t]*");

  /** An issuer's code opening the next line: capitals, digits and hyphens, then no letter. */
  private static final Pattern CODE = Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]{0,19}(?![\\p{L}\\d])");

  /**
   * Joins the symbol {@code text[start, end)} with the code that opens the next line; null when the
   * symbol does not end with a type's code at its line's end or the joined one does not parse.
   */
  static SpacedSymbol.@Nullable Joined after(String text, int start, int end, int limit) {
    int slash = text.lastIndexOf('/', end - 1);
    if (slash <= start || DocumentType.fromAbbreviation(text.substring(slash + 1, end)).isEmpty()) {
      return null;
    }
    Matcher b = BREAK.matcher(text).region(end, limit);
    if (!b.lookingAt()) {
      return null;
    }
    Matcher c = CODE.matcher(text).region(b.end(), limit);
    if (!c.lookingAt()) {
      return null;
    }
    int stop = SymbolToken.trimmed(text, c.start(), c.end(), 1);
    String joined = text.substring(start, end) + "-" + text.substring(c.start(), stop);
    DocumentNumber n = new NumberParser(joined, 0, joined.length()).parse();
    return n == null || !n.hasSymbol() ? null : new SpacedSymbol.Joined(joined, stop, n);
  }
}
