package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;

/**
 * Where a document cited by its type and a bare number ends its phrase other than by a word of the
 * sentence, in the two forms a page uses to name a document it has not cited in full before: a
 * headline ending in the document's short name in brackets or in a question ("Giảm tối thiểu 20%
 * công chức viên chức khi tinh gọn bộ máy (Công văn 31)", thuvienphapluat's headline of Công văn
 * 31/CV-BCĐTKNQ18), and the number followed by its issuer's name ("tại Quyết định 2269 Bộ Công
 * Thương ban hành"). The corpus labels these as it labels "Nghị quyết 57 ngày 22/12/2024" and "Kế
 * hoạch 367 còn đặt …" (a type and a number alone).
 *
 * <p>The rule: after the number comes ')' or '?' at the end of its line, the text's end, or a space
 * and the head of an issuing body's name in capital ("Bộ", "Chính phủ", "Thủ tướng", "Ủy ban",
 * "UBND", "Hội đồng", "HĐND", "Quốc hội", "Tỉnh ủy", "Thành ủy", "Ban", "Sở"). Not taken: a short
 * name in brackets inside a sentence, which a page gives a document it has just cited in full ("…
 * định hướng đến năm 2030 (Nghị quyết 09), với …", left unlabelled by the older sets), a number
 * before a full stop or a comma, any other capitalised word ("Kế hoạch 12 Hà Nội").
 */
final class BareNumberEnd {
  private BareNumberEnd() {}

  /** Folded heads of issuing bodies' names, each followed by a space or the text's end. */
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
   * @return true when a closing mark or an issuer's name follows
   */
  static boolean at(String text, int q) {
    int n = text.length();
    if (q >= n) {
      return true;
    }
    char c = text.charAt(q);
    if (c == ')' || c == '?') {
      int e = q + 1;
      while (e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
        e++;
      }
      return e >= n || text.charAt(e) == '\n' || text.charAt(e) == '\r';
    }
    if (c != ' ' || q + 1 >= n || !Character.isUpperCase(text.charAt(q + 1))) {
      return false;
    }
    int w = q + 1;
    String folded = VietnameseText.fold(text.substring(w, Math.min(n, w + 12)));
    for (String head : ISSUER_HEADS) {
      if (folded.startsWith(head)
          && (folded.length() == head.length() || folded.charAt(head.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }
}
