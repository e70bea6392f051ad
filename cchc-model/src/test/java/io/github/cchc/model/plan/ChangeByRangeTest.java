package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A change given as a range is a plan's margin: in the paragraphs a run of goals carries on to, it
 * goes on with the goals, where a change by one figure or a past ends them ({@link ChangeByRange},
 * {@link GoalsRunOn}).
 */
class ChangeByRangeTest {
  @Test
  void aChangeByARangeAndALevelToComeDownToAreMargins() {
    // plo.vn on Đắk Lắk's 2024 (unseen50)
    assertThat(
            ChangeByRange.onlyMargins(
                "Tỉ lệ hộ nghèo giảm 1,5 - 2%, giảm tỉ lệ thất nghiệp ở khu vực thành thị còn"
                    + " 2,4%..."))
        .isTrue();
    assertThat(ChangeByRange.onlyMargins("Tổng kim ngạch xuất khẩu tăng bình quân 6-6,5%/năm."))
        .isTrue();
  }

  @Test
  void aChangeByOneFigureOrInThePastIsNoMargin() {
    // kinhtenongthon on Sơn La's forest cover (unseen29): a change that happened
    assertThat(
            ChangeByRange.onlyMargins(
                "Từ năm 2016, trung bình mỗi năm tỷ lệ che phủ rừng ở tỉnh Sơn La tăng 0,6%."))
        .isFalse();
    assertThat(ChangeByRange.onlyMargins("Tỉ lệ hộ nghèo giảm 1,5 - 2%, thất nghiệp tăng 0,3%."))
        .isFalse();
    assertThat(ChangeByRange.onlyMargins("Tỉ lệ hộ nghèo đã giảm 1,5 - 2% mỗi năm.")).isFalse();
    assertThat(ChangeByRange.onlyMargins("Tỉ lệ hộ nghèo chỉ còn 2,4%.")).isFalse();
  }

  @Test
  void goalsSetForTheYearToComeRunOnOverAChangeByARange() {
    // plo.vn on Đắk Lắk's 2024 (unseen50): "14 chỉ tiêu … trong năm tới" opens a paragraph of
    // goals that goes on over the paragraphs after it, the margin of the poor households too
    assertThat(
            TargetsRead.page(
                """
                Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu kinh tế - xã hội trong năm tới. Trong đó, tăng\
                 trưởng kinh tế 6- 6,8%.

                Tỉ lệ hộ nghèo giảm 1,5 - 2%, giảm tỉ lệ thất nghiệp ở khu vực thành thị còn 2,4%...

                Tỉ lệ dân số đô thị được sử dụng nước sạch đạt 92%; tỉ lệ dân số nông thôn được sử\
                 dụng nước hợp vệ sinh đạt 97%.
                """))
        .containsExactly("GE 6", "GE 1.5", "LE 2.4", "GE 92", "GE 97");
    // near case: a change by one figure tells what happened and ends the run
    assertThat(
            TargetsRead.page(
                """
                Tỉnh ủy Đắk Lắk đặt ra 14 chỉ tiêu kinh tế - xã hội trong năm tới. Trong đó, tăng\
                 trưởng kinh tế 6- 6,8%.

                Tỉ lệ hộ nghèo giảm 1,8%, giảm tỉ lệ thất nghiệp ở khu vực thành thị còn 2,4%.

                Tỉ lệ dân số đô thị được sử dụng nước sạch đạt 92%.
                """))
        .containsExactly("GE 6");
    // near case: goals of a year gone by open no paragraph of goals
    assertThat(
            TargetsRead.page(
                """
                Năm 2024, tỉnh đã thực hiện 14 chỉ tiêu kinh tế - xã hội năm 2023.

                Tỉ lệ dân số đô thị được sử dụng nước sạch đạt 92%.
                """))
        .isEmpty();
  }
}
