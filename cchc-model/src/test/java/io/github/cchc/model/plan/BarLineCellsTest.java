package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A goal table flattened one cell a line, each cell closed by a "|" line ({@link BarLineCells}).
 */
class BarLineCellsTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  /** Cells as the page gives them: each on its line, then a line of "|" alone. */
  private static String barLines(String... cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      if (!c.isEmpty()) {
        b.append(c).append('\n');
      }
      b.append("|\n");
    }
    return b.toString();
  }

  @Test
  void thePlanColumnOfAReportsTableIsReadAndItsResultColumnsAreNot() {
    // hue.gov.vn on Báo cáo 571/BC-UBND of 2024 (corpus unseen46): the plan "KH năm 2024" beside
    // "TH năm 2023" and "Ước TH 2024"; the sub-items of the growth and of the structure told with
    // their group (the farm share at its worst end), the verdict "Đạt" merged over their rows; the
    // plans in USD and tỷ đồng are not percentages and give no target
    String text =
        "Nghị quyết số 34/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh về kế hoạch phát triển kinh tế"
            + " - xã hội năm 2024 đã đề ra 15 chỉ tiêu, dự ước đến cuối năm 2024 có 14/15 chỉ tiêu chủ"
            + " yếu đạt kế hoạch đề ra, cụ thể như sau:\n"
            + barLines("Stt", "Chỉ tiêu chủ yếu", "TH năm 2023", "KH năm 2024", "Ước TH 2024")
            + barLines("Đánh giá", "I", "Kinh tế", "", "", "", "")
            + barLines("1", "Tốc độ tăng GRDP (%), trong đó:", "7,03", "8,5-9,5", "8-8,5", "Đạt")
            + barLines("", "- Nông Lâm Ngư nghiệp (%)", "5,86", "5,5-6,0", "2,8", "", "")
            + barLines("- Công nghiệp -Xây dựng (%)", "5,04", "8,5-9,5", "10,7")
            + barLines("- Dịch vụ (%)", "8,66", "9,5-10,7", "8,1")
            + barLines(
                "2", "GRDP bình quân đầu người (USD)", "2.605", "3.000", "2.840", "Không đạt")
            + barLines("3", "Cơ cấu kinh tế", "", "", "", "Đạt", "")
            + barLines("- Nông Lâm Ngư nghiệp (%)", "10,65", "10 - 11", "10,1", "", "")
            + barLines("- Dịch vụ (%)", "48,84", "47 - 49", "48,5", "", "")
            + barLines("4", "Tổng vốn đầu tư toàn xã hội\n(tỷ đồng)", "29.459", "33.000-34.000")
            + barLines("34.100", "Đạt")
            + barLines("5", "Thực hiện thu ngân sách Nhà nước trên địa bàn (Tỷ đồng)", "11.350")
            + barLines("11.789", "12.300", "Đạt")
            + barLines("6", "Giá trị xuất khẩu (triệu USD)", "977", "1.300", "1.300", "Đạt")
            + barLines("II", "Xã hội", "", "", "", "")
            + barLines("7", "Tỷ lệ lao động được đào tạo nghề (%)", "70,25", "72,5", "72,5", "Đạt");
    assertThat(read(text))
        .containsExactly(
            "GE 8.5 PERCENT",
            "GE 5.5 PERCENT",
            "GE 8.5 PERCENT",
            "GE 9.5 PERCENT",
            "LE 11 PERCENT",
            "GE 47 PERCENT",
            "GE 72.5 PERCENT");
  }

  @Test
  void aTableWithAUnitColumnInTheSameLayoutIsReadAndATableOfResultsGivesNothing() {
    // a realistic variant: a district's table with its unit column and "Kế hoạch" after "Thực
    // hiện"; and the same table without a plan column, whose figures are results
    String planned =
        barLines("STT", "Chỉ tiêu", "Đơn vị", "Thực hiện 2024", "Kế hoạch 2025")
            + barLines("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97,5", "98")
            + barLines("2", "Tỷ lệ hộ nghèo", "%", "2,1", "1,5");
    assertThat(read(planned)).containsExactly("GE 98 PERCENT", "LE 1.5 PERCENT");
    String results =
        barLines("STT", "Chỉ tiêu", "Đơn vị", "Thực hiện 2023", "Thực hiện 2024")
            + barLines("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "96,2", "97,5");
    assertThat(read(results)).isEmpty();
  }

  @Test
  void aPropertyTableInTheSameLayoutIsNoGoalTable() {
    // thuvienphapluat's property lines (corpus unseen7, Ninh Thuận's 4233/KH-UBND): no "Stt"
    // heading, no table
    String[] lines =
        barLines("Số hiệu:", "4233/KH-UBND", "", "Loại văn bản:", "Kế hoạch").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      assertThat(BarLineCells.from(lines, i)).isNull();
    }
  }

  /**
   * giavien.ninhbinh.gov.vn's Phụ lục of xã Gia Phong's digital transformation chỉ tiêu (corpus
   * unseen57): a column explaining each indicator, its cells wrapped over five and six lines.
   */
  private static final String GIA_PHONG =
      barLines(
          "STT",
          "Tên chỉ tiêu",
          "Giải thích chỉ tiêu",
          "Đơn vị tính",
          "Chỉ tiêu cụ thể",
          "I",
          "Đào tạo, chuyển đổi nhận thức (02 chỉ\ntiêu)",
          "1",
          "Tỷ\nlệ cán bộ, công chức được đào tạo, tập huấn, bồi dưỡng nâng cao nhận thức, kỹ\nnăng số"
              + " đáp ứng yêu cầu chỉ đạo, triển khai chuyển đổi số tại xã",
          "Số\ncán bộ, công chức tại xã được bồi dưỡng, tập huấn, nâng cao nhận thức, phổ\ncập kỹ"
              + " năng số cơ bản; được trang bị kiến thức, kỹ năng khai thác, sử dụng\ncác ứng dụng"
              + " phục vụ hoạt động chuyển đổi số tại xã/tổng số cán bộ, công chức\nhiện có của"
              + " xã",
          "%",
          "100",
          "2",
          "Tỷ\nlệ người dân trưởng thành, các doanh nghiệp, đơn vị, tổ chức được thông tin,\ntuyên"
              + " truyền, phổ biến, tiếp cận các dịch vụ, công nghệ số",
          "Số\nngười dân ở độ tuổi trưởng thành, các doanh\nnghiệp,\nđơn vị, tổ chức trên địa bàn"
              + " xã được thông tin, tuyên truyền dưới mọi hình\nthức để nắm bắt, đồng thuận với"
              + " các hoạt động chuyển đổi số của đơn vị/tổng\nsố người dân, doanh nghiệp, đơn vị,"
              + " tổ chức trên địa bàn xã",
          "%",
          "100");

  @Test
  void aColumnExplainingTheIndicatorIsNoGoalAndItsWrappedCellsStayCells() {
    assertThat(read(GIA_PHONG)).containsExactly("EQ 100 PERCENT", "EQ 100 PERCENT");
  }

  @Test
  void anExplanationWithAFigureIsStillNoGoal() {
    // near case: the explanation column names a figure of its own; the goal column alone is read
    String text = GIA_PHONG.replace("hiện có của xã", "hiện có của xã (tối thiểu 30%)");
    assertThat(read(text)).containsExactly("EQ 100 PERCENT", "EQ 100 PERCENT");
  }
}
