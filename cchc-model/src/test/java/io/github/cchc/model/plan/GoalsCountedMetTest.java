package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goals counted as carried out after the effort made ("đã nỗ lực phấn đấu, thực hiện thắng lợi 9
 * chỉ tiêu chủ yếu …") are a report's tally: the list they open is the results, and only the
 * congress's figures in brackets are goals ({@link GoalsCountedMet}); the farm share of a structure
 * named before a colon keeps its ceiling ({@link PlanShareHeldDown}).
 */
class GoalsCountedMetTest {
  /** baonamdinh on xã Hải Trung's congress 2020-2025 (unseen57). */
  private static final String HAI_TRUNG =
      "Triển khai thực hiện Nghị quyết đại hội Đảng bộ xã lần thứ XIV, Đảng bộ, chính quyền và"
          + " nhân dân xã Hải Trung đã nỗ lực phấn đấu, thực hiện thắng lợi 9 chỉ tiêu chủ yếu trên"
          + " các lĩnh vực như: Tổng sản phẩm bình quân đầu người đến năm 2020 ước đạt 65,6 triệu"
          + " đồng; tỷ trọng cơ cấu kinh tế các ngành (theo giá hiện hành): Nông nghiệp - thuỷ sản:"
          + " 20% (chỉ tiêu đại hội 27,5%); Công nghiệp - xây dựng: 48% (chỉ tiêu đại hội 44%); Dịch"
          + " vụ: 32% (chỉ tiêu đại hội 28,5%). Giá trị sản xuất các ngành tăng 10,66% so với chỉ"
          + " tiêu đại hội. Thu ngân sách từ kinh tế trên địa bàn tăng bình quân 19,5%/năm so với dự"
          + " toán huyện giao. Mức giảm tỷ lệ sinh 0,08%/năm (chỉ tiêu đại hội 1%/năm).";

  @Test
  void goalsCountedAsMetOpenTheResultsOnlyTheBracketedGoalsAreRead() {
    assertThat(TargetsRead.page(HAI_TRUNG)).containsExactly("LE 27.5", "GE 44", "GE 28.5", "GE 1");
    assertThat(TargetsRead.article(HAI_TRUNG))
        .containsExactly("LE 27.5", "GE 44", "GE 28.5", "GE 1");
    assertThat(
            Goals.sets(
                "Đảng bộ, chính quyền và nhân dân xã Hải Trung đã nỗ lực phấn đấu, thực hiện thắng"
                    + " lợi 9 chỉ tiêu chủ yếu trên các lĩnh vực."))
        .isFalse();
  }

  @Test
  void goalsSetByACountStaySet() {
    // a body that sets itself the goals counted, no past effort between
    assertThat(
            Goals.sets(
                "Đại hội đã xác định phấn đấu hoàn thành 15 chỉ tiêu chủ yếu trên các lĩnh vực."))
        .isTrue();
    assertThat(Goals.sets("Tập trung thực hiện thắng lợi 9 chỉ tiêu chủ yếu của Nghị quyết."))
        .isTrue();
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ 2020-2025, Đảng bộ xã phấn đấu thực hiện thắng lợi 9 chỉ tiêu chủ yếu"
                    + " như: Tỷ lệ hộ nghèo giảm còn dưới 3%; tỷ lệ người dân tham gia bảo hiểm y"
                    + " tế đạt 95%."))
        .containsExactly("LT 3", "GE 95");
  }

  @Test
  void theFarmShareNamedBeforeAColonKeepsItsCeiling() {
    assertThat(
            TargetsRead.page(
                "Năm 2020, tỷ trọng cơ cấu kinh tế các ngành: Nông nghiệp - thuỷ sản: 20% (kế hoạch"
                    + " 27,5%); Dịch vụ: 32% (kế hoạch 28,5%)."))
        .containsExactly("LE 27.5", "GE 28.5");
    // fishing alone is no farm share
    assertThat(
            TargetsRead.page(
                "Năm 2020, tỷ trọng cơ cấu kinh tế các ngành: Thuỷ sản: 20% (kế hoạch 27,5%); Dịch"
                    + " vụ: 32% (kế hoạch 28,5%)."))
        .containsExactly("GE 27.5", "GE 28.5");
  }
}
