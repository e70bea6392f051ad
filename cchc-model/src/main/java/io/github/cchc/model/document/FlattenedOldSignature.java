package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signer of an old document's signature block as a Word file of the time gives it, where the
 * readers of the current layout find none: the block beside the "Nơi nhận" list, flattened row by
 * row into the list ("KT/BỘ TRƯỞNG BỘ TÀI CHÍNH", "- Ban Kinh tế TW;", "Thứ trưởng", "- Văn phòng
 * Quốc hội;", …, "Trần Văn Tá", "- Ban Quản lý …", Thông tư 155/1998/TT-BTC, .doc in TCVN3), or the
 * block closing the text with its title in small letters, the case a TCVN3 font does not keep ("TM.
 * CHÍNH PHỦ", "Thủ tướng", "Phan Văn Khải", Nghị định 114/2003/NĐ-CP, .doc in TCVN3).
 *
 * <p>The class: the last line among the text's last {@link #LAST_LINES} lines that opens with an
 * authority's mark ("TM.", "T/M", "KT.", "KT/", "TL.", "TUQ.") and goes on with a capital and no
 * more than a body's name ("TM. Chính phủ" in Nghị định 116/2003/NĐ-CP, the same font); after it,
 * the list's items (a line opening with '-', '–', '+' or '•', or an item's wrapped line in small
 * letters) and "(Đã ký)" skipped, a title line and then the first line that reads as a name ("Trần
 * Văn Tá"), within {@link #BLOCK_LINES} lines. A line of the body after the mark (longer than a
 * title, or a sentence) gives no signer.
 */
final class FlattenedOldSignature {
  private FlattenedOldSignature() {}

  /** The text's last lines the block is looked for in. */
  static final int LAST_LINES = 120;

  /** The most lines with words, the block's and the list's, from the mark to the name. */
  static final int BLOCK_LINES = 16;

  /** The most characters of a title line ("Phó Thủ tướng Thường trực"). */
  private static final int TITLE_LENGTH = 40;

  /** The most characters of the body or title after the mark ("BỘ TRƯỞNG BỘ TÀI CHÍNH"). */
  private static final int BODY_LENGTH = 60;

  /** An authority's mark, folded, then the body or title in capitals. */
  private static final Pattern MARK = Pattern.compile("^(?:tm|t/m|kt|tl|tuq)\\s*[./]\\s*\\S");

  /** A name: two to five words, each a capital and small letters. */
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}");

  /** The signer of the contents {@code lines} of a text's lines, if such a block names one. */
  static Optional<String> signer(List<String> lines) {
    int from = Math.max(0, lines.size() - LAST_LINES);
    for (int i = lines.size() - 1; i >= from; i--) {
      String c = lines.get(i).strip();
      String f = VietnameseText.fold(c);
      if (!MARK.matcher(f).lookingAt()) {
        continue;
      }
      String rest = c.replaceFirst("^\\S+?[./]\\s*", "");
      if (rest.isEmpty()
          || !Character.isUpperCase(rest.charAt(0))
          || rest.length() > BODY_LENGTH
          || rest.endsWith(".")) {
        continue;
      }
      return nameAfter(lines, i);
    }
    return Optional.empty();
  }

  private static Optional<String> nameAfter(List<String> lines, int mark) {
    boolean title = false;
    int seen = 0;
    for (int k = mark + 1; k < lines.size() && seen < BLOCK_LINES; k++) {
      String c = lines.get(k).strip();
      if (c.isEmpty()) {
        continue;
      }
      seen++;
      if ("-–+•".indexOf(c.charAt(0)) >= 0
          || Character.isLowerCase(c.charAt(0))
          || Signature.signedMark(c)) {
        continue;
      }
      if (c.length() > TITLE_LENGTH || c.endsWith(".") || c.endsWith(";")) {
        return Optional.empty();
      }
      if (title && NAME.matcher(c).matches() && !Capitals.in(c)) {
        return Optional.of(c);
      }
      title = true;
    }
    return Optional.empty();
  }
}
