package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The subject of a công văn ("V/v …") wrapped inside its column: in a {@code .doc} or a PDF the
 * left column of the header is narrow, and its "V/v" subject goes on over the lines directly under
 * it, each a paragraph or a text line of its own ("V/v triển khai thực hiện Công⏎văn số
 * 3749/BCA-V03⏎của Bộ Công an", Công văn of Lâm Đồng, 2025; "V/v phúc đáp Tờ trình số⏎182/TTr-SDTTG
 * của⏎Sở Dân tộc và Tôn giáo", Văn phòng UBND Bình Thuận, 2025). Read as the first line alone, the
 * title was cut at the wrap.
 *
 * <p>The class: the lines that follow the "V/v" line with no blank line between are its
 * continuation, up to the first line that is another part of the header or the body: a blank line,
 * the national title or the motto, the place and date line, the "Số:" line, "Kính gửi", an issuing
 * body or a heading in capitals, the body's first words ("Căn cứ", "Thực hiện" …), a line that ends
 * with a colon, and a line without a letter (the "." a copy leaves under a subject). A web copy
 * puts a blank line after the subject, so its subject is its line alone, as before.
 */
final class WrappedSubject {
  private WrappedSubject() {}

  /** At most this many lines go on a subject: a header column holds no more. */
  private static final int MAX_LINES = 4;

  /** Folded starts of the lines that end a subject: other parts of the header, or the body. */
  private static final Pattern NOT_A_CONTINUATION =
      Pattern.compile(
          "(?:cong hoa xa hoi|doc lap|so\\s*:|so\\s+\\d|kinh gui|noi nhan|can cu|xet de nghi"
              + "|theo de nghi|thuc hien|trien khai thuc hien|[ivx]+\\.\\s|\\d+\\.\\s|-)");

  /** "…, ngày 18 tháng 9 năm 2025" or "…, ngày tháng 8 năm 2025": a place and date line. */
  private static final Pattern DATE_LINE = Pattern.compile(",?\\s*ngay\\b.*\\bthang\\b.*\\bnam\\b");

  /**
   * The subject starting at {@code first}, its continuation lines joined to it with a space.
   *
   * @param contents the stripped contents of the text's lines
   * @param first the index of the "V/v" line
   */
  static String read(List<String> contents, int first) {
    StringBuilder subject = new StringBuilder(contents.get(first));
    for (int i = first + 1; i < contents.size() && i <= first + MAX_LINES; i++) {
      String c = contents.get(i);
      if (!continues(c)) {
        break;
      }
      subject.append(' ').append(c);
    }
    return subject.toString();
  }

  /** Whether a line directly under a subject's line goes on with it. */
  static boolean continues(String content) {
    if (content.isBlank() || content.endsWith(":") || !Capitals.hasLetter(content)) {
      return false;
    }
    String f = VietnameseText.fold(content);
    if (NOT_A_CONTINUATION.matcher(f).lookingAt() || DATE_LINE.matcher(f).find()) {
      return false;
    }
    // a line in capitals is the other column (an issuing body, a heading), not the subject's
    // words: a subject is written in small letters, an abbreviation ("CCHC của tỉnh") aside
    return !Capitals.in(content);
  }
}
