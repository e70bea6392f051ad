package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page that opens a paragraph by naming the plan as its source ("Theo kế hoạch, …") goes on
 * to list the plan's content: figures with no word of intent in their own sentence are the plan's
 * goals until one is told as a result. The class recurs in every round (unseen5 Vĩnh Phúc, unseen8
 * Thanh Hóa); the sentences are those of the Thanh Hóa page (baomoi.com, kế hoạch chuyển đổi số năm
 * 2025).
 */
class PlanNamedAsSourceTest {
  private static final String OPENING =
      "Theo kế hoạch, đến năm 2025, tỉnh đặt mục tiêu 90% thủ tục hành chính đủ điều kiện được"
          + " cung cấp trực tuyến toàn trình.\n\n";

  @Test
  void figuresAfterThePlanNamedAsSourceAreItsGoals() {
    String text =
        OPENING
            + "Trong lĩnh vực chính quyền số, 100% văn bản, hồ sơ công việc được xử lý trên môi"
            + " trường mạng, 80% cuộc họp thực hiện thông qua hệ thống họp không giấy tờ.\n\n"
            + "Về phát triển kinh tế số, tỉnh đặt mục tiêu tỷ trọng kinh tế số đạt 20% GRDP."
            + " Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ doanh"
            + " nghiệp sử dụng hợp đồng điện tử đạt 80%.";
    assertThat(TargetsRead.page(text))
        .containsExactly("GE 90", "EQ 100", "GE 80", "GE 20", "GT 10", "GE 80");
  }

  @Test
  void withoutThePlanNamedTheSameFiguresAreResults() {
    String text =
        "Trong lĩnh vực chính quyền số, 100% văn bản, hồ sơ công việc được xử lý trên môi"
            + " trường mạng, 80% cuộc họp thực hiện thông qua hệ thống họp không giấy tờ.";
    assertThat(TargetsRead.page(text)).isEmpty();
  }

  @Test
  void aResultEndsTheAccountOfThePlan() {
    String text =
        OPENING
            + "Năm 2024, tỷ lệ hồ sơ được xử lý trực tuyến đã đạt 65%.\n\n"
            + "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%.";
    assertThat(TargetsRead.page(text)).containsExactly("GE 90");
  }
}
