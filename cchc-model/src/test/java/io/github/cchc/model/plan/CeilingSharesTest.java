package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shares a plan holds down, whose goal is a ceiling (LE), from the fourteenth unseen holdout (test
 * resources {@code io/github/cchc/model/corpus/unseen14}), each with the sentence of the real page
 * and a second case of the class: the agricultural sector's share in the economy's structure (the
 * other sectors' are floors), the budget deficit and the natural growth of the population, and a
 * range of a share held down, read at its worst end.
 */
class CeilingSharesTest {
  @Test
  void theAgriculturalShareOfTheEconomysStructureIsACeiling() {
    // kbang.gialai.gov.vn, xã Sơn Lang's chỉ tiêu 2020-2025, under "Các chỉ tiêu chủ yếu"
    String sonLang =
        """
        Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)
        (1) Cơ cấu kinh tế đến năm 2025: Nông, lâm nghiệp, thuỷ sản: 75%; dịch vụ, du lịch: 20%;\
         Tiểu thủ công nghiệp: 05%.
        """;
    assertThat(TargetsRead.page(sonLang)).containsExactly("LE 75", "GE 20", "GE 5");
    // dangcongsan.vn, Đạ Tẻh's congress 2020-2025: "chiếm"
    String daTeh =
        "Đạ Tẻh phấn đấu đến năm 2025 tỷ trọng các ngành trong cơ cấu kinh tế của huyện là: nông –"
            + " lâm - thủy sản chiếm 42%, dịch vụ chiếm 46%, công nghiệp - xây dựng chiếm 12%.";
    assertThat(TargetsRead.page(daTeh)).containsExactly("LE 42", "GE 46", "GE 12");
    // the growth of the sector's output is no share of the structure: a floor
    assertThat(
            TargetsRead.page(
                "Phấn đấu giá trị sản xuất nông- lâm- thuỷ sản tăng 3%; công nghiệp-xây dựng tăng"
                    + " 16%."))
        .containsExactly("GE 3", "GE 16");
  }

  @Test
  void theBudgetDeficitAndNaturalPopulationGrowthAreCeilings() {
    // binhthuan.baohiemxahoi.gov.vn, the National Assembly's 2021-2025 plan
    assertThat(
            TargetsRead.page(
                "Theo đó, về kinh tế, tỷ lệ đô thị hóa khoảng 45%; tỷ lệ bội chi NSNN giai đoạn"
                    + " 2021-2025 bình quân 3,7% GDP."))
        .containsExactly("GE 45", "LE 3.7");
    // xã Sơn Lang: "(9) Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%."
    assertThat(
            TargetsRead.page(
                """
                Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)
                (9) Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%.
                """))
        .containsExactly("LE 1.1");
  }

  @Test
  void aRangeOfAShareHeldDownIsReadAtItsWorstEnd() {
    // thaibinhtv.vn, the health criterion of Quyết định 1980/QĐ-TTg (new rural communes)
    String thaiBinh =
        "Trong đó, về tiêu chí y tế, xã đạt chuẩn nông thôn mới phải có tỷ lệ người dân tham gia"
            + " BHYT đạt từ 85% trở lên; đạt các tiêu chí quốc gia về y tế; tỷ lệ trẻ em dưới 5"
            + " tuổi suy dinh dưỡng thấp còi theo vùng miền từ 13,9% đến 31%.";
    assertThat(TargetsRead.page(thaiBinh)).containsExactly("GE 85", "LE 31");
    // a second share held down as a range; a range of a share to raise keeps its lower end
    assertThat(
            TargetsRead.page(
                "Phấn đấu tỷ lệ hộ nghèo đa chiều 2-3%, tỷ lệ lao động qua đào tạo đạt 70-75%."))
        .containsExactly("LE 3", "GE 70");
  }

  @Test
  void aShareBroughtDownToIsACeiling() {
    // 123docz.net, "Các chỉ tiêu chủ yếu" of a district's plan: "giảm 3% trở lên (còn 7%)"
    String list =
        """
        Các chỉ tiêu chủ yếu
        - Tỷ lệ hộ nghèo giảm 3% trở lên (còn 7%)
        - Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm từ 1- 2% (còn dưới 16%)
        """;
    assertThat(TargetsRead.page(list)).containsExactly("GE 3", "LE 7", "GE 1", "LT 16");
    assertThat(TargetsRead.page("Phấn đấu đến năm 2025 tỷ lệ hộ nghèo còn 1,5%."))
        .containsExactly("LE 1.5");
  }

  @Test
  void theRiseOfConsumerPricesNamedAsSuchIsACeiling() {
    // baodongnai.com.vn on the National Assembly's 2018 plan (corpus unseen56): the rise of prices
    // named "tốc độ tăng giá tiêu dùng", with no "CPI" nor "lạm phát"
    assertThat(
            TargetsRead.page(
                "Các chỉ tiêu chủ yếu được đưa ra là: tổng sản phẩm trong nước (GDP) tăng 6,5- 6,7%;"
                    + " tốc độ tăng giá tiêu dùng bình quân khoảng 4%; tổng vốn đầu tư phát triển"
                    + " toàn xã hội khoảng 33-34% GDP."))
        .containsExactly("GE 6.5", "LE 4", "GE 33");
    // near case: the growth of consumer goods sold is no rise of prices, a floor
    assertThat(
            TargetsRead.page(
                "Phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng khoảng 10%."))
        .containsExactly("GE 10");
  }
}
