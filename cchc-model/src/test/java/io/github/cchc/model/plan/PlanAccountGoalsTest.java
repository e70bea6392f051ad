package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page's account of the goals a plan, a decision or a congress sets, from the twelfth to
 * fourteenth unseen holdouts (test resources {@code io/github/cchc/model/corpus/unseen12} to {@code
 * unseen14}), each with the sentences of the real page and a second case of the class: the account
 * is opened by a decision assigning chỉ tiêu ("giao chỉ tiêu") or by a congress or the National
 * Assembly resolving ("Đại hội xác định", "Quốc hội quyết nghị"), as by a plan named as issued;
 * what it keeps ("duy trì 100% …") is at least the figure kept.
 */
class PlanAccountGoalsTest {
  @Test
  void aDecisionAssigningChiTieuOpensTheAccountOfItsGoals() {
    // baobariavungtau.com.vn, Châu Đức's chỉ tiêu for 2025 (December 2024)
    String chauDuc =
        """
        Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội\
         và dự toán thu, chi ngân sách năm 2025. Theo đó, tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%.
        """;
    assertThat(TargetsRead.page(chauDuc)).containsExactly("GE 95.5");
    // without the decision named, "Theo đó" follows nothing that sets goals
    assertThat(
            TargetsRead.page(
                "Hội nghị đã tổng kết công tác năm 2024. Theo đó, tỷ lệ bao phủ bảo hiểm y tế đạt"
                    + " 95,5%."))
        .isEmpty();
  }

  @Test
  void whatAPlanKeepsIsAtLeastTheFigureKept() {
    // baotayninh.vn, Hòa Thành's 2015 chỉ tiêu
    assertThat(
            TargetsRead.page(
                "Theo đó, năm 2015, huyện Hoà Thành phấn đấu duy trì 100% xã, thị trấn đạt chuẩn"
                    + " quốc gia về y tế; 97% gia đình đạt chuẩn văn hóa, 100% ấp/khu phố đạt chuẩn"
                    + " văn hóa."))
        .containsExactly("GE 100", "GE 97", "EQ 100");
    assertThat(TargetsRead.page("Phấn đấu duy trì 100% trường học đạt chuẩn xanh, sạch, đẹp."))
        .containsExactly("GE 100");
  }

  @Test
  void aCongressResolvingOpensTheAccountOfItsResolution() {
    // after vietnamplus.vn's Vĩnh Long congress (2025-2030), its "Đại hội xác định …"
    String congress =
        """
        Đại hội đã thông qua Nghị quyết Đại hội nhiệm kỳ 2025-2030. Đại hội xác định giai đoạn\
         2025-2030, xây dựng tỉnh trở thành trung tâm kinh tế biển.

        Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%.
        """;
    assertThat(TargetsRead.page(congress)).containsExactly("GE 10.08");
    assertThat(TargetsRead.page(congress.substring(congress.indexOf("Tỷ trọng")))).isEmpty();
  }
}
