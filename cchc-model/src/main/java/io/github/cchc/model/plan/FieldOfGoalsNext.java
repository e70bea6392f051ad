package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A paragraph opening on the next field, level or area of a list of goals given field by field:
 * "Đối với cấp Tiểu học, đặt mục tiêu trẻ 6 tuổi vào học lớp 1 đạt 100%. ⏎ Còn với cấp THCS, học
 * sinh hoàn thành chương trình tiểu học vào học lớp 6 đạt 99,5%." (giaoducthoidai on Kon Tum's
 * enrolment goals for 2021-2022). "Còn với …", "Riêng đối với …", "Đối với …" name the next part
 * the goals before are set for, as a paragraph opening on the next deadline does ({@link
 * NextTimeOfGoals}): right after goals, its figures are goals too, unless told as results.
 */
final class FieldOfGoalsNext {
  private FieldOfGoalsNext() {}

  /**
   * On folded text: "còn với cấp THCS,", "riêng đối với cấp THPT,", "đối với khu vực nông thôn,";
   * the part named by a noun of a field, a level or an area, closed by its comma.
   */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:(?:con|rieng)\\s+(?:doi\\s+)?voi|doi\\s+voi)\\s+"
              + "(?:cap|bac|nganh|linh\\s+vuc|khoi|vung|khu\\s+vuc)\\b[^,.;:]{1,40},");

  /** True when the (folded) sentence opens on the next field of a list of goals. */
  static boolean opens(String folded) {
    return OPENS.matcher(folded).lookingAt();
  }
}
