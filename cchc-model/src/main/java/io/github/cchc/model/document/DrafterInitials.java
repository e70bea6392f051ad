package io.github.cchc.model.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The initials of the clerk who drafted or typed a document, in brackets on a line of their own
 * after the "Nơi nhận" list, above the signature block: "- Lưu: VT.VP tỉnh.⏎(BH)⏎|⏎TM. ỦY BAN
 * NHÂN⏎DÂN⏎CHỦ TỊCH⏎Nguyễn Thanh Ngọc" (Quyết định 01/QĐ-UBND of Tây Ninh, 2021,
 * thuvienphapluat.vn). No line of the signature: the block starts after them.
 */
final class DrafterInitials {
  private DrafterInitials() {}

  /** One to four capital letters, each with an optional stop, in brackets: "(BH)", "(N.T.H)". */
  private static final Pattern INITIALS = Pattern.compile("\\((?:\\p{Lu}\\.?){1,4}\\)");

  /** The block without the initials' line at its head; the block itself when there is none. */
  static List<HeaderLine> dropped(List<HeaderLine> block) {
    if (!block.isEmpty() && INITIALS.matcher(block.get(0).content().strip()).matches()) {
      return block.subList(1, block.size());
    }
    return block;
  }
}
