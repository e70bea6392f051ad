package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type heading opened by "BẢN", the word that names a text adopted by another as a copy of its
 * kind: "BẢN QUY ĐỊNH" over "Chính sách khuyến khích và ưu đãi đầu tư …" and "(Ban hành kèm theo
 * Quyết định số: 522/2002/QĐ.UB …)" (the rules An Giang adopted in 2002, a TCVN3 .doc, corpus
 * {@code unseen48}), as "BẢN HƯỚNG DẪN" heads a Hướng dẫn ("BẢN GHI NHỚ" is a type name whole, and
 * is left to it). The type is the name after the word; a heading whose words after "BẢN" name no
 * type ("BẢN ĐỒ QUY HOẠCH") names none.
 */
final class BanHeading {
  private BanHeading() {}

  /** "BẢN" and the space after it, opening a heading in capitals. */
  private static final Pattern BAN = Pattern.compile("BẢN\\s+(?=\\p{Lu})");

  /**
   * The heading without its opening "BẢN".
   *
   * @param heading a stripped heading in capitals
   * @return the words after "BẢN", or the heading itself when it does not open with the word
   */
  static String without(String heading) {
    Matcher m = BAN.matcher(heading);
    return m.lookingAt() ? heading.substring(m.end()) : heading;
  }
}
