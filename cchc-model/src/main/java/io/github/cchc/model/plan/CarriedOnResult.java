package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A sentence that goes on from a goal by its connector alone ("Cụ thể, …", "Trong đó, …", "Theo đó,
 * …"), with no word of intent of its own, but whose figure is measured against the same period of
 * the year before or placed among all the provinces, reports a result: the connector carries the
 * goal's intent only to figures that could still be goals. "Theo đó, tỉnh tiếp tục bám sát kịch bản
 * tăng trưởng GRDP từ 8% trở lên, …. Cụ thể, nông nghiệp …, với diện tích gieo sạ lúa đạt hơn
 * 331.000ha, tăng hơn 4% so với cùng kỳ." (tienphong.vn on Sóc Trăng's first half of 2025) and "Cụ
 * thể, năm 2014 chỉ số PAPI của Cần Thơ đạt 33,99 điểm (xếp 55/63 tỉnh, thành phố), …" (cand.com.vn
 * on Cần Thơ's PAPI 2016) are results. A sentence with a word of intent of its own ("Theo đó, Châu
 * Đức phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ.")
 * still sets its goal.
 */
final class CarriedOnResult {
  private CarriedOnResult() {}

  /**
   * The same period of the year before ("so với cùng kỳ", "so cùng kỳ") or a place among all the
   * units ranked ("xếp 55/63 tỉnh", "xếp thứ 5/34"), on folded text.
   */
  private static final Pattern MEASURED_ON_PAST =
      Pattern.compile(
          "\\bso\\s+(?:voi\\s+)?cung\\s+ky\\b"
              + "|\\bxep\\s+(?:thu\\s+|hang\\s+)?\\d{1,2}\\s?/\\s?\\d{1,2}\\s+(?:tinh|dia\\s+phuong|bo)\\b");

  /**
   * True when the (folded) sentence, going on from a goal by its connector, has no word of intent
   * of its own and measures its figure against a period passed or places it among all ranked.
   */
  static boolean reports(String folded) {
    return Goals.continues(folded)
        && !Goals.intent(folded)
        && MEASURED_ON_PAST.matcher(folded).find();
  }
}
