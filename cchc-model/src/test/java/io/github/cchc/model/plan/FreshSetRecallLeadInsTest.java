package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of targets missed on the fresh sets {@code unseen21/} to {@code unseen36/} (issue 16,
 * part T1e: recall): the lines that announce goals. Each with the real sentences of the page it was
 * missed on, a second variant of the class and a counter-example that must stay as it is.
 */
class FreshSetRecallLeadInsTest {
  @Test
  void aDeadlineOnALineOfItsOwnAnnouncesTheGoalsUnderIt() {
    // ubmttq.dongnai.gov.vn on the population goals to 2030 (unseen36): "Đến năm 2030:" and the
    // lines under it, wrapped in a narrow column; the reductions are goals, not results
    assertThat(
            TargetsRead.page(
                """
                Đến năm 2030:
                - Duy
                trì vững chắc mức sinh thay thế (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có
                2,1 con), quy mô dân số 104 triệu người.
                Giảm
                50% chênh lệch mức sinh giữa nông thôn và thành thị, miền núi và đồng bằng; 50%
                số tỉnh đạt mức sinh thay thế, mọi phụ nữ trong độ tuổi sinh đẻ đều được tiếp
                cận thuận tiện với các biện pháp tránh thai hiện đại.
                - Tỷ
                lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn đạt 90%;
                giảm 50% số cặp tảo hôn, giảm 60% số cặp hôn nhân cận huyết thống.
                -
                Chiều cao người Việt Nam 18 tuổi đối với nam đạt 168,5 cm, nữ đạt 157,5 cm. Chỉ
                số phát triển con người (HDI) nằm trong nhóm 4 nước hàng đầu khu vực Đông Nam
                Á.
                """))
        .containsExactly("GE 50", "GE 50", "GE 90", "GE 50", "GE 60", "RANK_WITHIN 4");
    // a realistic variant: a lettered lead-in in a plan's list of goals
    assertThat(
            TargetsRead.page(
                """
                a) Đến hết năm 2025:
                - Giảm 20% thời gian đi lại của người dân khi làm thủ tục hành chính.
                - Tỷ lệ hộ nghèo giảm 1,5%.
                """))
        .containsExactly("GE 20", "GE 1.5");
  }

  @Test
  void aPastDeadlineOrASentenceGoingOnIsNoLeadInOfGoals() {
    // a deadline gone by in a text that names a later year: what it lists are results
    assertThat(
            TargetsRead.page(
                """
                Đến năm 2020:
                - Tỷ lệ hộ nghèo giảm 1,5%.
                Mục tiêu đến năm 2025, tỷ lệ hộ nghèo dưới 2%.
                """))
        .containsExactly("LT 2");
    // a sentence that goes on after its deadline is read as a sentence, not as a lead-in
    assertThat(
            TargetsRead.page(
                """
                Đến năm 2025, toàn tỉnh đã có thêm 12 xã đạt chuẩn nông thôn mới như sau:
                - Thu nhập bình quân tăng 8,5% so với năm 2024.
                """))
        .containsExactly();
  }
}
