package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addressees of a Công điện, which has no "Kính gửi:": its sender's title in capitals and
 * "điện:" ("wires") on the line after the title, then the addressees one a dashed item, and those
 * of a "Đồng kính gửi:" ("copied to") after them: "THỦ TƯỚNG CHÍNH PHỦ điện:⏎- Bộ trưởng các Bộ,
 * Thủ trưởng cơ quan ngang bộ;⏎- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
 * ương;⏎Đồng kính gửi:⏎Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để⏎lãnh đạo, chỉ đạo." (Công
 * điện 220/CĐ-TTg of 2025), "THỦ TƯỚNG CHÍNH PHỦ điện:⏎- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ
 * quan thuộc⏎Chính phủ;⏎- Chủ tịch …" (Công điện 229/CĐ-TTg). An item the copy wrapped goes on on
 * the next line when it has not ended (no ';' or '.'), the next line no item of its own: in small
 * letters, or a short end of the item that closes it ("Chính phủ;"). A body's first line ("Thiết
 * thực lập thành tích …") ends none and stops the list.
 */
final class TelegramAddressees {
  private TelegramAddressees() {}

  /** The sender's line, folded: its title, then "điện:" alone at the end. */
  private static final Pattern SENDER = Pattern.compile("[\\p{L} ,]{4,60}\\s+dien\\s*:");

  /** The "Đồng kính gửi:" line, folded. */
  private static final Pattern COPIED_TO = Pattern.compile("dong\\s+kinh\\s+gui\\s*:");

  /** The most lines looked at for the sender's line. */
  private static final int SENDER_LINES = 40;

  /** The longest wrapped end of an item that opens with a capital ("Chính phủ;"). */
  private static final int SHORT_END = 40;

  /**
   * The addressees under the sender's line among the first lines of {@code contents}, without their
   * final ';' or '.'; empty when there is no such line.
   */
  static List<String> read(List<String> contents) {
    for (int i = 0; i < Math.min(contents.size(), SENDER_LINES); i++) {
      String c = contents.get(i).strip();
      String before = c.length() > 5 ? c.substring(0, c.length() - 5) : "";
      if (SENDER.matcher(VietnameseText.fold(c)).matches() && HeaderText.isCapitals(before)) {
        List<String> items = new ArrayList<>();
        int next = items(contents, i + 1, items, true);
        if (next < contents.size()
            && COPIED_TO.matcher(VietnameseText.fold(contents.get(next).strip())).matches()) {
          items(contents, next + 1, items, false);
        }
        return items.stream().map(TelegramAddressees::trimmed).filter(s -> !s.isEmpty()).toList();
      }
    }
    return List.of();
  }

  /**
   * Adds the items from line {@code from} to {@code items}: dashed ones, or where {@code dashed} is
   * false one item without its dash; returns the index of the first line after them.
   */
  private static int items(List<String> contents, int from, List<String> items, boolean dashed) {
    int start = items.size();
    int i = from;
    for (; i < contents.size(); i++) {
      String c = contents.get(i).strip();
      if (c.isEmpty() || c.equals("|")) {
        continue;
      }
      boolean dash = c.startsWith("-") || c.startsWith("–") || c.startsWith("+");
      String last = items.size() > start ? items.get(items.size() - 1) : null;
      if (dash) {
        items.add(c.substring(1).strip());
      } else if (!dashed && last == null) {
        items.add(c);
      } else if (last != null && !ended(last) && wrappedEnd(c)) {
        items.set(items.size() - 1, last + " " + c);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean ended(String item) {
    return !item.isEmpty() && ";.".indexOf(item.charAt(item.length() - 1)) >= 0;
  }

  /** A line going on with an item: in small letters, or a short end closing it. */
  private static boolean wrappedEnd(String c) {
    return Character.isLowerCase(c.charAt(0)) || (c.length() <= SHORT_END && ended(c));
  }

  /**
   * The stop that ends the last item where a Markdown copy joined the body's first line to it (a
   * list item's lazy continuation: "- Chủ tịch … trực thuộc Trung ương.⏎Thiết thực lập thành tích
   * …" read as one item): after a word in small letters, before a capital. An abbreviation's dot
   * ("TP. Hồ Chí Minh") follows capitals.
   */
  private static final Pattern BODY_AFTER_STOP =
      Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");

  private static String trimmed(String s) {
    Matcher stop = BODY_AFTER_STOP.matcher(s);
    String t = (stop.find() ? s.substring(0, stop.start()) : s).strip();
    while (!t.isEmpty() && ";.,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
