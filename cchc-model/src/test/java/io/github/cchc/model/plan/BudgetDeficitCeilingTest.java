package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget deficit named without "tỷ lệ" ("bội chi ngân sách nhà nước", "bội chi NSNN") is a
 * ceiling, as "tỷ lệ bội chi" is: a level or a range of it is at most its worst end.
 */
class BudgetDeficitCeilingTest {
  /** The targets of a plan's text (goals by default), as comparator and value. */
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void aDeficitRaisedToARangeIsACeilingAtItsUpperEnd() {
    // the National Assembly's resolution supplementing the 2025 plan (corpus unseen40)
    assertThat(
            plan(
                "Trường hợp cần thiết, điều chỉnh bội chi ngân sách nhà nước lên mức khoảng 4 - 4,5%"
                    + " GDP để huy động nguồn lực cho đầu tư phát triển."))
        .containsExactly("LE 4.5");
    // a second of the class, a level of the deficit set for a year beside a floor
    assertThat(
            plan(
                "Phấn đấu năm 2026 bội chi NSNN khoảng 4,2% GDP, tỷ lệ huy động vào NSNN đạt 16%"
                    + " GDP."))
        .containsExactly("LE 4.2", "GE 16");
  }

  @Test
  void aDeficitToCutKeepsItsCut() {
    // counter-example: "giảm bội chi" names its own direction, the cut is a floor
    assertThat(plan("Phấn đấu giảm bội chi ngân sách nhà nước 0,5% GDP mỗi năm."))
        .containsExactly("GE 0.5");
  }
}
