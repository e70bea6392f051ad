package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "và tương đương" closing a list of units ("thôn, bản và tương đương": and the units equivalent to
 * them) reports no equivalence, as "hoặc tương đương" does not ({@link ResultWords}).
 */
class EquivalentUnitsTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aShareOfUnitsAndTheirEquivalentsIsAGoal() {
    // thethaovietnamplus.vn on the culture sector's goals to 2031 (corpus unseen20)
    assertThat(
            read(
                "Ít nhất 60% thôn, bản và tương đương có đội, nhóm, câu lạc bộ văn hóa dân gian,"
                    + " văn nghệ truyền thống hoạt động thường xuyên, có chất lượng."))
        .containsExactly("GE 60 PERCENT");
    // a second real one: Sóc Trăng's chỉ tiêu 2020-2025 on issuu (corpus unseen22)
    assertThat(
            ResultWords.told(
                "Đến cuối nhiệm kỳ, tỷ lệ huy động trẻ em, học sinh trong độ tuổi đến lớp: Nhà trẻ"
                    + " đạt 25%, mẫu giáo đạt 95%; tiểu học đạt 99,5%; trung học cơ sở đạt 98,5%;"
                    + " trung học phổ thông và tương đương đạt 75%",
                Integer.MAX_VALUE))
        .isEqualTo(Told.NOTHING);
  }

  @Test
  void anEquivalenceReportedIsStillAResult() {
    // counter-example: a result given as its share of the plan
    assertThat(
            ResultWords.told(
                "Thu ngân sách đạt 1.230 tỷ đồng, tương đương 102% kế hoạch.", Integer.MAX_VALUE))
        .isEqualTo(Told.RESULT);
  }
}
