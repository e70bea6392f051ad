package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Goals judged beside their results in a column of verdicts ({@link VerdictColumnTable}). */
class VerdictColumnTableTest {

  /** hethongphapluat's copy of Quảng Bình's Kế hoạch 2656/KH-UBND, one cell a line. */
  private static final String QUANG_BINH =
      String.join(
          "\n",
          "Mục tiêu/Chỉ tiêu",
          "",
          "Đề ra năm 2023",
          "",
          "Kết quả thực hiện",
          "",
          "Đánh giá",
          "",
          "a) Chính quyền số",
          "",
          " ",
          "",
          " ",
          "",
          "- Tỷ lệ hồ sơ trực tuyến phát sinh của từng DVCTT (toàn trình và một phần)",
          "",
          "30%",
          "",
          "75,3%",
          "",
          "Vượt",
          "",
          "- Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan",
          "",
          "+ Cấp tỉnh",
          "",
          " ",
          "",
          "97%",
          "",
          " ",
          "",
          "97%",
          "",
          " ",
          "",
          "Đạt",
          "",
          "+ Cấp huyện",
          "",
          "92%",
          "",
          "95%",
          "",
          "Vượt",
          "",
          "- Cơ sở dữ liệu chuyên ngành được xây dựng",
          "",
          "40%",
          "",
          "30");

  @Test
  void readsTheGoalColumnNotTheResults() {
    List<Target> t = TargetExtractor.extract(QUANG_BINH, true);
    assertThat(t)
        .extracting(x -> x.comparator() + " " + x.value().orElseThrow().toPlainString())
        .containsExactly("GE 30", "GE 97", "GE 92", "GE 40");
    assertThat(t.get(2).text())
        .contains("Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan")
        .contains("Cấp huyện");
  }

  @Test
  void partsNameTheRowTheyAreOf() {
    List<String> out = new ArrayList<>();
    int end = VerdictColumnTable.read(QUANG_BINH.split("\n", -1), 0, out);
    assertThat(end).isPositive();
    assertThat(out)
        .contains(
            "Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan, Cấp"
                + " huyện: 92%");
  }

  @Test
  void noVerdictColumnNoTable() {
    // the same heading without its column of verdicts is not this table: its results stay results
    String noVerdict =
        QUANG_BINH.replace("Đánh giá", "Ghi chú").replace("Vượt", "").replace("Đạt", "");
    assertThat(VerdictColumnTable.read(noVerdict.split("\n", -1), 0, new ArrayList<>()))
        .isEqualTo(-1);
  }

  @Test
  void resultsBeforeGoalsAreNoTable() {
    // a heading giving the results first ("Kết quả thực hiện | Đề ra") is not read by place
    String swapped =
        QUANG_BINH.replace("Đề ra năm 2023", "X").replace("Kết quả thực hiện", "Đề ra năm 2023");
    assertThat(VerdictColumnTable.read(swapped.split("\n", -1), 0, new ArrayList<>()))
        .isEqualTo(-1);
  }
}
