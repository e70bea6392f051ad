package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A list of goals for a named year or term announced by "là:" and run into the sentence: "Các chỉ
 * tiêu kinh tế-xã hội chủ yếu năm 2024 là: Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở lên, …"
 * (baogialai.com.vn on Chư Păh's goals for 2024), "Mục tiêu cụ thể của kế hoạch đến năm 2025 là:
 * …". As a list announced by "gồm:" or "như sau:" ({@link GoalHeadings#announcesGoals}), the
 * sentences after it, in this paragraph and the next ("Cơ cấu kinh tế (theo giá hiện hành) chuyển
 * dịch như sau: Ngành nông-lâm nghiệp chiếm 38,10%, …"), are the goals it lists. Goals named as
 * reached or missed between ("Các chỉ tiêu đạt được năm 2023 là: …", "chỉ tiêu chưa đạt năm 2024
 * là: …") announce results, not goals.
 */
final class GoalsListedForPeriod {
  private GoalsListedForPeriod() {}

  /** On folded text: "chỉ tiêu … năm 2024 là:", "mục tiêu … giai đoạn 2021-2030 là:". */
  private static final Pattern LISTED =
      Pattern.compile(
          "\\b(?:muc\\s+tieu|chi\\s+tieu)\\b"
              + "(?:(?!\\b(?:dat|vuot|hoan\\s+thanh|chua|khong|da|thuc\\s+hien)\\b)[^.;:]){0,60}?"
              + "\\b(?:nam|nhiem\\s+ky|giai\\s+doan)\\s+(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?(?:19|20)\\d{2}"
              + "\\s+la\\s*:\\s*\\S");

  /** True when the folded sentence announces a list of goals for a named year or term by "là:". */
  static boolean announces(String folded) {
    return LISTED.matcher(folded).find();
  }
}
