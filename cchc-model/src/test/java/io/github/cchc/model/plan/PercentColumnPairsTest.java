package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column of names beside a column of figures in percent, announced as goals. */
class PercentColumnPairsTest {

  /**
   * thuvienphapluat's news page on the provinces' growth goals (unseen59), one cell a line, two
   * pairs of columns side by side.
   */
  private static final String GRDP =
      String.join(
          "\n",
          "Dưới đây là thông tin về tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành.",
          "",
          "Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành",
          "",
          "Tỉnh, thành phố",
          "",
          "Tăng trưởng GRDP 2026 - 2030 (%)",
          "",
          "Tỉnh, thành phố",
          "",
          "Tăng trưởng GRDP 2026 - 2030 (%)",
          "",
          "Hà Nội",
          "",
          "10,5 – 11,0",
          "",
          "Hưng Yên",
          "",
          "10,0 – 11,0",
          "",
          "Thành phố Hồ Chí Minh",
          "",
          "10,0",
          "",
          "Ninh Bình",
          "",
          "10,5 – 11,0",
          "",
          "CẢ NƯỚC",
          "",
          "Từ 10% trở lên",
          "",
          " ",
          "",
          "Theo Công văn 16684/BTC-NSNN năm 2025 hướng dẫn đánh giá thực hiện Kế hoạch phát triển"
              + " kinh tế xã hội 5 năm 2021-2025");

  @Test
  void readsTheColumnInPercentAsGoals() {
    List<Target> t = TargetExtractor.extract(GRDP, true);
    assertThat(t)
        .extracting(
            x ->
                x.comparator()
                    + " "
                    + x.value().orElseThrow().toPlainString()
                    + " "
                    + x.unit().orElseThrow())
        .containsExactly(
            "GE 10.5 PERCENT",
            "GE 10.0 PERCENT",
            "GE 10.0 PERCENT",
            "GE 10.5 PERCENT",
            "GE 10 PERCENT");
  }

  @Test
  void tellsEachRowWithTheHeadingsUnit() {
    List<String> out = new ArrayList<>();
    String[] lines = GRDP.split("\n", -1);
    assertThat(PercentColumnPairs.read(lines, 4, out)).isPositive();
    assertThat(out).startsWith("Hà Nội: 10,5 – 11,0%", "Hưng Yên: 10,0 – 11,0%");
  }

  @Test
  void aTableOfResultsStaysUnread() {
    // the same table announced as what was done ("Ước đạt") is a table of results
    String results =
        GRDP.replace(
            "Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành",
            "Ước đạt tốc độ tăng trưởng GRDP 2021 - 2025 của 34 tỉnh thành");
    assertThat(PercentColumnPairs.read(results.split("\n", -1), 4, new ArrayList<>()))
        .isEqualTo(-1);
    assertThat(TargetExtractor.extract(results, true)).noneMatch(x -> x.text().contains("Hà Nội"));
  }

  @Test
  void aTableOfFiguresWithNoWordOfAGoalStaysUnread() {
    // "Tăng trưởng GRDP 9 tháng năm 2025 …": figures, no goal
    String figures =
        GRDP.replace(
            "Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành",
            "Tốc độ tăng trưởng GRDP 9 tháng năm 2025 của 34 tỉnh thành");
    assertThat(PercentColumnPairs.read(figures.split("\n", -1), 4, new ArrayList<>()))
        .isEqualTo(-1);
  }
}
