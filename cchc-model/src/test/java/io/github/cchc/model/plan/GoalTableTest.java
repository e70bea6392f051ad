package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Goal tables ({@link GoalTable}): rows told as goals, columns of results left out. */
class GoalTableTest {

  /**
   * Rows of mpi.gov.vn's "Chỉ tiêu Kế hoạch phát triển kinh tế - xã hội năm 2021", one cell a line.
   */
  private static final String MPI_2021 =
      String.join(
          "\n",
          "Chỉ tiêu Kế hoạch phát triển kinh tế - xã hội năm 2021",
          "",
          "STT",
          "",
          "Chỉ tiêu",
          "",
          "Đơn vị",
          "",
          "Kế hoạch năm 2021 Quốc hội giao",
          "",
          "Mục tiêu phấn đấu năm 2021 của Chính phủ",
          "",
          "Cơ quan chủ trì theo dõi, đánh giá",
          "",
          "1",
          "",
          "Tốc độ tăng tổng sản phẩm trong nước (GDP)",
          "",
          "%",
          "",
          "Khoảng 6",
          "",
          "Khoảng 6,5",
          "",
          "Bộ KHĐT",
          "",
          "2",
          "",
          "GDP bình quân đầu người",
          "",
          "USD",
          "",
          "Khoảng 3.700",
          "",
          "Khoảng 3.700",
          "",
          "Bộ KHĐT",
          "",
          "3",
          "",
          "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều",
          "",
          "Điểm %",
          "",
          "1 - 1,5",
          "",
          "1 - 1,5",
          "",
          "Bộ LĐTBXH",
          "",
          "- Trong đó: Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
          "",
          "%",
          "",
          "Trên 25,5",
          "",
          "Trên 25,5",
          "",
          "4",
          "",
          "Tỷ lệ che phủ rừng",
          "",
          "%",
          "",
          "Khoảng 42",
          "",
          "Khoảng 42",
          "",
          "Bộ NNPTNT");

  @Test
  void cellsOneALineAreReadAsGoalsWithTheUnitOfTheirUnitColumn() {
    List<Target> t = TargetExtractor.extract(MPI_2021, true);
    assertThat(t)
        .extracting(x -> x.comparator() + " " + x.value().orElseThrow().toPlainString())
        .containsExactly("GE 6", "GE 6.5", "GE 1", "GE 1", "GT 25.5", "GT 25.5", "GE 42", "GE 42");
    assertThat(t).allMatch(x -> x.unit().orElseThrow() == TargetUnit.PERCENT);
    assertThat(t.get(0).text()).contains("Tốc độ tăng tổng sản phẩm trong nước (GDP)");
  }

  @Test
  void theUnitOfAColumnHeadingIsTheUnitOfItsCells() {
    // thuvienphapluat's copy of Phụ lục II of Nghị quyết 25/NQ-CP: a region row, then provinces
    String text =
        String.join(
            "\n",
            "Theo đó, mục tiêu tăng trưởng GRDP năm 2025 của các tỉnh, thành phố trực thuộc Trung"
                + " ương tại Phụ lục II ban hành kèm theo Nghị quyết 25/NQ-CP ngày 05/02/2025 như"
                + " sau:",
            "",
            "TT",
            "",
            " ",
            "",
            "Mục tiêu tăng trưởng GRDP 2025 (%)",
            "",
            "I",
            "",
            "Vùng Đồng bằng sông Hồng",
            "",
            " ",
            "",
            "1",
            "",
            "Thành phố Hà Nội",
            "",
            "8,0",
            "",
            "2",
            "",
            "Vĩnh Phúc",
            "",
            "9,0");
    assertThat(TargetExtractor.extract(text, true))
        .extracting(
            x ->
                x.comparator() + " " + x.value().orElseThrow().stripTrailingZeros().toPlainString())
        .containsExactly("GE 8", "GE 9");
  }

  @Test
  void aTableOfAWordFileIsToldByItsGrid() {
    // the rows of truyenhinhvov's table of the National Assembly's 15 chỉ tiêu of 2025, as the
    // grid of a .docx table
    List<List<String>> grid =
        List.of(
            List.of("STT", "Chỉ tiêu", "Kế hoạch"),
            List.of("8", "Tỷ lệ thất nghiệp ở thành thị", "dưới 4%"),
            List.of("9", "Tỷ lệ hộ nghèo", "giảm 0,8-1%"));
    assertThat(GoalTable.goalLines(grid))
        .containsExactly("Tỷ lệ thất nghiệp ở thành thị: dưới 4%", "Tỷ lệ hộ nghèo: giảm 0,8-1%");
    assertThat(GoalTable.goalLines(List.of(List.of("STT", "Số, ký hiệu", "Trích yếu")))).isEmpty();
  }

  @Test
  void aSignInAGoalCellIsReadAsItsWords() {
    // realistic variant of a "|" row of a BIỂU CHỈ TIÊU with a unit column and a sign
    String text =
        "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |\n"
            + "1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | ≥ 98 |\n"
            + "2 | Tỷ lệ hộ nghèo giảm | %/năm | 1 - 1,5 |";
    assertThat(GoalTable.rows(text))
        .contains("Tỷ lệ hồ sơ giải quyết đúng hạn: tối thiểu 98%")
        .contains("Tỷ lệ hộ nghèo giảm: 1 - 1,5%");
  }

  @Test
  void aGoalCellIsToldAsALineFlaggedAsAGoalWithNoMarkInItsText() {
    // realistic variant of a "|" table between two paragraphs: its goal cells are flagged, not
    // marked by a character in their text; the paragraphs stay as they are
    String text =
        "Các chỉ tiêu như sau:\n"
            + "STT | Chỉ tiêu | Đơn vị | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
            + "1 | Tỷ lệ che phủ rừng | % | 42,5 | 43 |\n"
            + "Năm 2024, tỷ lệ che phủ rừng đạt 42,5%.";
    assertThat(GoalTable.lines(text))
        .containsExactly(
            TextLine.of("Các chỉ tiêu như sau:"),
            TextLine.goal("Tỷ lệ che phủ rừng: 43%"),
            TextLine.of("Năm 2024, tỷ lệ che phủ rừng đạt 42,5%."));
    assertThat(GoalTable.rows(text)).doesNotContainPattern("\\p{Co}");
  }

  @Test
  void aColumnOfResultsIsNoGoal() {
    // realistic variant: last year's result beside the plan
    String text =
        "STT | Chỉ tiêu | Đơn vị | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
            + "1 | Tỷ lệ che phủ rừng | % | 42,5 | 43 |";
    assertThat(GoalTable.rows(text)).contains("Tỷ lệ che phủ rừng: 43%").doesNotContain("42,5");
    assertThat(TargetExtractor.extract(text, false))
        .extracting(x -> x.value().orElseThrow().toPlainString())
        .containsExactly("43");
  }

  @Test
  void tablesOfResultsTasksAndCitationsStayAsTheyAre() {
    // dichvucong.thuathienhue.gov.vn's statistics: results, no heading of goals
    String results =
        "Kết quả giải quyết thủ tục hành chính\n"
            + "Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn\n"
            + "Mức 3 68544 61827 6717 43434 70,3% 11795 19,1% 4331 7%";
    String tasks =
        "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
            + "1 | Rà soát, đơn giản hóa 20% thủ tục hành chính | Sở Nội vụ | Quý II/2025 |";
    String citations =
        "STT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n"
            + "1 | 25/NQ-CP | 05/02/2025 | Về mục tiêu tăng trưởng 8% |";
    assertThat(GoalTable.rows(results)).isEqualTo(results);
    assertThat(GoalTable.rows(tasks)).isEqualTo(tasks);
    assertThat(GoalTable.rows(citations)).isEqualTo(citations);
  }

  @Test
  void aHeadingOfTwoRowsNamesEachColumnByTheWordsOverIt() {
    // realistic: a .docx BIỂU CHỈ TIÊU whose "Kế hoạch" cell spans "2025 | 2026" (the rows of
    // mpi.gov.vn's 2021 table); the grid repeats the cells merged down both rows
    List<List<String>> grid =
        List.of(
            List.of("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "", "Cơ quan chủ trì"),
            List.of("STT", "Chỉ tiêu", "Đơn vị", "2025", "2026", "Cơ quan chủ trì"),
            List.of("1", "Tỷ lệ che phủ rừng", "%", "Khoảng 42", "Khoảng 43", "Bộ NNPTNT"));
    assertThat(GoalTable.goalLines(grid))
        .containsExactly("Tỷ lệ che phủ rừng: Khoảng 42%", "Tỷ lệ che phủ rừng: Khoảng 43%");
    // the year over the kinds of figure: the estimated result under it is left out
    List<List<String>> yearOver =
        List.of(
            List.of("TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "", "Kế hoạch năm 2026"),
            List.of("", "", "", "Kế hoạch", "Ước thực hiện", ""),
            List.of("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "98", "97,5", "99"));
    assertThat(GoalTable.goalLines(yearOver))
        .containsExactly(
            "Tỷ lệ hồ sơ giải quyết đúng hạn: 98%", "Tỷ lệ hồ sơ giải quyết đúng hạn: 99%");
    // counter-example: a row of figures under a heading of one row is a row, not a heading
    assertThat(
            TwoRowHeading.join(
                List.of("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025"),
                List.of("", "Tỷ lệ che phủ rừng", "%", "42")))
        .isNull();
  }

  @Test
  void aCellOfSeveralFiguresTakesTheUnitOfItsHeadingAfterEach() {
    // realistic variant of Phụ lục II of Nghị quyết 25/NQ-CP: a floor and a goal to strive for in
    // one cell, the unit only in the heading "(%)"
    String text =
        "TT | Chỉ tiêu | Mục tiêu tăng trưởng GRDP 2025 (%) |\n"
            + "1 | Thành phố Hà Nội | 8,0 |\n"
            + "2 | Tốc độ tăng trưởng GDP | 6,5-7, phấn đấu 7-7,5 |";
    assertThat(GoalTable.rows(text))
        .contains("Thành phố Hà Nội: 8,0%")
        .contains("Tốc độ tăng trưởng GDP: 6,5-7%, phấn đấu 7-7,5%");
    // a year in a goal cell is no value
    String year = "TT | Chỉ tiêu | Mục tiêu (%) |\n1 | Tỷ lệ hộ nghèo | Dưới 2 (năm 2025) |";
    assertThat(GoalTable.rows(year)).contains("Tỷ lệ hộ nghèo: Dưới 2% (năm 2025)");
  }

  @Test
  void theRowsAreGoalsByTheirColumnAndTheTableEndsWhereItEnds() {
    // a results paragraph right after the table (realistic, in the words of Huế's results page)
    // is read as on a news page, not as a goal of the table's list
    String text =
        "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |\n"
            + "1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | ≥ 98 |\n"
            + "Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024 là 97,2%";
    assertThat(TargetExtractor.extract(text, true))
        .extracting(x -> x.comparator() + " " + x.value().orElseThrow().toPlainString())
        .containsExactly("GE 98");
    // a goal column under a heading of results is still a goal column
    String inResults =
        "II. KẾT QUẢ THỰC HIỆN\n"
            + "STT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện năm 2024 |\n"
            + "1 | Tỷ lệ che phủ rừng | % | 42 | 42,1 |";
    assertThat(TargetExtractor.extract(inResults, false))
        .extracting(x -> x.value().orElseThrow().toPlainString())
        .containsExactly("42");
  }
}
