package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.Set;

/**
 * A line that ends on a word which cannot end a name or a phrase, a preposition or a conjunction
 * waiting for its noun ("thuộc", "của", "và", "với", "các"): the line wrapped, and the next one
 * goes on with it whatever the case of its first letter. "Kính gửi: Bộ trưởng, Thủ trưởng các cơ
 * quan ngang Bộ, cơ quan thuộc⏎Chính phủ" (Công văn 11298/VPCP-KTTH of 2025): the addressee is "…
 * cơ quan thuộc Chính phủ", though "Chính phủ" opens in a capital as a proper name does.
 */
final class DanglingWord {
  private DanglingWord() {}

  /**
   * Words that never end a Vietnamese name or phrase, with their marks: folded, "tại" would be
   * "tải" ("Sở Giao thông vận tải") and "của" "cửa".
   */
  private static final Set<String> WORDS =
      Set.of("thuộc", "của", "và", "với", "các", "những", "hoặc", "tại", "trên", "trong");

  /**
   * Tells whether {@code line} ends on a word that waits for what follows it.
   *
   * @param line a line or an item, as printed
   * @return true when its last word is a dangling preposition or conjunction
   */
  static boolean ends(String line) {
    String s = line.strip();
    if (s.isEmpty() || !Character.isLetter(s.charAt(s.length() - 1))) {
      return false;
    }
    int space = s.lastIndexOf(' ');
    String last = s.substring(space + 1);
    return WORDS.contains(VietnameseText.nfc(last));
  }
}
