package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A text that opens with its type's name and the old prose heading under it, "THÔNG TƯ⏎CỦA BỘ TÀI
 * CHÍNH SỐ 169/1998/TT-BTC NGÀY 22 THÁNG 12 NĂM 1998⏎HƯỚNG DẪN …" (Thông tư 169/1998/TT-BTC, .doc
 * in TCVN3), has its header at the top, whatever national title comes further down: the header of a
 * form the circular appends ("MẪU SỐ 01 NT-TCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", a tờ khai)
 * is not the document's.
 *
 * <p>The class: the first line with words is a type's name in capitals and the next one opens with
 * "CỦA", an issuer and "SỐ". A text whose first line is an issuing body ("BỘ TÀI CHÍNH") is read as
 * before.
 */
final class ProseHeadingFirst {
  private ProseHeadingFirst() {}

  /** Folded: "của", the issuer's words, "số" and a digit. */
  private static final Pattern OF_ISSUER_NUMBER =
      Pattern.compile("^cua\\s+[^\\d]{3,80}?\\s+so\\s*:?\\s*\\d");

  /**
   * Tells whether the text opens so: {@code typeName} tells whether its first line with words is a
   * type's name in capitals, {@code nextFolded} is the next line with words, folded.
   */
  static boolean opens(boolean typeName, String nextFolded) {
    return typeName && OF_ISSUER_NUMBER.matcher(nextFolded).lookingAt();
  }
}
