package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records "đã được số hóa" (already digitised) named in a goal: the "đã" qualifies the records, not
 * the sentence, when the records are what is to be re-used ("Nâng tỷ lệ tái sử dụng hồ sơ thủ tục
 * hành chính đã được số hóa đạt 50%", vietnamnet.vn on Lạng Sơn's 2025 plan) or when the clause
 * goes on to a predicate of its own, a figure to reach or what is no longer to be asked ("thông tin
 * của người dân, doanh nghiệp đã được số hóa và lưu trữ tại các cơ sở dữ liệu quốc gia không phải
 * cung cấp lại", vietnamnet.vn on Bình Dương's plan of digital transformation to 2025, the wording
 * of the national programme). "100% hồ sơ … đã được số hóa" keeps its "đã": it reports.
 */
final class DigitisedRecords {
  /** "đã được số hóa" on folded text. */
  private static final Pattern DIGITISED =
      Pattern.compile("(?<!\\p{L})da\\s+duoc\\s+so\\s+hoa(?!\\p{L})");

  /** Re-using records, in the clause before them, on folded text: "tái sử dụng", "khai thác". */
  private static final Pattern REUSED =
      Pattern.compile("\\b(?:tai\\s+su\\s+dung|su\\s+dung\\s+lai|khai\\s+thac)\\b[^;:.%]{0,80}$");

  /**
   * The clause's own predicate after the records, on folded text: a figure to reach ("đạt 50%") or
   * what is no longer to be asked ("(sẽ) không phải cung cấp lại").
   */
  private static final Pattern OWN_PREDICATE =
      Pattern.compile(
          "^[^;:.%]{0,120}?\\b(?:dat\\s+(?:tu\\s+|tren\\s+|toi\\s+thieu\\s+)?\\d|khong\\s+phai)\\b");

  private DigitisedRecords() {}

  /** The (NFC) sentence with the "đã" of each such "đã được số hóa" blanked out. */
  static String withoutPast(String sentence) {
    if (sentence.indexOf('đ') < 0 && sentence.indexOf('Đ') < 0) {
      return sentence;
    }
    String folded = VietnameseText.fold(sentence);
    Matcher m = DIGITISED.matcher(folded);
    StringBuilder kept = null;
    while (m.find()) {
      String before = folded.substring(Math.max(0, m.start() - 120), m.start());
      if (REUSED.matcher(before).find()
          || OWN_PREDICATE.matcher(folded.substring(m.end())).find()) {
        if (kept == null) {
          kept = new StringBuilder(sentence);
        }
        kept.setCharAt(m.start(), ' ');
        kept.setCharAt(m.start() + 1, ' ');
      }
    }
    return kept == null ? sentence : kept.toString();
  }
}
