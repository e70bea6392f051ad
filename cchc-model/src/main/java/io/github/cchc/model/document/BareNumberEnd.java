package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;

/**
 * Where a document cited by its type and a bare number ends its phrase: the settled rule (issue 16,
 * seventeenth round) that such a document is a citation anywhere — in a sentence, in brackets, at a
 * comma, after the document was cited in full, in a headline or a caption ("Nghị quyết 57", "(Nghị
 * quyết 09)", "Nghị quyết 06,", "(Nghị quyết 15).", "Kế hoạch 367 còn đặt …", "Công văn 31", "Quyết
 * định 2269 Bộ Công Thương", "Văn bản 1277 2024"). A number that goes on as a figure, a symbol or a
 * count is not one ("Kế hoạch 10%", "Kế hoạch 1.000 tỷ", "Nghị quyết 57-NQ/TW", "Kế hoạch 12
 * tháng": the caller leaves out the count's units).
 *
 * <p>The rule: after the number comes the text's end; a closing mark, ')', '?', '!', ';' or ':'; a
 * full stop or a comma not followed by a digit (a decimal or thousands' mark); or white space and
 * then a small letter (a word of the sentence), an opening bracket, the line's end, a year alone
 * ("Văn bản 1277 2024") or the head of an issuing body's name in capital ("Bộ", "Chính phủ", "Thủ
 * tướng", "Ủy ban", "UBND", "Hội đồng", "HĐND", "Quốc hội", "Tỉnh ủy", "Thành ủy", "Ban", "Sở").
 * Not taken: a '%', a hyphen or a slash (a figure, a symbol), any other capitalised word ("Kế hoạch
 * 12 Hà Nội"), another figure.
 */
final class BareNumberEnd {
  private BareNumberEnd() {}

  /**
   * Folded heads of issuing bodies' names, each followed by a space, a mark ("Đề án 06 Chính phủ,
   * Chủ tịch UBND tỉnh yêu cầu", a body's name ending the clause) or the text's end.
   */
  private static final String[] ISSUER_HEADS = {
    "bo",
    "chinh phu",
    "thu tuong",
    "uy ban",
    "ubnd",
    "hoi dong",
    "hdnd",
    "quoc hoi",
    "tinh uy",
    "thanh uy",
    "ban",
    "so"
  };

  /**
   * Whether the bare number ending at {@code q} of {@code text} ends its citation there.
   *
   * @param text the text scanned
   * @param q the index after the number's last digit
   * @return true when a closing mark, a stop, a word of the sentence or an issuer's name follows
   */
  static boolean at(String text, int q) {
    int n = text.length();
    if (q >= n) {
      return true;
    }
    char c = text.charAt(q);
    if (c == ')' || c == '?' || c == '!' || c == ';' || c == ':') {
      return true;
    }
    if (c == '.' || c == ',') {
      return q + 1 >= n || !SymbolToken.isDigit(text.charAt(q + 1));
    }
    if (c == '\n' || c == '\r') {
      return true;
    }
    if (c != ' ' && c != '\t' && c != '\u00a0') {
      return false;
    }
    int w = q + 1;
    while (w < n && (text.charAt(w) == ' ' || text.charAt(w) == '\t')) {
      w++;
    }
    if (w >= n) {
      return true;
    }
    char next = text.charAt(w);
    if (next == '\n' || next == '\r' || next == '(' || Character.isLowerCase(next)) {
      return true;
    }
    if (next == '-' && w + 1 < n && text.charAt(w + 1) == ' ') {
      // a headline's dash between its parts: "Đề án 06 - Sơ kết công tác 6 tháng"
      return true;
    }
    if (yearAlone(text, w)) {
      return true;
    }
    if (w != q + 1 || !Character.isUpperCase(next)) {
      return false;
    }
    String folded = VietnameseText.fold(text.substring(w, Math.min(n, w + 12)));
    for (String head : ISSUER_HEADS) {
      if (folded.startsWith(head)
          && (folded.length() == head.length()
              || !Character.isLetterOrDigit(folded.charAt(head.length())))) {
        return true;
      }
    }
    return false;
  }

  /** A year of four digits, 19xx or 20xx, standing alone at {@code w}: "Văn bản 1277 2024". */
  private static boolean yearAlone(String text, int w) {
    int n = text.length();
    if (w + 4 > n || !(text.startsWith("19", w) || text.startsWith("20", w))) {
      return false;
    }
    for (int i = w; i < w + 4; i++) {
      if (!SymbolToken.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return w + 4 == n || Character.isWhitespace(text.charAt(w + 4));
  }
}
