package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A goal in a text that lays down rules (Nghị định, Thông tư, Luật, a Quy định or Quy chế): only a
 * word of intent proper sets one there ("phấn đấu", "mục tiêu", "hướng tới", "định hướng", "quyết
 * tâm", "kỳ vọng", "đề ra"/"đặt ra"). The other words that mark a goal on a plan's page are, in a
 * rule, the vocabulary of its conditions: "chỉ tiêu" names the quota a figure is a share of ("Kết
 * quả tuyển sinh đạt tối thiểu 80% chỉ tiêu theo kế hoạch của cơ sở đào tạo", the criteria of
 * accreditation of Thông tư 14/2024/TT-BLĐTBXH) or the item a rate applies to ("Trường hợp chỉ tiêu
 * vốn tính lương kế hoạch … tăng từ 7% trở lên thì phải giảm trừ …", VBHN 465/VBHN-BLĐTBXH), "đề
 * nghị" the recognition applied for ("tăng tối thiểu 5%/năm … trước năm được đề nghị xét công nhận
 * đạt chuẩn nông thôn mới", Thông tư 52/2026/TT-BTC), "yêu cầu" the conditions to meet ("khi đáp
 * ứng các yêu cầu sau"), "phải đạt"/"cần đạt" a condition of the rule. Such a figure is a rate, a
 * level or a condition, not a goal.
 */
final class GoalOfRuleText {
  private GoalOfRuleText() {}

  /** Words of intent proper, on folded text (as in {@link Goals}, less the words of conditions). */
  private static final Pattern INTENT_PROPER =
      Pattern.compile(
          "\\b(?:(?<!su\\s)phan\\s+dau(?!\\s+cua)"
              + "|(?<!chuong\\strinh\\s)muc\\s+tieu(?!\\s+quoc\\s+gia)"
              + "|de\\s+ra|dat\\s+ra|huong\\s+(?:toi|den)"
              + "|(?<!su\\s)quyet\\s+tam(?!\\s+cua)|(?<!duoc\\s)ky\\s+vong"
              + "|(?<!dung\\s)(?<!theo\\s)dinh\\s+huong)\\b");

  /**
   * Whether the (NFC) sentence of a text laying down rules sets a goal: a word of intent proper
   * outside the phrases that name a goal as reached or missed.
   */
  static boolean sets(String sentence) {
    return INTENT_PROPER.matcher(VietnameseText.fold(Goals.withoutAttained(sentence))).find();
  }
}
