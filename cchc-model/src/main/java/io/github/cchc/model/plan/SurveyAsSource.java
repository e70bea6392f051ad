package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A sentence opening on a survey or statistics as its source tells what was counted, a result:
 * "Theo điều tra dân số năm 2024, tỷ lệ nhà kiên cố và bán kiên cố của Bắc Kạn là 84,4%, của Thái
 * Nguyên là 98,7%.", "Theo kết quả điều tra dân số năm 2019, …", "Theo tổng điều tra dân số tính
 * đến ngày tháng 8 năm 2021, toàn tỉnh có 1.487.009 người, trong đó nam chiếm 49,2%" (the Wikipedia
 * pages of Thái Nguyên and Bình Định), "Theo số liệu thống kê, …", "Theo thống kê của …". It ends a
 * page's account of a plan as a result does ("Theo nghị quyết tái lập hai tỉnh năm 1996, tỉnh Bắc
 * Kạn có 268.047 người …" a paragraph before), and its figures are no goals unless a word of intent
 * of its own sets them; "Theo kế hoạch, …" and "Theo Nghị quyết, …" are no survey. A table's cell
 * mark before it, as a web copy flattens a one-cell table ("| Theo thống kê, số xã đạt chuẩn nông
 * thôn mới năm 2014 là 785 xã đạt 19 tiêu chí (chiếm 8,8%), …", nongthonmoi on 2015), is no word of
 * the sentence, as a list mark is not.
 */
final class SurveyAsSource {
  private SurveyAsSource() {}

  /** The survey or statistics opening the sentence, on folded text. */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:[-–•+*|]\\s*)?theo\\s+(?:ket\\s+qua\\s+)?(?:(?:tong\\s+)?dieu\\s+tra"
              + "|so\\s+lieu(?:\\s+thong\\s+ke)?|thong\\s+ke|niem\\s+giam\\s+thong\\s+ke)\\b");

  /** True when the (folded) sentence opens on a survey or statistics as its source. */
  static boolean opens(String folded) {
    return OPENS.matcher(folded).lookingAt();
  }
}
