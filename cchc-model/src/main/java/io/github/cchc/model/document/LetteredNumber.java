package io.github.cchc.model.document;

/**
 * A document's number with a letter after its digits, named alone after its type's name without
 * "số": "Nghị quyết 30a" (the Government's 30a/2008/NQ-CP on poor districts, as vietnamnet, infonet
 * and the Ministry of Labour's Báo cáo 59/BC-LĐTBXH name it), "Nghị quyết 30c" (30c/NQ-CP on
 * administrative reform), "Nghị quyết 36a" (36a/NQ-CP on e-government). A count, a year or a period
 * never has such a letter, so the number is a citation wherever its phrase goes on (a word, a
 * colon, a comma, the sentence's stop, another figure: "Nghị quyết 30a 6 tháng đầu năm"), as the
 * corpus labels it ("30a"), the short name in brackets a page gives a document it has just cited in
 * full as well ("Nghị quyết số 30c/NQ-CP ngày 08/11/2011 … (Nghị quyết 30c), Ủy ban nhân dân …",
 * the seventeenth round's settled rule, {@link BareNumberEnd}). Not taken: a project's name
 * ("Chương trình 30a"), which the caller leaves out.
 */
final class LetteredNumber {
  private LetteredNumber() {}

  /**
   * Whether the token {@code [p, q)} of {@code text} is one to three digits and one small Latin
   * letter, ending its phrase there.
   */
  static boolean at(String text, int p, int q) {
    int digits = q - p - 1;
    if (digits < 1 || digits > 3) {
      return false;
    }
    for (int i = p; i < q - 1; i++) {
      if (!SymbolToken.isDigit(text.charAt(i))) {
        return false;
      }
    }
    char letter = text.charAt(q - 1);
    if (letter < 'a' || letter > 'z') {
      return false;
    }
    if (q >= text.length()) {
      return true;
    }
    char after = text.charAt(q);
    if (after == ')') {
      return BareNumberEnd.at(text, q);
    }
    return Character.isWhitespace(after) || ".,;:?".indexOf(after) >= 0;
  }
}
