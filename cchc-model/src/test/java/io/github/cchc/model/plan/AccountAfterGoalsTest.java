package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A paragraph opening "Theo đó, …" right after one that set goals gives the account of the plan
 * they are the goals of ({@link GoalsOrResults}, {@link PlanAccount#accordingly}).
 */
class AccountAfterGoalsTest {

  @Test
  void theAccountAfterAParagraphOfGoalsGivesThePlansGoals() {
    // baodongkhoi on Bến Tre's forests 2021-2025 (unseen58)
    assertThat(
            TargetsRead.page(
                "Mục tiêu nhằm thiết lập, quản lý, bảo vệ, phát triển và sử dụng bền vững 7.228ha"
                    + " đất được quy hoạch cho lâm nghiệp, nâng tỷ lệ che phủ rừng lên 2% vào năm"
                    + " 2025 và 2,% vào năm 2030. Qua đó nhằm đảm bảo có sự tham gia rộng rãi hơn"
                    + " của các thành phần kinh tế và tổ chức xã hội vào các hoạt động lâm"
                    + " nghiệp.\nTheo đó, giai đoạn 2021 - 2025, toàn tỉnh trồng mới 416ha rừng;"
                    + " trồng lại 543ha rừng sau khai thác; tỷ lệ che phủ rừng 2%; tốc độ tăng giá"
                    + " trị sản xuất lâm nghiệp 1,52%/năm."))
        .containsExactly("GE 2", "GE 2", "GE 1.52");
  }

  @Test
  void theAccountAfterAParagraphOfResultsStaysAResult() {
    // near case: the paragraph before reports a result
    assertThat(
            TargetsRead.page(
                "Năm 2020, tỷ lệ che phủ rừng của tỉnh đạt 1,8%, tăng 0,2% so với năm 2015.\nTheo"
                    + " đó, giai đoạn 2016 - 2020, toàn tỉnh trồng mới 416ha rừng; tỷ lệ che phủ"
                    + " rừng 1,8%; tốc độ tăng giá trị sản xuất lâm nghiệp 1,2%/năm."))
        .isEmpty();
  }
}
