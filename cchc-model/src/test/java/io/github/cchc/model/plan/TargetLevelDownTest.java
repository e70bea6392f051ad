package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The comparator of a level a plan brings down: the figure after "xuống", "còn", "xuống còn được",
 * or the share of a count brought down, is at most that figure; and the farm sector's share in a
 * structure named only by its sectors. Real sentences of the fresh sets unseen22 to unseen24.
 */
class TargetLevelDownTest {

  private static Optional<Target> at(String sentence, String value) {
    List<Target> targets = TargetExtractor.extract(sentence);
    return targets.stream()
        .filter(t -> t.value().map(v -> v.compareTo(new BigDecimal(value)) == 0).orElse(false))
        .findFirst();
  }

  private static Comparison comparator(String sentence, String value) {
    return at(sentence, value)
        .orElseThrow(() -> new AssertionError("no target " + value + " in: " + sentence))
        .comparator();
  }

  @Test
  void xuongBeforeTheFigureIsAtMost() {
    // Kon Tum's KH 1479/2022 on thấp còi (hethongphapluat, unseen23)
    String s =
        "- Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp còi xuống 29,5%, thể gầy còm"
            + " xuống dưới 5,2%.";
    assertThat(comparator(s, "29.5")).isEqualTo(Comparison.LE);
    assertThat(comparator(s, "5.2")).isEqualTo(Comparison.LT);
  }

  @Test
  void xuongConDuocIsAtMost() {
    // Quảng Trị's NQ 06/2010 on population (thuviennhadat, unseen24)
    String s =
        "- Đến năm 2015: phấn đấu giảm tỷ lệ phát triển dân số tự nhiên xuống còn được 1% và"
            + " giữ ổn định.";
    assertThat(comparator(s, "1")).isEqualTo(Comparison.LE);
    // a variant: "còn được"
    assertThat(comparator("Đến năm 2025, phấn đấu tỷ lệ hộ nghèo giảm xuống còn được 2,5%.", "2.5"))
        .isEqualTo(Comparison.LE);
  }

  @Test
  void shareOfACountBroughtDownIsAtMost() {
    // Châu Đức's 2020 chỉ tiêu (baobariavungtau, unseen22)
    String s =
        "Theo đó, phấn đấu giảm tỷ lệ hộ nghèo cuối năm xuống còn 431 hộ, chiếm tỷ lệ 1,07% so với"
            + " số hộ toàn huyện.";
    assertThat(comparator(s, "1.07")).isEqualTo(Comparison.LE);
    // a realistic variant: "còn N hộ, bằng X%"
    assertThat(comparator("Phấn đấu giảm số hộ nghèo còn 120 hộ, bằng 0,9% tổng số hộ.", "0.9"))
        .isEqualTo(Comparison.LE);
  }

  @Test
  void aCountRaisedAndItsShareStayAtLeast() {
    // counter-examples: a count raised to, its share; a level reached
    assertThat(
            comparator(
                "Phấn đấu tăng số doanh nghiệp lên 1.200 doanh nghiệp, chiếm 15% tổng số.", "15"))
        .isEqualTo(Comparison.GE);
    assertThat(comparator("Tỷ lệ che phủ rừng đạt 45%.", "45")).isEqualTo(Comparison.GE);
  }

  @Test
  void farmShareOfAStructureNamedBySectorsIsAtMost() {
    // Lào Cai's 25 chỉ tiêu for 2024 (laocaitv.vn, unseen22)
    String s = "- Nông, lâm, ngư nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; Dịch vụ 35,6%";
    assertThat(comparator(s, "12.1")).isEqualTo(Comparison.LE);
    assertThat(comparator(s, "42.3")).isEqualTo(Comparison.GE);
    // counter-example: the sectors' growth is no structure
    String growth =
        "Phấn đấu tốc độ tăng giá trị sản xuất nông, lâm, ngư nghiệp đạt 3%; công nghiệp - xây"
            + " dựng đạt 10%; dịch vụ đạt 8%.";
    assertThat(comparator(growth, "3")).isEqualTo(Comparison.GE);
  }

  @Test
  void firstSectorOfAStructureIsAtMost() {
    // Sóc Trăng's goals for the term 2020-2025 (issuu, unseen22)
    String s =
        "• Cơ cấu GRDP (theo giá hiện hành) đến cuối nhiệm kỳ khu vực I là 33%, khu vực II 26%,"
            + " khu vực III từ 37% trở lên.";
    assertThat(comparator(s, "33")).isEqualTo(Comparison.LE);
    assertThat(comparator(s, "26")).isEqualTo(Comparison.GE);
  }

  @Test
  void growthRateOfTheFarmSectorStaysAtLeast() {
    // Cà Mau's plan for sustainable farming 2021-2030 (pbgdpl, unseen24): a growth, no share
    String s =
        "Tỷ trọng giá trị gia tăng công nghiệp chế biến nông sản đạt trên 6%/năm; tốc độ tăng giá"
            + " trị kim ngạch xuất khẩu ngư, nông, lâm nghiệp đạt từ 8 - 10%/năm.";
    assertThat(comparator(s, "8")).isEqualTo(Comparison.GE);
  }
}
