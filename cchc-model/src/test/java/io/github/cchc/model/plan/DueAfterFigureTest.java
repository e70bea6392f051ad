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
}
