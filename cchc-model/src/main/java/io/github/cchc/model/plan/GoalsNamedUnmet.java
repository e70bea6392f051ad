package io.github.cchc.model.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals named as not (yet) reached, with their figures: a report that counts the goals met names
 * the ones still missing by the goals themselves, and their figures are the levels set, not
 * results: "đến nay, Phú Bình đã đạt 34/38 chỉ tiêu, còn 4 chỉ tiêu chưa đạt gồm: Chỉ tiêu 100% số
 * trường THPT đạt chuẩn quốc gia mức độ 1, …; Chỉ tiêu tỷ lệ người dân tham gia bảo hiểm y tế ≥
 * 95%; …" (baothainguyen), "… mới thực hiện được 3/5 chỉ tiêu nghị quyết của Tỉnh ủy về xử lý chất
 * thải. 2 chỉ tiêu còn lại là thu gom, xử lý 100% chất thải rắn sinh hoạt và giảm tỷ lệ chôn lấp
 * chất thải rắn sinh hoạt xuống dưới 15% chưa đạt." (baodongnai). The corpus labels them so
 * (README, settled 2026-12-01). The goals named must be said to be unmet, before their list ("chưa
 * đạt gồm:") or after it ("… chưa đạt."), and tell nothing as a result themselves; goals named
 * without a figure ("còn 02 chỉ tiêu chưa đạt là tốc độ tăng trưởng kinh tế và GRDP bình quân đầu
 * người") give nothing.
 */
final class GoalsNamedUnmet {
  /** Goals counted or named, on folded text: "4 chỉ tiêu", "2 chỉ tiêu còn lại", "các tiêu chí". */
  private static final String GOALS =
      "\\b(?:\\d+|cac|nhung)\\s+(?:muc\\s+tieu|chi\\s+tieu|tieu\\s+chi)\\s+(?:con\\s+lai\\s+)?";

  /** Not reached, on folded text: "chưa đạt", "không hoàn thành". */
  private static final String UNMET = "(?:chua|khong)\\s+(?:dat|hoan\\s+thanh)";

  /** The goals said to be unmet before their list: "còn 4 chỉ tiêu chưa đạt gồm: ". */
  private static final Pattern UNMET_THEN_LIST =
      Pattern.compile(GOALS + UNMET + "\\s*,?\\s*(?:gom|la|do\\s+la|nhu)\\s*:?\\s*");

  /** The goals listed, then said to be unmet: "2 chỉ tiêu còn lại là … chưa đạt." */
  private static final Pattern LIST = Pattern.compile(GOALS + "(?:gom|la)\\s*:?\\s*");

  /** The list closed by its goals' being unmet, at the sentence's end: "… chưa đạt." */
  private static final Pattern UNMET_CLOSING =
      Pattern.compile("\\s+(?:deu\\s+|van\\s+)?" + UNMET + "\\s*[.;]?\\s*$");

  /** A percentage. */
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  private GoalsNamedUnmet() {}

  /**
   * The span of the goals the (folded) sentence names as unmet, as {@code [start, end)}; empty when
   * it names none with a figure, or when what it names tells a result ({@link
   * ResultWords#toldAsResult}).
   *
   * @param folded the sentence, folded
   * @param sentence the sentence, NFC (same length)
   * @return the span of the goals, or none
   */
  static List<int[]> spans(String folded, String sentence) {
    int start = -1;
    int end = -1;
    Matcher m = UNMET_THEN_LIST.matcher(folded);
    if (m.find()) {
      start = m.end();
      end = folded.length();
    } else {
      m = LIST.matcher(folded);
      if (m.find()) {
        Matcher closing = UNMET_CLOSING.matcher(folded).region(m.end(), folded.length());
        if (closing.find()) {
          start = m.end();
          end = closing.start();
        }
      }
    }
    if (start < 0 || start >= end) {
      return List.of();
    }
    String goals = folded.substring(start, end);
    if (!PERCENT.matcher(goals).find()
        || ResultWords.toldAsResult(sentence.substring(start, end), Integer.MAX_VALUE)) {
      return List.of();
    }
    return List.<int[]>of(new int[] {start, end});
  }
}
