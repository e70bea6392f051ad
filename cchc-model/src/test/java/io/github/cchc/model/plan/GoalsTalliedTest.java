package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The class of {@link GoalsTallied}: a tally of the goals met ends a page's account of a plan. */
class GoalsTalliedTest {
  private static final String PLAN_TOLD =
      "TPO - Tỉnh Khánh Hòa đang đặt mục tiêu phấn đấu đến cuối năm 2027 sẽ trở thành thành phố"
          + " trực thuộc Trung ương, sớm hơn 3 năm so với lộ trình đặt ra.\n\n"
          + "Chiều 15/1, tại buổi họp báo thông tin về tình hình kinh tế - xã hội tỉnh Khánh Hòa"
          + " năm 2025, ông Nguyễn Long Biên - Phó Chủ tịch Thường trực UBND tỉnh Khánh Hòa, cho"
          + " biết địa phương đang đặt mục tiêu phấn đấu đến năm 2027 trở thành thành phố trực"
          + " thuộc Trung ương, sớm hơn khoảng 3 năm so với lộ trình được xác định tại Nghị quyết"
          + " số 09 của Bộ Chính trị.\n\n";

  /** unseen41's tienphong.vn page on Khánh Hòa's 2025 results (15/1/2026). */
  @Test
  void theYearsChangesAfterATallyOfGoalsMetAreResults() {
    assertThat(
            TargetsRead.page(
                PLAN_TOLD
                    + "Theo UBND tỉnh Khánh Hòa, năm 2025 dù đối mặt với nhiều khó khăn, thách thức"
                    + " từ bối cảnh kinh tế chung và tác động của thiên tai, tỉnh vẫn đạt được"
                    + " nhiều kết quả tích cực. Khánh Hòa đã hoàn thành và vượt 21/22 chỉ tiêu kinh"
                    + " tế - xã hội chủ yếu. Tổng sản phẩm trên địa bàn (GRDP) tăng 7,11%; thu ngân"
                    + " sách Nhà nước đạt mức tăng trưởng cao, vượt hơn 39% so với dự toán Trung"
                    + " ương giao và tăng trên 53% so với năm 2024."))
        .isEmpty();
  }

  /** A realistic variant of the class: "đạt" and another count. */
  @Test
  void aTallyWithDatEndsTheAccountToo() {
    assertThat(
            TargetsRead.page(
                PLAN_TOLD
                    + "Năm qua, tỉnh đã đạt 15/18 chỉ tiêu chủ yếu. Kim ngạch xuất khẩu tăng 9,5%"
                    + " so với năm 2024."))
        .isEmpty();
  }

  /** Without the tally the account of the plan goes on: its change stays a goal, as before. */
  @Test
  void aChangeRightAfterThePlanStaysItsGoal() {
    assertThat(TargetsRead.page(PLAN_TOLD + "Tổng sản phẩm trên địa bàn (GRDP) tăng 10%."))
        .containsExactly("GE 10");
  }
}
