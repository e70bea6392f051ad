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
}
