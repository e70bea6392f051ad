package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's figure named beside a result ({@link PlanFigureNamed}). */
class PlanFigureNamedTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void thePlansFiguresBesideTheResultsOfGoalsNotMetAreGoals() {
    // thanhnien.vn on 2020's 12 chỉ tiêu, 4 not met
    String text =
        "Theo Thứ trưởng Bộ KH-ĐT Trần Quốc Phương, trong 12 chỉ tiêu lớn năm nay, có 4 chỉ tiêu"
            + " không đạt là tăng trưởng GDP (đạt khoảng 2% so với kế hoạch là 6,8%), tốc độ tăng"
            + " kim ngạch xuất khẩu (đạt 1% so với kế hoạch là 7%), tỷ lệ thất nghiệp của lao động"
            + " trong độ tuổi ở khu vực thành thị (4,39% so với kế hoạch là dưới 4%) và tỷ lệ lao"
            + " động qua đào tạo (64,5% so với kế hoạch là 65%). 8 chỉ tiêu khác đều đạt và vượt so"
            + " với kế hoạch.";
    assertThat(read(text))
        .containsExactly("GE 6.8 PERCENT", "GE 7 PERCENT", "LT 4 PERCENT", "GE 65 PERCENT");
  }

  @Test
  void thePlansFigureNamedAfterTheWordsOfThePlanIsAGoalAndAShareOfThePlanIsNone() {
    // a realistic variant: the plan's figure named "đề ra là"; and a share of the plan names none
    assertThat(
            PlanFigureNamed.spans(
                "ty le ho so truc tuyen dat 72% so voi ke hoach de ra la toi thieu 80%"))
        .hasSize(1);
    assertThat(PlanFigureNamed.spans("thu ngan sach dat 95% so voi ke hoach")).isEmpty();
    assertThat(PlanFigureNamed.spans("tang 5% so voi ke hoach nam 2024")).isEmpty();
  }
}
