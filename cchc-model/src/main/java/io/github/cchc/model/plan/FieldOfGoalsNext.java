package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A paragraph opening on the next field, level or area of a list of goals given field by field:
 * "Đối với cấp Tiểu học, đặt mục tiêu trẻ 6 tuổi vào học lớp 1 đạt 100%. ⏎ Còn với cấp THCS, học
 * sinh hoàn thành chương trình tiểu học vào học lớp 6 đạt 99,5%." (giaoducthoidai on Kon Tum's
 * enrolment goals for 2021-2022). "Còn với …", "Riêng đối với …", "Đối với …" name the next part
 * the goals before are set for, as a paragraph opening on the next deadline does ({@link
 * NextTimeOfGoals}): right after goals, its figures are goals too, unless told as results. So does
 * "Về …," naming the next field of goals given field by field ("… mục tiêu cụ thể năm 2023 về hạ
 * tầng số, Bình Phước phấn đấu 70% dân số trưởng thành có điện thoại thông minh; …. ⏎ Về chính
 * quyền số, 100% thủ tục hành chính đủ điều kiện … được cung cấp dưới hình thức dịch vụ công trực
 * tuyến toàn trình; …", thanhnien on Bình Phước's digital transformation in 2023), but not "Về kết
 * quả", "Về tình hình", "Về phía", "Về việc", "Về nguyên nhân", "Về hạn chế", nor a group of goals
 * named for an account of them ("Về nhóm mục tiêu phát triển kinh tế, một số chỉ tiêu đề ra tăng so
 * với năm 2023. Trong các năm từ 2020 - 2023, …", baobackan on the province's 16 goals for 2024).
 * So does the field named as such before a colon, the goals of a decision given field by field ("Cụ
 * thể: lĩnh vực kinh tế: (1) Phấn đấu tăng trưởng GRDP năm 2024 đạt 8,5% …; (7) …" then "Lĩnh vực
 * xã hội: (1) Duy trì 100% số xã đạt chuẩn nông thôn mới; …", baotravinh on Trà Vinh's QĐ
 * 1889/QĐ-UBND). And so does "Riêng …," singling out a field by its noun ("phát triển", "lĩnh vực",
 * "ngành") right after the goals, in the same paragraph as after it: "Mục tiêu phấn đấu đến năm
 * 2025, tỷ trọng kinh tế số đạt 20% GDP; … đạt trên 80%... Riêng phát triển xã hội số, tỷ lệ dân số
 * trưởng thành có điện thoại thông minh đạt 80%; …" (baoquangngai on Quảng Ngãi's QĐ 906 of 2022);
 * "Riêng năm 2025, …" or "Riêng quý IV, …" names a time, not a field.
 */
final class FieldOfGoalsNext {
  private FieldOfGoalsNext() {}

  /**
   * On folded text: "còn với cấp THCS,", "riêng đối với cấp THPT,", "đối với khu vực nông thôn,";
   * the part named by a noun of a field, a level or an area, closed by its comma; "về chính quyền
   * số,", a field named after "về", closed by its comma with no figure before it; "riêng phát triển
   * xã hội số,", a field singled out by its noun; "lĩnh vực xã hội:", a field named as such, closed
   * by its colon.
   */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:(?:(?:con|rieng)\\s+(?:doi\\s+)?voi|doi\\s+voi)\\s+"
              + "(?:cap|bac|nganh|linh\\s+vuc|khoi|vung|khu\\s+vuc)\\b[^,.;:]{1,40},"
              + "|rieng\\s+(?:phat\\s+trien|linh\\s+vuc|nganh)\\s+[^,.;:\\d]{1,40},"
              + "|ve\\s+(?!(?:ket\\s+qua|tinh\\s+hinh|phia|viec|nguyen\\s+nhan|han\\s+che)\\b)"
              + "(?![^,.;:]*\\b(?:nhom|muc\\s+tieu|chi\\s+tieu)\\b)[^,.;:\\d]{1,40},"
              + "|linh\\s+vuc\\s+[^,.;:\\d()]{1,40}:)");

  /** True when the (folded) sentence opens on the next field of a list of goals. */
  static boolean opens(String folded) {
    return OPENS.matcher(folded).lookingAt();
  }
}
