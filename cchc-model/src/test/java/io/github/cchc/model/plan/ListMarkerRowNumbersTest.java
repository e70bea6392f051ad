package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal tables whose row numbers are list markers ({@link ListMarkerRowNumbers}) and rows of a rate
 * in points ({@link PointsOfARate}).
 */
class ListMarkerRowNumbersTest {

  /**
   * The opening rows of qdnd.vn's "Kết quả thực hiện 12 chỉ tiêu kinh tế - xã hội chủ yếu năm
   * 2019", one cell a line: every row numbered " 1. ", the plan column beside the estimate of the
   * result.
   */
  private static final String QDND_2019 =
      String.join(
          "\n",
          "TT",
          "",
          "Chỉ tiêu",
          "",
          "Đơn vị",
          "",
          "Kế hoạch năm 2019",
          "",
          "Ước thực hiện năm 2019",
          "",
          "Đánh giá",
          "",
          " 1.  ",
          "",
          "Tốc độ tăng tổng sản phẩm trong nước (GDP)",
          "",
          "%",
          "",
          "6,6-6,8",
          "",
          "7,02",
          "",
          "Vượt",
          "",
          " 1.  ",
          "",
          "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều",
          "",
          "điểm",
          "",
          "1-1,5",
          "",
          "1,1",
          "",
          "Vượt",
          "",
          "- Trong đó: Giảm tỷ lệ hộ nghèo tại các huyện nghèo",
          "",
          " %",
          "",
          "4",
          "",
          "Trên 4",
          "",
          " 1.  ",
          "",
          "Tỷ lệ thất nghiệp ở khu vực thành thị",
          "",
          "%",
          "",
          "Dưới 4",
          "",
          "3,1",
          "",
          "Đạt");

  private static List<String> read(String text) {
    return TargetExtractor.extract(text, true).stream().map(TargetLines::of).toList();
  }

  @Test
  void rowsNumberedOneByTheirOwnListsAreReadAsRowsOfGoals() {
    assertThat(read(QDND_2019))
        .containsExactly("GE 6.6 PERCENT", "GE 1 PERCENT", "GE 4 PERCENT", "LT 4 PERCENT");
    // the estimates of the results are no goals
    assertThat(GoalTable.rows(TargetExtractor.plain(QDND_2019)))
        .doesNotContain("7,02")
        .doesNotContain("3,1");
  }

  @Test
  void rowsNumberedByAListGoingUpAreReadAsRowsOfGoals() {
    // the same rows as the list of a page that numbers them 1., 2., 3.
    String text = QDND_2019.replaceFirst(" 1\\.  ", "1.").replaceFirst(" 1\\.  ", "2.");
    text = text.replaceFirst(" 1\\.  ", "3.");
    assertThat(read(text))
        .containsExactly("GE 6.6 PERCENT", "GE 1 PERCENT", "GE 4 PERCENT", "LT 4 PERCENT");
  }

  @Test
  void figuresWithADotThatNumberNoRowsStayAsTheyAre() {
    assertThat(ListMarkerRowNumbers.numbered(List.of("1.", "x", "3.", "y")))
        .containsExactly("1.", "x", "3.", "y");
    assertThat(ListMarkerRowNumbers.numbered(List.of("1.", "x", "1.", "y")))
        .containsExactly("1", "x", "2", "y");
  }

  @Test
  void pointsOfARateArePercentPointsAndPointsOfAScoreAreNot() {
    assertThat(
            PointsOfARate.isPercentPoints(
                "điểm", "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều"))
        .isTrue();
    assertThat(PointsOfARate.isPercentPoints("điểm", "Chỉ số cải cách hành chính (PAR INDEX)"))
        .isFalse();
    String score =
        QDND_2019.replace(
            "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều",
            "Chỉ số cải cách hành chính (PAR INDEX)");
    assertThat(GoalTable.rows(TargetExtractor.plain(score)))
        .contains("Chỉ số cải cách hành chính (PAR INDEX): 1-1,5")
        .doesNotContain("PAR INDEX): 1-1,5 điểm %");
  }

  @Test
  void theFirstRowOfAGoalTableOnANewsPageIsNoHeadline() {
    // read as a user reads the page: its first row is a short line with no full stop, as a
    // headline would be, but it is a row of goals (GoalCellsNoSummaries)
    Plan plan = PlanReader.readAnyText("qdnd.txt", QDND_2019);
    assertThat(plan.targets())
        .extracting(
            x ->
                x.comparator()
                    + " "
                    + x.value().orElseThrow().toPlainString()
                    + " "
                    + x.unit().orElseThrow())
        .contains("GE 6.6 PERCENT", "LT 4 PERCENT");
  }
}
