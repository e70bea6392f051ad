package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A sentence that goes on from the one before ("Theo đó, …", "Cụ thể, …", "Trong đó, …") but opens
 * on the present tells the level held now, not the goal before it: "Tỉnh coi trọng phân vùng quy
 * hoạch, đặc biệt là việc phát triển đô thị hướng tới tiêu chí xanh, thông minh và bền vững. Theo
 * đó, hiện tỷ lệ đô thị hóa của tỉnh Thái Nguyên đạt khoảng 36%." (nhandan.vn on Thái Nguyên's
 * urbanisation: 36% is today's level, the goals are 40,5% and 45% further down), "Cụ thể, hiện nay
 * …", "Trong đó, đến nay …". Such a sentence is read by its own words, as one that does not go on
 * from a goal; "Theo đó, đến năm 2030 …" still goes on with it.
 */
final class PresentOpening {
  private PresentOpening() {}

  /**
   * The connector and the present, on folded text: "theo đó, hiện", "cụ thể, hiện nay", "trong đó,
   * đến nay"; not "hiện đại", "hiện thực", "hiện hữu", "hiện hành" (modern, real, existing, in
   * force).
   */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:khi\\s+do|theo\\s+do|cu\\s+the|trong\\s+do|dong\\s+thoi)\\s*[,:]?\\s*"
              + "(?:hien\\s+(?:nay|tai)|(?:tinh\\s+|cho\\s+)?den\\s+nay"
              + "|hien(?!\\s+(?:dai|thuc|huu|hanh|dien|tuong|vat|trang)\\b))\\b");

  /** True when the (folded) sentence goes on from the one before but opens on the present. */
  static boolean opens(String folded) {
    return OPENS.matcher(folded).lookingAt();
  }
}
