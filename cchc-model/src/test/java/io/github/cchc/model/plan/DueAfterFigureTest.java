package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A figure due by a year still ahead, the deadline after it, right after a sentence that set goals
 * ({@link DueAfterFigure}).
 */
class DueAfterFigureTest {
  @Test
  void aFigureDueByAYearAheadGoesOnWithTheGoalsBeforeIt() {
    // cand.com.vn on the 2016-2020 employment goals (unseen34); the 2015 result after it stays a
    // result
    assertThat(
            TargetsRead.page(
                """
                Năm 2016, cả nước phấn đấu giải quyết việc làm cho 1,5-1,6 triệu lao động, gồm việc\
                 làm trong nước 1,4-1,5 triệu người; xuất khẩu lao động 100 nghìn người. Tỷ lệ tham\
                 gia bảo hiểm xã hội trong lực lượng lao động đạt 50% vào năm 2020, năm 2016 đạt 23\
                 – 25%.

                Được biết, trong 5 năm (2011-2015), cả nước đã tạo việc làm cho trên 7,8 triệu\
                 người; khoảng 8,6 triệu lao động được đào tạo, tăng gấp 3 lần so với giai đoạn\
                 trước, góp phần đưa tỷ lệ lao động qua đào tạo cả nước lên 51,6% vào cuối năm 2015.
                """))
        .containsExactly("GE 50", "GE 23");
  }

  @Test
  void aYearBeforeTheLatestOrNoGoalBeforeLeavesAResult() {
    // a realistic variant: the figure's year is earlier than the latest the text names
    assertThat(
            TargetsRead.page(
                "Năm 2016, cả nước phấn đấu giải quyết việc làm cho 1,5-1,6 triệu lao động. Tỷ lệ lao"
                    + " động qua đào tạo cả nước đạt 51,6% vào cuối năm 2015, năm 2020 là năm cuối"
                    + " của kế hoạch."))
        .isEmpty();
    // the cand.com.vn sentence alone, after no goal: a news page's figure stays a result
    assertThat(
            TargetsRead.page(
                "Tỷ lệ tham gia bảo hiểm xã hội trong lực lượng lao động đạt 50% vào năm 2020."))
        .isEmpty();
    assertThat(DueAfterFigure.dueAhead("dat 50% vao nam 2020", 2020)).isTrue();
    assertThat(DueAfterFigure.dueAhead("dat 51,6% vao cuoi nam 2015", 2020)).isFalse();
  }

  @Test
  void aDeadlineBetweenTheMeasureAndItsFigureGoesOnWithTheGoals() {
    // hanict on Hà Nội's CTr 21 (unseen52): the resolution's title names "tầm nhìn đến năm 2045",
    // a horizon cited, so the latest year is 2030 and the urbanisation goals go on from "phấn đấu"
    assertThat(
            TargetsRead.page(
                "Trong đó, Hà Nội phấn đấu đến năm 2025, thu nhập bình quân đầu người đạt từ"
                    + " 8.300-8.500 USD/người/năm, đến năm 2030 đạt trên 12.500 USD/người/năm. Tỷ lệ"
                    + " đô thị hóa đến năm 2025 đạt từ 60-62%, đến năm 2030 đạt trên 75%. Đây là nội"
                    + " dung Chương trình hành động số 21-CTr/TU ngày 2-2-2023 của Thành ủy Hà Nội"
                    + " thực hiện Nghị quyết số 29-NQ/TƯ ngày 17-11-2022 của Ban Chấp hành Trung ương"
                    + " về “Tiếp tục đẩy mạnh CNH, HĐH đất nước đến năm 2030, tầm nhìn đến năm"
                    + " 2045”."))
        .containsExactly("GE 60", "GT 75");
    assertThat(DueAfterFigure.dueAhead("ty le do thi hoa den nam 2030 dat tren 75%", 2030))
        .isTrue();
    // near cases: a year before the latest is a result's date; no figure after the deadline
    assertThat(DueAfterFigure.dueAhead("ty le do thi hoa den nam 2022 dat 49%", 2030)).isFalse();
    assertThat(DueAfterFigure.dueAhead("den nam 2030 dat chuan nong thon moi", 2030)).isFalse();
    // after no goal, a news page's figure stays a result
    assertThat(TargetsRead.page("Tỷ lệ đô thị hóa đến năm 2022 đạt 49%.")).isEmpty();
  }
}
