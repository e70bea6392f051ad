package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that qualify a figure, read by their plain meaning (DOMAIN.md §6): "không dưới" and "không
 * ít hơn" (not below: at least, not "dưới" read alone), "hơn" and "lớn hơn" (more than), "ít hơn"
 * (less than), and a range written with "đến" ("từ 80 đến 90%", read at its low end as "từ 8,3 -
 * 8,5%" is). The corpus has no page with these words yet; the sentences are those of the plans in
 * the corpus with the qualifier changed (Kế hoạch 24/KH-SNgV: "trên 98% hồ sơ … đúng hạn").
 */
class ComparisonWordsTest {
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void notBelowIsAtLeast() {
    assertThat(plan("Phấn đấu không dưới 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn."))
        .containsExactly("GE 98");
    assertThat(plan("Tỷ lệ hồ sơ trực tuyến toàn trình đạt không ít hơn 50%."))
        .containsExactly("GE 50");
    assertThat(plan("Tỷ lệ hồ sơ trễ hạn không thấp hơn 90%.")).containsExactly("GE 90");
    // "dưới" alone is still below
    assertThat(plan("Tỷ lệ hồ sơ trễ hạn dưới 2%.")).containsExactly("LT 2");
  }

  @Test
  void moreThanAndLessThan() {
    assertThat(plan("Phấn đấu hơn 90% hồ sơ thủ tục hành chính được giải quyết đúng hạn."))
        .containsExactly("GT 90");
    assertThat(plan("Tỷ lệ hồ sơ trễ hạn ít hơn 3%.")).containsExactly("LT 3");
  }

  @Test
  void aRangeWrittenWithDenIsReadAtItsLowEnd() {
    assertThat(plan("Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80 đến 90%."))
        .containsExactly("GE 80");
    assertThat(plan("Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% đến 90%."))
        .containsExactly("GE 80");
    // a year before "đến" is no low end
    assertThat(plan("Giai đoạn 2021 đến 90% hồ sơ được số hóa.")).containsExactly("GE 90");
  }
}
