package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * Figures named as goals after them, the sentence telling them as some of a plan's chỉ tiêu: "Tốc
 * độ tăng trưởng GRDP của tỉnh tăng từ 10,3% trở lên; thu ngân sách nhà nước trên địa bàn hơn 1.700
 * tỷ đồng là hai trong 7 chỉ tiêu chủ yếu về phát triển kinh tế của tỉnh Kon Tum trong 6 tháng cuối
 * năm 2022." (kontumtv.vn's sapo). A word of intent sets the figures after it; "là một trong (số) …
 * chỉ tiêu", "là hai trong N mục tiêu" names the figures before it as goals. Goals counted by their
 * state ("là một trong 5 chỉ tiêu đã đạt", "… chỉ tiêu vượt kế hoạch") are a report's tally, and a
 * sentence told as a result stays one. So does a dash pointing back at the figures before it as
 * goals, "… 31%” - đây là 3 mục tiêu lớn mà toàn ngành … phải quyết liệt triển khai thực hiện"
 * (daidoanket on the farm ministry's 2017), as "Đây là mục tiêu …" opening the next sentence does
 * ({@link GoalNamedNext}).
 */
final class NamedAmongGoals {
  private NamedAmongGoals() {}

  /** On folded text: "là một trong", "là hai trong số các", "là 3 trong 7" … "chỉ tiêu". */
  private static final Pattern AMONG_GOALS =
      Pattern.compile(
          "(?:\\bla\\s+(?:mot|hai|ba|bon|nam|\\d{1,2})\\s+trong\\s+(?:so\\s+)?"
              + "(?:(?:cac|nhung|\\d{1,2})\\s+)?(?:muc\\s+tieu|chi\\s+tieu)\\b"
              + "(?![^.;]*\\b(?:da|duoc|dat|vuot|hoan\\s+thanh|chua|khong)\\b)"
              // the figures before pointed back at, after a dash: "“Tốc độ tăng trưởng ngành đạt
              // 3,05%; … 31%” - đây là 3 mục tiêu lớn mà toàn ngành nông nghiệp phải quyết liệt
              // triển khai thực hiện …" (daidoanket on the farm ministry's 2017)
              + "|[-–]\\s*(?:day|do)\\s+(?:cung\\s+)?la\\s+(?:(?:hai|ba|bon|nam|\\d{1,2}|nhung|cac)\\s+)?"
              + "(?:muc\\s+tieu|chi\\s+tieu)\\b"
              + "(?!\\s+(?:(?:da|duoc)\\s+)?(?:dat|vuot|hoan\\s+thanh|chua|khong)\\b))");

  /**
   * True when the folded sentence names the figures before it as some of a plan's goals.
   *
   * @param folded the sentence, folded
   * @return whether it names its figures as goals after them
   */
  static boolean names(String folded) {
    return AMONG_GOALS.matcher(folded).find();
  }
}
