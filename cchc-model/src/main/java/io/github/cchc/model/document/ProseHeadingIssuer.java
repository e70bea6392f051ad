package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer a prose heading names, where the document has no issuing body above its number: the
 * gazette's form of older decrees and decisions, "NGHỊ ĐỊNH⏎CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09
 * THÁNG 3 NĂM 2007⏎VỀ MINH BẠCH TÀI SẢN, THU NHẬP" (a district's Word copy of Nghị định
 * 37/2007/NĐ-CP), whose issuer is the words between "CỦA" and "SỐ".
 */
final class ProseHeadingIssuer {
  private ProseHeadingIssuer() {}

  /** "CỦA", the issuer's words without a digit, then "SỐ" (folded). */
  private static final Pattern OF_ISSUER = Pattern.compile("^cua\\s+([^\\d]{3,80}?)\\s+so\\s");

  /** The issuer named by the heading {@code heading}, as printed; empty if it names none. */
  static Optional<String> of(String heading) {
    String folded = VietnameseText.fold(heading);
    Matcher m = OF_ISSUER.matcher(folded);
    if (!m.lookingAt() || folded.length() != heading.length()) {
      return Optional.empty();
    }
    String issuer = heading.substring(m.start(1), m.end(1)).strip();
    return Capitals.in(issuer) ? Optional.of(issuer) : Optional.empty();
  }
}
