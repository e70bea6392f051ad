package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A figure told as a forecast ("Dự báo: …", "dự báo sẽ …", "dự báo tăng …") is no goal; a goal
 * beside it keeps its figure, and the forecasting named as a measure ("tỷ lệ dự báo chính xác") is
 * no forecast.
 */
class ForecastTest {
  @Test
  void aForecastIsNoGoal() {
    // thuvienphapluat's page on Nghị quyết 27/NQ-CP (tnt305/tai_lieu_noi_bo; corpus unseen48):
    // the goals of the resolution, then the site's note on 5G
    String nq27 =
        """
        - Mở rộng vùng phủ sóng 5G toàn quốc, phấn đấu đạt 50% số trạm 5G so với số trạm 4G.

        *(1) 5G Trở Thành Tiêu Chuẩn Chính Trong Kết Nối Di Động*

        - Nhiều quốc gia đang đẩy mạnh phổ cập mạng 5G, thay thế dần 4G.

        Dự báo: Đến năm 2025, hơn 50% dân số thế giới sẽ tiếp cận 5G.
        """;
    assertThat(TargetsRead.article(nq27)).containsExactly("GE 50");
    // a second of the class: "dự báo sẽ" after the year's goal (vnexpress on the tax sector,
    // corpus unseen34)
    String tax =
        "Mục tiêu phấn đấu tăng thu tối thiểu 10% so với ước thực hiện 2025. Thu do cơ quan thuế"
            + " quản lý tính đến cuối năm 2026 dự báo sẽ trên 86,1% tổng thu ngân sách Nhà nước.";
    assertThat(TargetsRead.page(tax)).containsExactly("GE 10");
  }

  @Test
  void forecastingNamedAsAMeasureIsNoForecast() {
    // a realistic goal of a hydro-meteorological plan: the accuracy of forecasts is the goal
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2030, tỷ lệ dự báo chính xác đạt 90% trở lên đối với các hiện"
                    + " tượng thời tiết nguy hiểm."))
        .containsExactly("GE 90");
  }
}
