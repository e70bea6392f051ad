package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * The numbered sub-headings of a list of goals that name a field, on folded text: "1. Về kinh tế:",
 * "2. Về xã hội:" under "Các chỉ tiêu chủ yếu:" in Phú Thọ's Nghị quyết 11/NQ-HĐND on the plan for
 * 2023 (phuthodfa), "b) Lĩnh vực văn hóa - xã hội", "3. Môi trường:". They divide the list by field
 * and do not end it: the lines under them are goals of the same list ("- Cơ cấu kinh tế: Công
 * nghiệp - xây dựng 41,8%; …", "- Tỷ trọng lao động nông nghiệp … dưới 35%."), as they are under a
 * heading that opens a section of goals ({@link GoalHeadings#opensGoalsSection}). A heading naming
 * anything else ("2. Giải pháp thực hiện:", "II. KẾT QUẢ THỰC HIỆN") still ends the list.
 */
final class FieldSubheadings {
  /**
   * A numbered heading naming a field, and nothing else after it but a few words and a colon: "1.
   * Về kinh tế:", "a) Lĩnh vực văn hóa - xã hội", "2. Xã hội, môi trường:".
   */
  private static final Pattern FIELD =
      Pattern.compile(
          "^(?:[ivx]+|\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])\\s*[.)]\\s*(?:ve\\s+|(?:trong\\s+)?linh\\s+vuc\\s+)?"
              + "(?:kinh\\s+te|xa\\s+hoi|van\\s+hoa|moi\\s+truong|quoc\\s+phong|an\\s+ninh"
              + "|giao\\s+duc|y\\s+te|nong\\s+nghiep|cong\\s+nghiep|xay\\s+dung\\s+dang|chinh\\s+tri"
              + "|tai\\s+nguyen|do\\s+thi|ha\\s+tang|khoa\\s+hoc|lao\\s+dong)\\b"
              + "[^.%;:\\d]{0,50}:?$");

  private FieldSubheadings() {}

  /** True when the (folded) heading is a numbered sub-heading naming a field. */
  static boolean namesField(String folded) {
    return FIELD.matcher(folded.strip()).matches();
  }
}
