package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A section of tasks in a text of results by default ({@link TaskSection}): the Government Office's
 * conclusions tell their goals as tasks, and a figure told there without a word of a result is a
 * goal.
 */
class TaskSectionTest {
  // Thông báo 624/TB-VPCP of 2025, the Government's steering committee on science, technology and
  // digital transformation (tnt305/tai_lieu_noi_bo, corpus unseen42): two items of its section III,
  // wrapped as the file wraps them
  private static final String TASKS_624 =
      """
      III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ
      22 tháng 12 năm 2025; (3) các bộ, ngành, địa phương tập trung: (i)
      Sửa đổi, bổ sung 322 văn bản quy phạm pháp luật theo phương án đã được Thủ tướng
      Chính phủ phê duyệt; (ii) Rà soát, sửa đổi các quy định không phù hợp với
      việc thực hiện TTHC không phụ thuộc địa giới hành chính và DVC trực tuyến toàn
      trình; (iii) Hoàn thành mục tiêu 100% TTHC liên quan đến doanh nghiệp được
      thực hiện trực tuyến và 100% TTHC được thực hiện không phụ thuộc vào địa giới
      hành chính phạm vi cấp tỉnh.
      e) Bộ Giáo dục và Đào tạo chủ trì xây dựng hồ sơ học
      tập suốt đời, tích hợp với CSDL quản lý văn bằng, chứng chỉ, hoàn thành trước
      ngày 10 tháng 12 năm 2025; hướng dẫn các bộ, ngành, địa phương thực hiện số hoá
      bằng cấp, chứng chỉ hoàn thành và tổ chức triển khai ngay trong tháng 12 năm
      2025, số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026.
      """;

  @Test
  void theTasksOfAConclusionSetGoals() {
    assertThat(TargetsRead.page(TASKS_624)).containsExactly("EQ 100", "EQ 100", "EQ 100");
  }

  @Test
  void theProposalsSectionAfterAnAssessmentSetsGoals() {
    // Thông báo 648/TB-VPCP of 2025, the Deputy Prime Minister's conclusions in Điện Biên
    // (tnt305/tai_lieu_noi_bo, corpus unseen42): the province's proposal, after the assessment
    assertThat(
            TargetsRead.page(
                """
                I. ĐÁNH GIÁ CHUNG
                Tỉnh đã hoàn thành nhà ở cho hộ nghèo và đồng bào dân tộc thiểu số và miền núi.
                II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH
                3. Về bố trí các nguồn lực đầu tư cho ngành Giáo dục và Đào tạo tỉnh Điện Biên (đảm\
                 bảo tỷ lệ phòng học, phòng công vụ, phòng nội trú/bán trú được kiên cố hóa đạt\
                 100%): Giao Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Tài chính và các Bộ, cơ\
                 quan liên quan nghiên cứu kiến nghị của tỉnh Điện Biên.
                """))
        .containsExactly("GE 100");
  }

  @Test
  void theSameWordsUnderAHeadingOfResultsOrWithoutAHeadingStayResults() {
    // the same items under a heading of results, and on a page without headings: results
    assertThat(
            TargetsRead.page(TASKS_624.replace("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ", "")))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                TASKS_624.replace(
                    "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ",
                    "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ\nIV. KẾT QUẢ THỰC HIỆN")))
        .isEmpty();
    // a realistic variant: a result told in the past under the tasks stays a result
    assertThat(
            TargetsRead.page(
                """
                II. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
                Năm 2024, tỷ lệ hồ sơ trực tuyến đã đạt 45,2%.
                """))
        .isEmpty();
  }
}
