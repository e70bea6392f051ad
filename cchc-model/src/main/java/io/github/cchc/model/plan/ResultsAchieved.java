package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * Results named in general by a sentence told as a result: "Theo đánh giá từ UBND tỉnh, những năm
 * qua, tỉnh quan tâm lãnh, chỉ đạo, … chuyển đổi số, đạt nhiều kết quả tích cực." (baomoi on An
 * Giang's digital transformation, after the goals Nghị quyết 57-NQ/TW led the province to set).
 * Such a sentence turns a page's account of a plan to what was achieved: the figures after it are
 * the results it announced ("Quy mô kinh tế số tỉnh An Giang năm 2023 chiếm 5,28% GRDP"), as after
 * a result with a figure.
 */
final class ResultsAchieved {
  /** On folded text: "đạt (được) (nhiều | những | một số | các) kết quả". */
  private static final Pattern ACHIEVED =
      Pattern.compile("\\bdat\\s+(?:duoc\\s+)?(?:(?:nhieu|nhung|mot\\s+so|cac)\\s+)?ket\\s+qua\\b");

  private ResultsAchieved() {}

  /** True when the folded sentence names results achieved. */
  static boolean named(String folded) {
    return ACHIEVED.matcher(folded).find();
  }
}
