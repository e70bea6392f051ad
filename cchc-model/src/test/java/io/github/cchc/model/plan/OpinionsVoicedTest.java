package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Opinions voiced in a debate, "có ý kiến đề nghị …", give no goals ({@link OpinionsVoiced}). */
class OpinionsVoicedTest {

  /** giaoduc.net.vn on the National Assembly's plan for 2019 (corpus unseen56). */
  private static final String DEBATE =
      "Tại báo cáo giải trình, tiếp thu, chỉnh lý dự thảo Nghị quyết về kế hoạch phát triển kinh tế"
          + " - xã hội năm 2019, Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh nêu có ý kiến đề"
          + " nghị quyết định chỉ tiêu GDP tăng 6,8 - 7%; có ý kiến đề nghị nên giữ như năm 2018 từ"
          + " 6,5 - 6,7%.";

  @Test
  void theOpinionsVoicedAreNoGoals() {
    assertThat(TargetsRead.page(DEBATE)).isEmpty();
    int[] span = OpinionsVoiced.span(DEBATE);
    assertThat(DEBATE.substring(span[0], span[1])).startsWith("có ý kiến").endsWith("6,5 - 6,7%.");
  }

  @Test
  void theBodysOwnProposalAfterThemStillSetsAGoal() {
    // near cases: a clause of the body's own after the opinion, and a ministry's own proposal
    assertThat(
            TargetsRead.page(
                "Chủ nhiệm Ủy ban Kinh tế của Quốc hội nêu có ý kiến đề nghị quyết định chỉ tiêu"
                    + " GDP tăng 6,8 - 7%; Ủy ban Thường vụ Quốc hội đề nghị giữ chỉ tiêu GDP tăng"
                    + " 6,6 - 6,8%."))
        .containsExactly("GE 6.6");
    assertThat(TargetsRead.page("Bộ Kế hoạch và Đầu tư đề xuất chỉ tiêu GDP năm 2019 tăng 6,8%."))
        .containsExactly("GE 6.8");
    assertThat(OpinionsVoiced.span("Sở Nội vụ đã lấy ý kiến đề nghị các sở giảm 10% biên chế."))
        .containsExactly(0, 0);
  }
}
