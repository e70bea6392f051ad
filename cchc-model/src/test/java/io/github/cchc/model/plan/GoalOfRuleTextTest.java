package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The class of {@link GoalOfRuleText}: in a text laying down rules only a word of intent proper
 * sets a goal; "chỉ tiêu", "đề nghị", "yêu cầu" are there the vocabulary of its conditions.
 */
class GoalOfRuleTextTest {

  /** unseen63's Thông tư 14/2024/TT-BLĐTBXH, Tiêu chuẩn 3.1 of accreditation: a quota's share. */
  @Test
  void aShareOfTheQuotaIsACriterionNotAGoal() {
    assertThat(
            GoalOfRuleText.sets(
                "Kết quả tuyển sinh đạt tối thiểu 80% chỉ tiêu theo kế hoạch của cơ sở đào tạo."))
        .isFalse();
    // the same sentence still carries a word of intent for the readers of a plan
    assertThat(
            Goals.sets(
                "Kết quả tuyển sinh đạt tối thiểu 80% chỉ tiêu theo kế hoạch của cơ sở đào tạo."))
        .isTrue();
  }

  /** unseen63's Thông tư 52/2026/TT-BTC on the criteria of new-style rural communes. */
  @Test
  void theRecognitionAppliedForIsACondition() {
    assertThat(
            GoalOfRuleText.sets(
                "Số lượng thành viên trong 02 năm liên tiếp liền kề trước năm được đề nghị xét"
                    + " công nhận đạt chuẩn nông thôn mới tăng tối thiểu 5%/năm (hoặc 10 thành"
                    + " viên/năm)."))
        .isFalse();
  }

  /** unseen63's VBHN 465/VBHN-BLĐTBXH on SCIC's pay: the item a rate applies to. */
  @Test
  void thePlannedItemARateAppliesToIsNoGoal() {
    assertThat(
            GoalOfRuleText.sets(
                "Trường hợp chỉ tiêu vốn tính lương kế hoạch so với thực hiện của năm trước liền"
                    + " kề hoặc thực hiện so với kế hoạch tăng từ 7% trở lên thì phải giảm trừ"
                    + " phần vốn tính lương cao hơn 7% làm cơ sở xác định năng suất lao động."))
        .isFalse();
  }

  /** Near case: a legal text that sets a goal by a word of intent proper keeps it. */
  @Test
  void aGoalSetByAWordOfIntentProperStays() {
    assertThat(
            GoalOfRuleText.sets(
                "Phấn đấu đến năm 2030, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt"
                    + " 35 - 40%."))
        .isTrue();
    assertThat(GoalOfRuleText.sets("Mục tiêu đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới."))
        .isTrue();
  }
}
