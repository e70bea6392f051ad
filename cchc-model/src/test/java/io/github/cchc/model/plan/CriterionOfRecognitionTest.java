package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class of {@link CriterionOfRecognition}: the criteria of a recognition set no goal. */
class CriterionOfRecognitionTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /** baoquangnam on the recognition of universal primary education at level 3 (unseen64). */
  @Test
  void theCriteriaOfARecognitionAreNoGoals() {
    assertThat(
            read(
                "Để được công nhận, các địa phương phải đáp ứng nhiều tiêu chí, gồm có tỷ lệ trẻ 6"
                    + " tuổi vào lớp 1 đạt ít nhất 98%, có ít nhất 90% tỷ lệ trẻ 11 tuổi hoàn thành"
                    + " chương trình tiểu học (riêng các xã vùng đặc biệt khó khăn 80%)."))
        .isEmpty();
  }

  /** Near case: a goal of recognition set by a word of intent names no criterion and stays. */
  @Test
  void aGoalOfRecognitionStays() {
    assertThat(
            read(
                "Phấn đấu đến năm 2025 có 100% số xã được công nhận đạt chuẩn phổ cập giáo dục"
                    + " tiểu học mức độ 3."))
        .containsExactly("EQ 100");
  }
}
