package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence opening on statistics as its source tells a result ({@link SurveyAsSource}). */
class SurveyAsSourceTest {

  @Test
  void statisticsAfterATableCellMarkTellAResult() {
    // nongthonmoi.gov.vn on the new countryside in 2015 (unseen59), a one-cell table flattened
    assertThat(
            PlanReader.readAnyText(
                    "page.txt",
                    "| Theo thống kê, số xã đạt chuẩn nông thôn mới năm 2014 là 785 xã đạt 19 tiêu"
                        + " chí (chiếm 8,8%), 1.285 xã đạt từ 15 đến 18 tiêu chí. Dự kiến đến hết"
                        + " 2015 sẽ có khoảng 1.800 xã đạt chuẩn nông thôn mới (đạt được mục tiêu đề"
                        + " ra là 20%). |")
                .targets()
                .stream()
                .map(TargetLines::of)
                .toList())
        .containsExactly("GE 20 PERCENT");
    assertThat(SurveyAsSource.opens("| theo thong ke, so xa")).isTrue();
  }

  @Test
  void aPlanAfterTheCellMarkIsNoSurvey() {
    // near case: "Theo kế hoạch, …" after the mark
    assertThat(SurveyAsSource.opens("| theo ke hoach, den nam 2025")).isFalse();
  }
}
