package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure is read once, whatever comparator it is given: a ceiling ("bội chi … bình quân 3,7%
 * GDP", a share the plan brings down) is one target, not a floor and a ceiling side by side. The
 * comparators themselves are the subject of {@code ComparisonWordsTest}; here only the count.
 */
class OneTargetPerFigureTest {
  @Test
  void aCeilingInAListOfChiTieuIsReadOnce() {
    // bhxh.binhthuan.gov.vn, the National Assembly's 2021-2025 plan
    List<BigDecimal> values =
        values(
            "tỷ lệ đô thị hóa khoảng 45%; tỷ lệ bội chi NSNN giai đoạn 2021-2025 bình quân 3,7%"
                + " GDP.");
    assertThat(values).containsExactly(new BigDecimal("45"), new BigDecimal("3.7"));
    // dangcongsan.vn, Đạ Tẻh's congress: the economy's structure, the farm share a ceiling
    assertThat(
            values(
                "đến năm 2025 tỷ trọng các ngành trong cơ cấu kinh tế của huyện là: nông – lâm -"
                    + " thủy sản chiếm 42%, dịch vụ chiếm 46%, công nghiệp - xây dựng chiếm 12%;"))
        .containsExactly(new BigDecimal("42"), new BigDecimal("46"), new BigDecimal("12"));
  }

  private static List<BigDecimal> values(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.value().orElseThrow().stripTrailingZeros())
        .toList();
  }
}
