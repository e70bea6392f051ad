package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * The label of a group of recipients inside a "Nơi nhận:" list, which documents sent both
 * electronically and on paper put before each group: "Nơi nhận:⏎Gửi bản điện tử:⏎- Như Điều 2
 * (t/h);⏎- Bộ Y tế; …" (Quyết định 1579/QĐ-UBND of Bắc Kạn, 2021, hethongphapluat.com), "Gửi bản
 * giấy:", "Bản giấy:". A short line opening with a capital, not in capitals, ending with ':' and
 * with no item's dash, an item right under it: it neither ends the list nor is a recipient.
 */
final class RecipientGroupLabel {
  private RecipientGroupLabel() {}

  /** At most this many words in a group's label. */
  private static final int MAX_WORDS = 5;

  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L} ]*\\s?:");

  /** True when {@code line} (stripped) is such a label. */
  static boolean is(String line) {
    String c = line.strip();
    return LABEL.matcher(c).matches()
        && !Capitals.in(c)
        && c.split("\\s+").length <= MAX_WORDS
        && !c.toLowerCase(java.util.Locale.ROOT).startsWith("lưu");
  }
}
