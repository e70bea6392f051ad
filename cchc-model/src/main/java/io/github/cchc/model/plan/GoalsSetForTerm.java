package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals named as set for a term still to come, before the sentence that lists them, on folded text:
 * "Theo dự thảo Báo cáo chính trị trình Đại hội, 25 chỉ tiêu chủ yếu được đặt ra cho nhiệm kỳ
 * 2025–2030 là minh chứng cho khát vọng …. Trong đó, tăng trưởng GRDP bình quân đạt 10–10,5%/năm …"
 * (vtcnews on Lâm Đồng's first congress), "Đại hội đề ra 26 chỉ tiêu cho giai đoạn 2025-2030. Trong
 * đó, …". "Trong đó, …" after it opens the goals so named, as after a plan passed ({@link
 * PlanPassedContents}): its figures are goals until one is told as a result. Goals counted as met
 * ("hoàn thành 24/26 chỉ tiêu đề ra") or of a term gone by are results, and are left out.
 */
final class GoalsSetForTerm {
  /** Goals set: "chỉ tiêu chủ yếu được đặt ra", "đề ra 26 chỉ tiêu", "xác định các mục tiêu". */
  private static final Pattern SET =
      Pattern.compile(
          "\\b(?:chi\\s+tieu|muc\\s+tieu)(?:\\s+(?:chu\\s+yeu|cu\\s+the|co\\s+ban|quan\\s+trong))?"
              + "\\s+(?:duoc\\s+)?(?:dat\\s+ra|de\\s+ra|xac\\s+dinh|thong\\s+qua)\\b"
              + "|\\b(?:dat\\s+ra|de\\s+ra|xac\\s+dinh|thong\\s+qua)\\s+(?:\\d{1,3}\\s+|cac\\s+)"
              + "(?:nhom\\s+)?(?:chi\\s+tieu|muc\\s+tieu)\\b");

  /** Goals counted as met: "24/26 chỉ tiêu". */
  private static final Pattern COUNTED =
      Pattern.compile("\\d\\s*/\\s*\\d+\\s+(?:chi\\s+tieu|muc\\s+tieu)");

  /**
   * Goals set by their count, on folded text: "đặt ra 14 chỉ tiêu", "xây dựng 36 chỉ tiêu", "thông
   * qua 25 mục tiêu".
   */
  private static final Pattern COUNT_SET =
      Pattern.compile(
          "\\b(?:dat\\s+ra|de\\s+ra|xac\\s+dinh|thong\\s+qua|xay\\s+dung)\\s+\\d{1,3}\\s+"
              + "(?:chi\\s+tieu|muc\\s+tieu)\\b");

  /** A year named, on folded text: "trong năm 2025", "năm 2026", "năm tới" (group 1 empty). */
  private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(?:((?:19|20)\\d{2})\\b|toi\\b)");

  private GoalsSetForTerm() {}

  /**
   * True when the (folded) sentence sets goals by their count for a year or term still to come and
   * gives none of their figures: "Ủy ban nhân dân (UBND) tỉnh Bình Dương cho biết, trong năm 2025,
   * tỉnh này xây dựng 36 chỉ tiêu tổng hợp phát triển kinh tế - xã hội, môi trường, đô thị."
   * (tinbong247, a page of 2025), "Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu kinh tế - xã hội trong năm
   * tới" (plo.vn). The sentences after it, in its paragraph and the next ones, are the goals it
   * counted, until one is told as a result ({@link GoalsRunOn}); goals counted as met ("hoàn thành
   * 24/26 chỉ tiêu") or of a year gone by are no such opening.
   */
  static boolean opensGoals(String folded, int latestYear, Told told) {
    if (told == Told.RESULT
        || !COUNT_SET.matcher(folded).find()
        || COUNTED.matcher(folded).find()
        || folded.indexOf('%') >= 0) {
      return false;
    }
    if (TimeAhead.namesTermAhead(folded, latestYear)) {
      return true;
    }
    Matcher m = YEAR.matcher(folded);
    while (m.find()) {
      if (m.group(1) == null || Integer.parseInt(m.group(1)) >= latestYear) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the (folded) sentence names goals set for a term no earlier than the latest year the
   * text names, and tells no result.
   */
  static boolean names(String folded, int latestYear, Told told) {
    return told != Told.RESULT
        && SET.matcher(folded).find()
        && !COUNTED.matcher(folded).find()
        && TimeAhead.namesTermAhead(folded, latestYear);
  }
}
