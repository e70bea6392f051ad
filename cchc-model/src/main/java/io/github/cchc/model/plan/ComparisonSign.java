package io.github.cchc.model.plan;

/**
 * A sign of comparison written before a figure instead of a word: "tỷ lệ hộ nghèo theo chuẩn nghèo
 * đa chiều giai đoạn 2021 - 2025 &lt; 3%" (moc.gov.vn on Đồng Tháp's new-countryside goals), "&gt;
 * 90%", "≤ 5%", "≥ 95%". Tables and summaries of chỉ tiêu use them as "dưới", "trên", "không quá",
 * "không dưới" are used in prose.
 */
final class ComparisonSign {
  private ComparisonSign() {}

  /**
   * The comparison the sign just before {@code at} (spaces between them skipped) writes, or null
   * when there is no sign there.
   *
   * @param text the sentence
   * @param at where the figure starts
   * @return the comparison, or null
   */
  static Comparison before(CharSequence text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return null;
    }
    return switch (text.charAt(i)) {
      case '<' -> Comparison.LT;
      case '>' -> Comparison.GT;
      case '≤' -> Comparison.LE;
      case '≥' -> Comparison.GE;
      default -> null;
    };
  }
}
