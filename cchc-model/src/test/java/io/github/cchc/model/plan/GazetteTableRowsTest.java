package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gazette's text of a table of chỉ tiêu, one line of a cell after another ({@link
 * GazetteTableRows}): rows of Phụ lục I of Nghị quyết 109/NQ-CP as the official gazette gives them.
 */
class GazetteTableRowsTest {

  private static String table(String goalHeading, String... rows) {
    return String.join(
        "\n",
        List.of(
            "Phụ lục I ",
            "CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU  ",
            "____________ ",
            " ",
            "TT ",
            "CHỈ TIÊU ",
            goalHeading,
            "CƠ QUAN CHỦ ",
            "TRÌ, THEO DÕI ",
            "CƠ QUAN  ",
            "PHỐI HỢP ",
            String.join("\n", rows)));
  }

  private static final String[] ROWS = {
    "I ",
    "VỀ KINH TẾ ",
    " ",
    "1 ",
    "Tốc độ tăng trưởng GDP bình ",
    "quân/năm (%) ",
    "Phấn đấu ≥ ",
    "10,0 ",
    "1. Bộ Tài chính đầu ",
    "mối tham mưu điều ",
    "Các đơn vị có liên ",
    "quan. ",
    "",
    "CÔNG BÁO/Số 259/Ngày 30-04-2026 ",
    "47",
    " ",
    " ",
    "TT ",
    "CHỈ TIÊU ",
    "MỤC TIÊU ",
    "CƠ QUAN CHỦ ",
    "TRÌ, THEO DÕI ",
    "CƠ QUAN  ",
    "PHỐI HỢP ",
    "2 ",
    "Chỉ số năng lực cạnh tranh ",
    "công nghiệp (CIP) đến năm ",
    "2030 ",
    "Thuộc nhóm ",
    "3 nước dẫn ",
    "đầu ASEAN ",
    "Bộ Công Thương ",
    "3 ",
    "Tăng trưởng giá trị kim ",
    "ngạch xuất khẩu hàng hóa ",
    "(%) ",
    "15 - 16 ",
    "Bộ Công Thương ",
    " ",
    "Trong đó:  ",
    "Nhóm nông, lâm, thuỷ sản ",
    "10 - 12 ",
    "Bộ Nông nghiệp và ",
    "Môi trường ",
  };

  @Test
  void rowsOfGoalsAcrossAPageOfTheGazette() {
    List<Target> t = TargetExtractor.extract(table("MỤC TIÊU ", ROWS), false);
    assertThat(t)
        .extracting(
            x ->
                x.comparator()
                    + " "
                    + x.value().orElseThrow().stripTrailingZeros().toPlainString()
                    + " "
                    + x.subject())
        .containsExactly(
            "GE 10 Tốc độ tăng trưởng GDP bình quân/năm",
            "RANK_WITHIN 3 Chỉ số năng lực cạnh tranh công nghiệp (CIP) đến năm 2030",
            "GE 15 Tăng trưởng giá trị kim ngạch xuất khẩu hàng hóa",
            "GE 10 Nhóm nông, lâm, thuỷ sản");
  }

  @Test
  void aTableOfResultsStaysUnread() {
    // the same rows under a column of results: no goal column, nothing told
    String text = table("KẾT QUẢ THỰC HIỆN NĂM 2025 ", ROWS).replace("MỤC TIÊU ", "ƯỚC THỰC HIỆN ");
    assertThat(GazetteTableRows.from(text.split("\n", -1), 4)).isNotNull();
    assertThat(GoalTable.lines(text)).noneMatch(TextLine::goalCell);
  }

  @Test
  void aListOfTasksIsNoTable() {
    String[] lines = {"TT ", "NỘI DUNG CÔNG VIỆC ", "THỜI GIAN ", "1 ", "Rà soát văn bản "};
    assertThat(GazetteTableRows.from(lines, 0)).isNull();
  }
}
