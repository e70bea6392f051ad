package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Results pages of the fresh sets {@code unseen33/} and {@code unseen34/} (issue 16, part P3) whose
 * figures were read as goals because a phrase that judges a result looked like a word of intent:
 * "chưa đạt kỳ vọng", "chưa đạt như kỳ vọng", "chưa đạt yêu cầu" (a result measured against what
 * was expected or required) and "kiến nghị khởi tố" (a petition to prosecute, a term of criminal
 * procedure). Each with the real sentences of its page and a counter-example that must stay a goal.
 */
class ResultsJudgedAgainstGoalsTest {
  @Test
  void aResultJudgedShortOfWhatWasExpectedIsNoGoal() {
    // baogialai.com.vn on the provinces' GRDP over nine months of 2025, after the Bộ Tài chính's
    // report (unseen34): the provinces "chưa đạt kỳ vọng" and their growths are results
    assertThat(
            TargetsRead.page(
                """
                Gia Lai là 1 trong 8 địa phương có mức tăng trưởng chưa đạt kỳ vọng (dưới 8%).

                Trong khi đó, Gia Lai cùng với 7 địa phương khác có mức tăng trưởng GRDP 9 tháng\
                 chưa đạt kỳ vọng. Cụ thể, Cao Bằng tăng trưởng 6,52%; Điện Biên 6,76%; Sơn La\
                 6,26%; Khánh Hòa 7%; Gia Lai 7,31%; Vĩnh Long 6,33%; Lâm Đồng 6,72%; Đắk Lắk 6,9%.
                """))
        .isEmpty();
    // baobackan.com.vn on Bắc Kạn's goals for 2024 (unseen34): the growths of 2020-2023 "chưa đạt
    // như kỳ vọng" are results; the goal set after them stays
    assertThat(
            TargetsRead.page(
                """
                Trong các năm từ 2020 - 2023, tốc độ tăng trưởng kinh tế của tỉnh chưa đạt như kỳ\
                 vọng (lần lượt là 4%, 6,01% và 6,33%/năm). Do vậy năm 2024 tỉnh đề ra mục tiêu\
                 quyết tâm đạt tăng trưởng trên 8% để GRDP bình quân chung của nhiệm kỳ 2020-2025\
                 đạt 6,5 - 7%/năm.
                """))
        .containsExactly("GT 8", "GE 6.5");
    // baophutho.vn on Phú Thọ's late administrative files (unseen34): "chưa đạt yêu cầu", and the
    // shares of late files after it are results
    assertThat(
            TargetsRead.page(
                """
                Tuy nhiên, tỷ lệ hồ sơ trực tuyến tại cấp tỉnh chưa đạt yêu cầu; tỷ lệ hồ sơ quá hạn\
                 giải quyết còn cao, ở cấp tỉnh trên 17%, cấp xã trên 3%; tỷ lệ rút hồ sơ, trả lại\
                 chiếm trên 10%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC)\
                 chưa cao, chưa đảm bảo chất lượng.
                """))
        .isEmpty();
  }

  @Test
  void whatIsExpectedOrRequiredStaysAGoal() {
    // ictnews on Lào Cai's cashless payments in schools (unseen19): the place expects, a goal
    assertThat(
            TargetsRead.page(
                "Trong lĩnh vực thương mại điện tử, địa phương kỳ vọng đưa tỷ lệ thanh toán không"
                    + " dùng tiền mặt lên mức 50%."))
        .containsExactly("GE 50");
    // tracuuquyhoach on Hà Nội's communes (unseen19): the city requires, a goal
    assertThat(
            TargetsRead.page(
                "Bên cạnh đó, UBND TP. Hà Nội yêu cầu các địa phương đảm bảo 100% kết quả giải"
                    + " quyết thủ tục hành chính được trả trước hoặc đúng hạn theo quy định."))
        .containsExactly("EQ 100");
  }

  @Test
  void aPetitionToProsecuteIsNoProposal() {
    // nghean24h on the Đồng Nai police's party congress (unseen33): the term's crime figures,
    // "kiến nghị khởi tố" among them, are results
    assertThat(
            TargetsRead.page(
                """
                Ngày 5/8, Đại hội đại biểu Đảng bộ Công an tỉnh Đồng Nai lần thứ XII (nhiệm kỳ\
                 2020 - 2025) đã khai mạc với sự tham dự của 199 đại biểu.

                Ngoài ra, Công tác phòng, chống tội phạm cũng được quan tâm chỉ đạo quyết liệt,\
                 mang lại kết quả tích cực (phạm pháp hình sự trung bình hàng năm giảm 3,66%; điều\
                 tra phá án đạt 78,77%; án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 95,19%;\
                 giải quyết tố giác, tin báo tội phạm và kiến nghị khởi tố đạt 91,38%).
                """))
        .isEmpty();
  }
}
