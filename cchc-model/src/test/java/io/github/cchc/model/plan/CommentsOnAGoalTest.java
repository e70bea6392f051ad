package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A paragraph of one short sentence without a word of intent that gives again a goal the page set
 * before (the same comparator, value and unit, most of its words on the earlier line) comments on
 * that goal: the goal is the earlier sentence's, counted once. A sentence that sets the goal again
 * with a word of intent is an occurrence of its own, as the corpus labels a sapo and its body.
 */
class CommentsOnAGoalTest {
  @Test
  void aSentenceCommentingOnAGoalStatedBeforeIsNoSecondGoal() {
    // dientuungdung.vn, the national digital economy plan: "Trị giá trên 16% trong GDP sẽ …"
    String page =
        """
         date 2025-01 Trong vấn đề phát triển kinh tế số, kế hoạch hành động của Uỷ ban Quốc gia về\
         chuyển đổi số đặt mục tiêu phấn đấu tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\
         trên 16%. Tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 8,5%.

        Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số, trên\
         30% doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số.

        Trị giá trên 16% trong GDP sẽ khẳng định vai trò của kinh tế số trong nền kinh tế Việt Nam.
        """;
    assertThat(TargetsRead.article(page)).containsExactly("GT 16", "GT 8.5", "GT 90", "GT 30");
  }

  @Test
  void aCommentIsToldFromTheGoalSetAgain() {
    // the comment after the goal is left out; the goal set again with "phấn đấu" stays (a short
    // line with a figure next to the comment would make it an item of a list, kept)
    String page =
        """
        Tỉnh ban hành kế hoạch chuyển đổi số năm 2026

        UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số năm 2026, phấn đấu tỷ lệ hồ sơ trực tuyến\
         toàn trình đạt trên 80%.

        Tỷ lệ hồ sơ trực tuyến toàn trình trên 80% sẽ là bước tiến của chuyển đổi số của tỉnh.

        Theo kế hoạch, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80% trong năm 2026,\
         tỷ lệ người dân hài lòng với dịch vụ công đạt trên 90%.
        """;
    assertThat(TargetsRead.article(page)).containsExactly("GT 80", "GT 80", "GT 90");
  }
}
