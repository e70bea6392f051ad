package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A criterion of recognition: a sentence that states what must be met to be recognised, "để được
 * công nhận", "tiêu chí/tiêu chuẩn/điều kiện (để được) công nhận" ("Để được công nhận, các địa
 * phương phải đáp ứng nhiều tiêu chí, gồm có tỷ lệ trẻ 6 tuổi vào lớp 1 đạt ít nhất 98%, có ít nhất
 * 90% tỷ lệ trẻ 11 tuổi hoàn thành chương trình tiểu học", baoquangnam on the recognition of
 * universal primary education at level 3). Its figures are the standard every unit is judged by,
 * not a level a body sets out to reach; a word of intent proper ({@link GoalOfRuleText}) still sets
 * one ("phấn đấu 100% số xã được công nhận đạt chuẩn" names no criterion and stays a goal).
 */
final class CriterionOfRecognition {
  private CriterionOfRecognition() {}

  /** On folded text: "để được (xét) công nhận", "tiêu chí … (xét) công nhận". */
  private static final Pattern STATED =
      Pattern.compile(
          "\\b(?:de\\s+duoc\\s+(?:xet\\s+)?cong\\s+nhan"
              + "|(?:tieu\\s+chi|tieu\\s+chuan|dieu\\s+kien)\\s+(?:de\\s+)?(?:duoc\\s+)?(?:xet\\s+)?"
              + "cong\\s+nhan)\\b");

  /** Whether the folded sentence states the criteria of a recognition. */
  static boolean is(String folded) {
    return STATED.matcher(folded).find();
  }
}
