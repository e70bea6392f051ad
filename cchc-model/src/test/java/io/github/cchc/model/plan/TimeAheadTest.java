package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence opening on a deadline or a year still to come looks ahead ({@link TimeAhead}). */
class TimeAheadTest {
  @Test
  void theYearSteppedIntoOpensAParagraphOfItsGoals() {
    // huengaynay on Huế's 2026 (unseen50): the paragraph opened on the year stepped into lists
    // that year's goals, the growth of investment among them
    assertThat(
            TargetsRead.page(
                "Năm 2025, kinh tế thành phố ước tăng trưởng 8,5 - 9%.\n\nBước sang năm 2026, Thành"
                    + " ủy đặt mục tiêu tăng trưởng GRDP từ 10% trở lên; GRDP bình quân đầu người"
                    + " đạt 3.500 - 3.600 USD. Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng dịch"
                    + " vụ, phấn đấu khu vực này chiếm khoảng 49 - 50%. Vốn đầu tư thực hiện trên"
                    + " địa bàn tăng 10 - 11%; kết nạp 1.700 - 2.000 đảng viên."))
        .containsExactly("GE 10", "GE 49", "GE 10");
    assertThat(TimeAhead.deadlineAhead("buoc sang nam 2026, thanh uy dat muc tieu", 2026)).isTrue();
    assertThat(TimeAhead.deadlineAhead("sang nam 2026, tinh phan dau", 2026)).isTrue();
  }

  @Test
  void aYearSteppedIntoBeforeTheLatestStaysThePast() {
    // near case: a year before the latest the text names is no deadline ahead
    assertThat(TimeAhead.deadlineAhead("buoc sang nam 2024, tinh da", 2026)).isFalse();
    assertThat(
            TargetsRead.page(
                "Bước sang năm 2024, vốn đầu tư thực hiện trên địa bàn tăng 10 - 11%. Năm 2026,"
                    + " tỉnh phấn đấu tăng trưởng 9%."))
        .containsExactly("GE 9");
  }
}
