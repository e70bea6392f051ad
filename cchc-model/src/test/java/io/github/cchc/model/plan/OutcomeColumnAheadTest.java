package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare "Kết quả" column under a group row "Đến năm 2030" ({@link OutcomeColumnAhead}), a percent
 * of what the unit names ("% GDP") and a place in a ranking under "Thứ bậc" ({@link
 * RankColumnUnit}): rows of the Government's list of chỉ tiêu for Nghị quyết 57 (Nghị quyết
 * 03/NQ-CP, Phụ lục I).
 */
class OutcomeColumnAheadTest {

  private static final String HEADING =
      "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |\n"
          + "| --- | --- | --- | --- | --- |\n";

  private static final String ROWS =
      "| 1 | Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo | Thứ bậc | Đạt mức tiên"
          + " tiến ở nhiều lĩnh vực quan trọng | Bộ Khoa học và Công nghệ |\n"
          + "| 2 | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | Bộ"
          + " Thông tin và Truyền thông |\n"
          + "| 3 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Thông tin và Truyền thông |\n"
          + "| 4 | Tỉ lệ giao dịch không dùng tiền mặt | % | ≥ 80 | Ngân hàng Nhà nước |";

  @Test
  void anOutcomeByAYearAheadIsAGoal() {
    String text = HEADING + "| **I** | **Đến năm 2030** | | | |\n" + ROWS;
    assertThat(TargetExtractor.extract(text, false))
        .extracting(x -> x.comparator() + " " + x.value().orElseThrow().toPlainString())
        .containsExactly("RANK_WITHIN 3", "RANK_WITHIN 50", "GE 30", "GE 80");
    // each place is the row's indicator's
    assertThat(TargetExtractor.extract(text, false).get(1).subject())
        .isEqualTo("Xếp hạng năng lực cạnh tranh số");
  }

  @Test
  void anOutcomeOfAYearPastIsAResult() {
    // the same table with its rows under "Năm 2025": a result, nothing read
    String text = HEADING + "| **I** | **Năm 2025** | | | |\n" + ROWS;
    assertThat(GoalTable.lines(text)).noneMatch(TextLine::goalCell);
    assertThat(OutcomeColumnAhead.opensByYearAhead(List.of(List.of("I", "Năm 2025", "", ""))))
        .isFalse();
    assertThat(OutcomeColumnAhead.opensByYearAhead(List.of(List.of("I", "Đến năm 2030", "", ""))))
        .isTrue();
  }

  @Test
  void aResultColumnNamedMoreIsNoOutcome() {
    assertThat(OutcomeColumnAhead.isOutcome("ket qua")).isTrue();
    assertThat(OutcomeColumnAhead.isOutcome("ket qua thuc hien nam 2025")).isFalse();
  }

  @Test
  void aRankUnitTellsAPlaceAtMost() {
    assertThat(RankColumnUnit.isRank("Thứ bậc")).isTrue();
    assertThat(RankColumnUnit.isRank("Doanh nghiệp")).isFalse();
    assertThat(RankColumnUnit.told("≤ 3 Đông Nam Á; ≤ 50 Thế giới"))
        .isEqualTo("xếp hạng ≤ 3 Đông Nam Á; xếp hạng ≤ 50 Thế giới");
    assertThat(RankColumnUnit.told("3")).isEqualTo("3");
    assertThat(RankColumnUnit.places("≤ 3 Đông Nam Á; ≤ 50 Thế giới"))
        .containsExactly("xếp hạng ≤ 3 Đông Nam Á", "xếp hạng ≤ 50 Thế giới");
  }
}
