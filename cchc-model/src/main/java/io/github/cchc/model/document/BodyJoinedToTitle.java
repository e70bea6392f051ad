package io.github.cchc.model.document;

/**
 * A title in capitals that a Markdown copy joined in one paragraph to the body's first sentence, no
 * blank line between them in its source: "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI
 * BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐIỆN BIÊN Trong các ngày 08 và 09 tháng 11 năm 2025, Phó Thủ
 * tướng …" (Thông báo 648/TB-VPCP of 2025). The title is the run of words in capitals; the body
 * starts at the first word in sentence case that words in small letters follow. A symbol with small
 * letters inside a title ("193/2001/QĐ-TTg NGÀY 20 THÁNG 12 …") is followed by capitals and cuts
 * nothing.
 */
final class BodyJoinedToTitle {
  private BodyJoinedToTitle() {}

  /** The fewest words in capitals before the body. */
  private static final int TITLE_WORDS = 4;

  /** The fewest words with small letters among the five after the body's first word. */
  private static final int BODY_WORDS = 3;

  /** Where the body starts in the title line {@code c}, or -1 when the line is all title. */
  static int at(String c) {
    String[] words = c.split(" ");
    int capitals = 0;
    int offset = 0;
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && hasLower(w)) {
        if (capitals >= TITLE_WORDS
            && Character.isUpperCase(w.charAt(0))
            && lowerWordsAfter(words, k) >= BODY_WORDS) {
          return offset;
        }
        return -1;
      }
      if (!w.isEmpty() && w.chars().anyMatch(Character::isLetter)) {
        capitals++;
      }
      offset += w.length() + 1;
    }
    return -1;
  }

  private static boolean hasLower(String w) {
    return w.chars().anyMatch(Character::isLowerCase);
  }

  private static int lowerWordsAfter(String[] words, int k) {
    int n = 0;
    for (int j = k + 1; j < Math.min(words.length, k + 6); j++) {
      if (hasLower(words[j])) {
        n++;
      }
    }
    return n;
  }
}
