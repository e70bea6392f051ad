package io.github.cchc.model.plan;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two shares written as a fraction that split a whole between two parts named the same way: "Cơ cấu
 * công nghiệp thay đổi như sau: công nghiệp nặng/công nghiệp nhẹ năm 1980 là 37,8%/62,2% và năm
 * 1985 là 31,4%/68,6%" (the Wikipedia page on the subsidy period). The parts are named as a pair
 * with a slash between their words, and the two shares make up the whole (100%): the second is the
 * share of the second part, not the goal a result is set against ("tỷ lệ xã đạt chuẩn nông thôn mới
 * 83,2%/50% tổng số xã", {@link GoalsAgainstResults}).
 */
final class PartsSplit {
  private PartsSplit() {}

  /** Two parts named with a slash between words, on folded text: "công nghiệp nặng/công nghiệp". */
  private static final Pattern PAIR_NAMED = Pattern.compile("[a-z]\\s?/\\s?[a-z]");

  /** The two shares of the fraction, on folded text: "37,8%/62,2%". */
  private static final Pattern SHARES =
      Pattern.compile("(\\d{1,3}(?:[,.]\\d+)?)\\s?%\\s?/\\s?(\\d{1,3}(?:[,.]\\d+)?)\\s?%$");

  /** The whole the two parts make up, give or take the rounding of each. */
  private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

  private static final BigDecimal ROUNDING = new BigDecimal("0.2");

  /**
   * Whether the fraction of shares ending at {@code end} splits a whole between a pair of parts
   * named in its clause.
   *
   * @param folded the sentence, folded
   * @param clauseStart where the fraction's clause begins
   * @param end where the second share ends
   * @return whether the two shares are the parts of a whole
   */
  static boolean splits(String folded, int clauseStart, int end) {
    Matcher m = SHARES.matcher(folded.substring(clauseStart, end));
    if (!m.find()) {
      return false;
    }
    BigDecimal sum = number(m.group(1)).add(number(m.group(2)));
    return sum.subtract(WHOLE).abs().compareTo(ROUNDING) <= 0
        && PAIR_NAMED.matcher(folded.substring(clauseStart, clauseStart + m.start())).find();
  }

  private static BigDecimal number(String n) {
    return new BigDecimal(n.replace(',', '.'));
  }
}
