package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A rate applied by a rule, named after "theo mức" (at the rate of): "trong phạm vi dự toán được
 * giao cho công tác quản lý của toàn ngành theo mức chi phí quản lý bằng 1,7% theo quy định tại
 * Thông tư số 44/2022/TT-BTC" (a Bộ Nội vụ letter on the costs of managing the allowances of people
 * with merit, unseen52). What is done "theo mức … bằng N%" is measured by a norm a rule sets, as a
 * pay norm is ({@link PayNorm}); no level the text sets out to reach. "Phấn đấu đạt mức 95%" and
 * "tăng ở mức 8%" have no "theo" and stay goals, and so does a level that is no charge.
 */
final class RateApplied {
  private RateApplied() {}

  /**
   * On folded text: "theo mức" and a charge or a sum of money it rates ("chi phí", "kinh phí",
   * "phí", "lệ phí", "thuế", "lãi suất", "phụ cấp", "trợ cấp", "chi", "thu", "khoán"), a few words
   * more, then "bằng" or "là" just before the figure; a growth "theo mức kịch bản là 8%" is no rate
   * applied.
   */
  private static final Pattern AT_THE_RATE =
      Pattern.compile(
          "\\btheo\\s+muc\\s+(?:chi\\s+phi|kinh\\s+phi|le\\s+phi|phi|thue(?:\\s+suat)?|lai\\s+suat"
              + "|phu\\s+cap|tro\\s+cap|chi|thu|khoan)\\b(?:\\s+[\\p{L}\\d-]+){0,5}?\\s+(?:bang|la)\\s+$");

  /** Whether the figure starting at {@code start} of the folded sentence is a rate applied. */
  static boolean is(String folded, int start) {
    return AT_THE_RATE
        .matcher(folded)
        .region(Math.max(0, start - 80), start)
        .useTransparentBounds(true)
        .find();
  }
}
