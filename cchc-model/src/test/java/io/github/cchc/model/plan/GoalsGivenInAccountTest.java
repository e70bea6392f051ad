package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's account of a plan that has given goals by their figures has set goals: a change by an
 * amount after them is a goal too ({@link GoalsOrResults}).
 */
class GoalsGivenInAccountTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aReductionAfterTheGoalsOfAnAccountIsAGoal() {
    // plo.vn on the food safety strategy's goals to 2015 (corpus unseen42)
    String text =
        "Theo đó, đến năm 2015, 70% người sản xuất, chế biến, kinh doanh thực phẩm, 80% người"
            + " quản lý, 70% người tiêu dùng có kiến thức và thực hành đúng về an toàn thực phẩm."
            + " 40% cơ sở kinh doanh dịch vụ ăn uống, 80% bếp ăn tập thể được cấp giấy chứng nhận"
            + " đủ điều kiện an toàn thực phẩm.\n\n"
            + "Cũng đến năm 2015, 100% siêu thị được kiểm soát an toàn thực phẩm. 50% chợ được quy"
            + " hoạch và kiểm soát an toàn thực phẩm (không gồm chợ tự phát). Giảm 25% số vụ ngộ"
            + " độc thực phẩm cấp tính từ 30 người mắc trở lên so với trung bình giai đoạn"
            + " 2006-2010.";
    assertThat(read(text))
        .containsExactly(
            "GE 70 PERCENT",
            "GE 80 PERCENT",
            "GE 70 PERCENT",
            "GE 40 PERCENT",
            "GE 80 PERCENT",
            "EQ 100 PERCENT",
            "GE 50 PERCENT",
            "GE 25 PERCENT");
  }

  @Test
  void aChangeAfterAnAccountThatGaveNoGoalStaysAResult() {
    // counter-example: the account has read no goal before the change, a realistic variant of a
    // year's results told after "Theo đó"
    String text =
        "Theo đó, năm 2024, tỉnh giải quyết 12.500 hồ sơ. Tổng thu ngân sách tăng 12,5% so với"
            + " cùng kỳ.";
    assertThat(read(text)).isEmpty();
  }
}
