package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainedLevelTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(v -> v.toPlainString()).orElse(""))
        .toList();
  }

  @Test
  void aLevelAClauseOpensByKeepingIsAFloor() {
    // laodongthudo.vn on quận Thanh Xuân's 2024 chỉ tiêu (corpus unseen57)
    assertThat(read("Duy trì tỷ lệ phường đạt chuẩn quốc gia về y tế 100%."))
        .containsExactly("GE 100");
  }

  @Test
  void aBareHundredWithoutKeepingStaysExact() {
    assertThat(read("Tỷ lệ phường đạt chuẩn quốc gia về y tế 100%.")).containsExactly("EQ 100");
    // "duy trì" in a clause of its own before the figure's clause
    assertThat(read("Duy trì ổn định sản xuất, 100% hộ dân được sử dụng nước sạch."))
        .containsExactly("EQ 100");
    // another figure in the kept clause: the figure's own words decide
    assertThat(MaintainedLevel.turned("duy tri 3 truong dat chuan 100", 27, Comparison.EQ))
        .isEqualTo(Comparison.EQ);
  }
}
