package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A further rank in a list of ranks that leaves the group's noun to the rank before it and names
 * only its field ({@link Ranks#LISTED_RANK}).
 */
class ListedRankFieldOnlyTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aRankNamingOnlyItsFieldAfterAnotherRankIsOne() {
    // saigondautu.com.vn on HCM City's e-government plan (corpus unseen43)
    assertThat(
            read(
                "TPHCM cũng đặt mục tiêu thuộc nhóm 5 địa phương đứng đầu về chính phủ điện tử;"
                    + " nhóm 3 địa phương dẫn đầu về công nghệ thông tin, nhóm 3 về an toàn, an"
                    + " ninh mạng…"))
        .containsExactly("RANK_WITHIN 5 RANK", "RANK_WITHIN 3 RANK", "RANK_WITHIN 3 RANK");
  }

  @Test
  void aGroupNamingAFieldWithNoRankBeforeItIsNone() {
    // counter-example: no rank before it (a group of tasks, not a rank)
    assertThat(
            read(
                "Kế hoạch đề ra các giải pháp, trong đó nhóm 3 về an toàn, an ninh mạng gồm nhiều"
                    + " nhiệm vụ."))
        .isEmpty();
  }
}
