package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of false targets and wrong comparators found in the fifteenth round on the fresh sets:
 * each test names its class and the page of its real sentence.
 */
class PrecisionAndComparatorsTest {
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /**
   * A bound put on a level ("dưới mức", "trên mức", "không quá mức") compares as the bound alone:
   * unseen35's Thừa Thiên Huế KH 134/2021 on jobs.
   */
  @Test
  void aBoundOnALevelComparesAsTheBound() {
    assertThat(plan("Phấn đấu giảm tỷ lệ thất nghiệp thành thị dưới mức 2,3%."))
        .containsExactly("LT 2.3");
    // realistic variants of the class
    assertThat(plan("Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới mức 3%.")).containsExactly("LT 3");
    assertThat(plan("Chỉ số giá tiêu dùng tăng không quá mức 4%.")).containsExactly("LE 4");
    // "ở mức", "đạt mức" are the level kept or reached, no bound: unchanged
    assertThat(plan("Phấn đấu tỷ lệ tăng dân số đạt mức 1%.")).containsExactly("GE 1");
  }
}
