package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule sharing out money (a share of a sum paid into the budget, kept or drawn, as a resolution
 * on fees states it) is a rule, not a goal, even in a document whose figures are read as goals.
 */
class MoneySharedOutTest {
  @Test
  void aShareOfAFeePaidIntoTheBudgetIsNoGoal() {
    // binary/caobang-nq-33-2022.pdf, Nghị quyết 33/2022/NQ-HĐND of Cao Bằng on the work permit fee
    assertThat(
            plan(
                "11. b) Tổ chức thu lệ phí thực hiện nộp 100% tiền lệ phí thu được vào ngân sách"
                    + " nhà nước và thực hiện kê khai, nộp lệ phí theo tháng theo quy định của pháp"
                    + " luật quản lý thuế."))
        .isEmpty();
    // the same class as fee resolutions word it: a share kept, a share paid in
    assertThat(
            plan(
                "Cơ quan thu phí được để lại 90% số tiền phí thu được để trang trải chi phí cho"
                    + " việc thu phí, nộp 10% vào ngân sách nhà nước."))
        .isEmpty();
  }

  @Test
  void aGoalOfBudgetRevenueStaysAGoal() {
    assertThat(plan("Phấn đấu thu ngân sách nhà nước đạt 100% dự toán được giao."))
        .containsExactly("GE 100");
  }

  /** Targets as a plan's reader takes them: every figure not told as a result is a goal. */
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }
}
