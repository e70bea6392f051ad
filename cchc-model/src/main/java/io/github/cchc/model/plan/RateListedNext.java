package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence opening on a named rate ("Tỷ lệ …") right after a sentence that set two goals or more
 * by their figures (a list in progress) is the next item of the same list of goals, told without
 * its word of intent as a list flattened into sentences tells it: "Bắc Ninh cũng phấn đấu đón 5,6
 * triệu lượt khách du lịch; tỷ lệ đô thị hóa đạt 42%. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 77,3%.
 * Tỷ lệ trường đạt chuẩn quốc gia mức độ 1 đạt 95%, mức độ 2 đạt 49,5%." (nhandan.vn on Bắc Ninh's
 * 2025 chỉ tiêu), and the paragraph after a goal: "Phấn đấu giảm tỷ lệ nghèo đa chiều toàn tỉnh năm
 * 2024 … còn 8,98%.⏎Tỷ lệ hộ nghèo giảm 3,3% (giảm 7.219 hộ); tỷ lệ hộ nghèo cuối năm 2024 còn
 * 5,86% …" (yenbai.gov.vn on the province's 2024 poverty plan). One told as a result (a period
 * passed, "so với cùng kỳ", an estimate) stays a result, as elsewhere; so does a rate after a
 * single goal ("Tỉnh đặt mục tiêu 90% hồ sơ trực tuyến. Tỷ lệ hài lòng đạt 85%.").
 */
final class RateListedNext {
  private RateListedNext() {}

  /** A rate named first, on folded text: "Tỷ lệ …", a list mark before it allowed. */
  private static final Pattern OPENS_ON_RATE =
      Pattern.compile("^(?:[-–•+*]\\s*)?t[yi]\\s+le\\s+\\p{L}");

  /**
   * A change or a level told of the rate ("giảm 3,3%", "còn 5,86%"), on folded text: told as a
   * result elsewhere, the list's item here.
   */
  private static final Pattern CHANGE_OR_LEVEL =
      Pattern.compile(
          "\\b(?:tang|giam|con|ha)\\s+(?:(?:xuong|con|duoi|khoang|muc|binh\\s+quan)\\s+)*(?=\\d)");

  /** A time of reporting: "tháng 10/2025", "tính đến", "đến nay", "hiện nay". */
  private static final Pattern REPORTED_AT =
      Pattern.compile("\\bthang\\s+\\d|\\btinh\\s+den\\b|\\bden\\s+nay\\b|\\bhien\\s+nay\\b");

  /**
   * True when the sentence ({@code sentence}, NFC, and {@code folded}) opens on a named rate and is
   * told as a result, if at all, only by the changes and levels of its rates, with no time of
   * reporting.
   */
  static boolean next(String sentence, String folded, Told told, int latestYear) {
    if (!OPENS_ON_RATE.matcher(folded).lookingAt() || REPORTED_AT.matcher(folded).find()) {
      return false;
    }
    if (told != Told.RESULT) {
      return true;
    }
    Matcher m = CHANGE_OR_LEVEL.matcher(folded);
    StringBuilder blanked = new StringBuilder(sentence);
    boolean any = false;
    while (m.find()) {
      any = true;
      for (int i = m.start(); i < m.end() && i < blanked.length(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    return any && !ResultWords.toldAsResult(blanked.toString(), latestYear);
  }

  /**
   * A percentage with the bound a plan gives it before it, on folded text: "trên 4%", "dưới 1%",
   * "tối thiểu 30%", "ít nhất 50%", "không quá 5%", "không dưới 90%", "từ 3%" (a change's words
   * allowed between: "giảm trên 3%", "tăng bình quân trên 6%").
   */
  private static final Pattern BOUNDED_SHARE =
      Pattern.compile(
          "\\b(?:tren|duoi|toi\\s+thieu|it\\s+nhat|khong\\s+(?:qua|duoi|thap\\s+hon|vuot\\s+qua)"
              + "|tu)\\s+\\d{1,3}(?:[,.]\\d+)?\\s?%");

  /** A percentage, on folded text. */
  private static final Pattern SHARE = Pattern.compile("\\d{1,3}(?:[,.]\\d+)?\\s?%");

  /**
   * True when the sentence opens on a named rate, told as nothing that happened and with no time of
   * reporting, and every percentage it gives has a plan's bound before it: right after a single
   * goal, its next item, the same rate's goal for its parts: "Theo Kế hoạch, mục tiêu giảm tỷ lệ hộ
   * nghèo toàn tỉnh hết năm 2025 còn 0,9%. Tỷ lệ hộ nghèo ở huyện nghèo giảm trên 4%, xã đặc biệt
   * khó khăn giảm trên 3%, …" (hoinhabaobacgiang.vn on Bắc Giang's poverty plan). A figure measured
   * is told as it is ("Tỷ lệ hài lòng đạt 85%." after a single goal stays what it is): a bound
   * ("trên", "dưới", "tối thiểu") is the margin a plan sets.
   *
   * @param folded the sentence, folded
   * @param told how the sentence tells its figures
   * @return whether it goes on with the single goal before it
   */
  static boolean nextBounded(String folded, Told told) {
    if (told == Told.RESULT
        || !OPENS_ON_RATE.matcher(folded).lookingAt()
        || REPORTED_AT.matcher(folded).find()) {
      return false;
    }
    int shares = 0;
    Matcher s = SHARE.matcher(folded);
    while (s.find()) {
      shares++;
    }
    int bounded = 0;
    Matcher b = BOUNDED_SHARE.matcher(folded);
    while (b.find()) {
      bounded++;
    }
    return shares > 0 && bounded == shares;
  }
}
