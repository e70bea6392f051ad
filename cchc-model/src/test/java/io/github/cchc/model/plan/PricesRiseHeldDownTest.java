package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rise of consumer prices named as a rate, "tốc độ tăng giá tiêu dùng", is held down as "chỉ số
 * giá tiêu dùng" and "lạm phát" are ({@link HeldDown#lowerIsBetter}): its goal is a ceiling.
 */
class PricesRiseHeldDownTest {
  @Test
  void theRiseOfPricesIsACeiling() {
    // baodongnai on the National Assembly's plan for 2018 (unseen56)
    assertThat(
            TargetsRead.page(
                "Các chỉ tiêu chủ yếu được đưa ra là: tổng sản phẩm trong nước (GDP) tăng 6,5- 6,7%;"
                    + " tổng kim ngạch xuất khẩu tăng 7-8%; tốc độ tăng giá tiêu dùng bình quân"
                    + " khoảng 4%; tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%."))
        .containsExactly("GE 6.5", "GE 7", "LE 4", "LT 4");
  }

  @Test
  void otherRatesOfRiseStayFloors() {
    assertThat(
            TargetsRead.page(
                "Các chỉ tiêu chủ yếu được đưa ra là: tốc độ tăng tổng mức bán lẻ hàng hóa và doanh"
                    + " thu dịch vụ tiêu dùng khoảng 10%."))
        .containsExactly("GE 10");
  }
}
