package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of false targets of the fresh sets {@code unseen20/} and {@code unseen25/}: the effort
 * told in the past ("đã nỗ lực") is no word of intent, and the base a change starts from, dated at
 * the start or end of a year, is no goal.
 */
class PastEffortAndDatedBaseTest {
  @Test
  void anEffortToldInThePastSetsNoGoalForTheSentenceAfterIt() {
    // baogialai.com.vn, Gia Lai's conference handing out the 2026 chỉ tiêu: the 2025 results
    assertThat(
            TargetsRead.page(
                "Tại hội nghị, báo cáo của UBND tỉnh do Phó Chủ tịch Thường trực UBND tỉnh Nguyễn"
                    + " Tuấn Thanh trình bày cho thấy, năm 2025 tỉnh đã nỗ lực triển khai hoàn thành"
                    + " đạt và vượt hầu hết các chỉ tiêu chủ yếu về phát triển KT-XH. Trong đó, tổng"
                    + " sản phẩm địa phương (GRDP) tăng 7,2% so với cùng kỳ, xếp thứ 3/6 tỉnh, thành"
                    + " phố vùng duyên hải Nam Trung bộ và Tây Nguyên."))
        .isEmpty();
  }

  @Test
  void anEffortStillToComeSetsTheGoal() {
    // the counter-example: "nỗ lực" not in the past
    assertThat(TargetsRead.page("Năm 2026, tỉnh nỗ lực đạt tốc độ tăng trưởng GRDP trên 8%."))
        .containsExactly("GT 8");
  }

  @Test
  void theBaseOfAChangeDatedAtTheStartOfAYearIsNoGoal() {
    // tuyenquangtv.vn, Tuyên Quang's draft poverty plan (2018)
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 19,32% đầu năm 2018 xuống còn 12,72% cuối"
                    + " năm 2020."))
        .containsExactly("LE 12.72");
    // a realistic variant of the class: a rise, dated at the end of a year
    assertThat(
            TargetsRead.page(
                "Phấn đấu nâng tỷ lệ che phủ rừng từ 42% cuối năm 2020 lên 45% vào năm 2025."))
        .containsExactly("GE 45");
  }
}
