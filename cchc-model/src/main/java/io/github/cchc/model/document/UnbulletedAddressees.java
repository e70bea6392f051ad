package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addressees of a "Kính gửi:" written one a line without dashes, each ending with ';' and the
 * last with '.': "Kính gửi:⏎Các sở: Thông tin và Truyền thông, …, Nội vụ;⏎Các hội: Hội Nghề cá, …,
 * Hiệp hội Nhà thầu xây dựng." (Công văn of UBND tỉnh Bình Thuận on the congresses of its
 * associations, 2024, .doc). Read as dashed items only, the list was empty.
 *
 * <p>The class: under a "Kính gửi:" with nothing after it, lines that each end with ';' up to one
 * that ends with '.', the first line not a dash. Nothing is read when a line ends otherwise, when
 * the list never ends with its '.', or when a line starts the body ("Căn cứ", "Thực hiện" …): a
 * body's "Căn cứ …;" lines are no addressees. One addressee alone on its line with no mark at its
 * end, a blank line under it, is read as well.
 */
final class UnbulletedAddressees {
  private UnbulletedAddressees() {}

  /** The longest line read as one addressee alone. */
  private static final int MAX_LONE = 150;

  /**
   * True when line {@code i}, {@code c}, is one addressee alone under "Kính gửi:": a capital, no
   * mark at its end (a centred line of the .doc, its ';' or '.' never typed), at most {@link
   * #MAX_LONE} characters, and a blank line or the end under it ("Kính gửi:⏎⏎Ban Chỉ đạo Đại hội
   * đại biểu các dân tộc thiểu số Việt Nam các tỉnh, thành phố trực thuộc Trung ương⏎⏎", Công văn
   * 13/BTC-TĐKT of 2009 on vanbanphapluat, corpus unseen22). A line of the body ends as a sentence
   * or goes on on the next line.
   */
  private static boolean lone(List<String> contents, int i, String c) {
    char last = c.charAt(c.length() - 1);
    return c.length() <= MAX_LONE
        && Character.isUpperCase(c.charAt(0))
        && Character.isLetterOrDigit(last)
        && (i + 1 >= contents.size() || contents.get(i + 1).isBlank());
  }

  /** At most this many addressees are read so. */
  private static final int MAX_ITEMS = 8;

  /** Folded starts of a body's first line. */
  private static final Pattern BODY =
      Pattern.compile("(?:can cu|xet de nghi|theo de nghi|thuc hien|trien khai|de |nham )");

  /**
   * The addressees in the lines from {@code from} (blank lines before the first skipped), without
   * their final ';' or '.'; empty when the lines are no such list.
   */
  static List<String> read(List<String> contents, int from) {
    int i = from;
    while (i < contents.size() && contents.get(i).isBlank()) {
      i++;
    }
    List<String> items = new ArrayList<>();
    for (; i < contents.size() && items.size() < MAX_ITEMS; i++) {
      String c = contents.get(i).strip();
      if (c.isEmpty()
          || c.startsWith("-")
          || c.startsWith("+")
          || BODY.matcher(VietnameseText.fold(c)).lookingAt()) {
        return List.of();
      }
      char last = c.charAt(c.length() - 1);
      if (items.isEmpty() && lone(contents, i, c)) {
        // one addressee alone on its line, a blank line under it, with no mark to end it
        return List.of(c);
      }
      if (last != ';' && last != '.') {
        return List.of();
      }
      items.add(c.substring(0, c.length() - 1).strip());
      if (last == '.') {
        return items;
      }
    }
    return List.of();
  }
}
