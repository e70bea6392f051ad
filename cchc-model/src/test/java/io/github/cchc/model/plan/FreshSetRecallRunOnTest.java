package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of targets missed on the fresh sets {@code unseen29/} to {@code unseen32/} (issue 16,
 * part T1d: recall), each with the real sentences of the page it was missed on, a second variant of
 * the class and a counter-example that must stay as it is.
 */
class FreshSetRecallRunOnTest {
  @Test
  void goalsRunOnIntoTheParagraphsAfterThem() {
    // thesaigontimes on the Government's resolution on the labour market (unseen32): the goals
    // named "mục tiêu năm 2025" go on over the paragraph and the next ones, no word of intent
    assertThat(
            TargetsRead.page(
                """
                Theo thông tin từ TTXVN, nội dung của nghị quyết này hướng đến mục tiêu năm 2025,\
                 tỷ trọng lao động trong ngành nông nghiệp đạt khoảng 25% trên tổng lao động.\
                 Năng suất lao động xã hội bình quân có tốc độ tăng trưởng trên 6,5%/năm. Tỷ lệ lao\
                 động qua đào tạo có bằng cấp, chứng chỉ đạt 30%; đào tạo lại, đào tạo thường\
                 xuyên cho khoảng 25% lực lượng lao động.

                Tỷ lệ thất nghiệp được duy trì ở mức dưới 3%. Trong đó, khu vực thành thị có tỷ lệ\
                 lao động thất nghiệp dưới 4%, tỷ lệ thiếu việc làm của lao động khu vực nông thôn\
                 dưới 6%.

                Lao động trong độ tuổi tham gia bảo hiểm xã hội chiếm tỷ trọng 45%.
                """))
        .containsExactly("LE 25", "GT 6.5", "GE 30", "GE 25", "LT 3", "LT 4", "LT 6", "GE 45");
    // thitruonghanghoa on Đà Nẵng's goals for 2021-2030 (unseen31): after "phấn đấu … giai đoạn
    // 2021-2030", the paragraphs of rates without a word of intent
    assertThat(
            TargetsRead.page(
                """
                Đà Nẵng sẽ phấn đấu tăng trưởng kinh tế giai đoạn 2021-2030 đạt 12%/năm.
                Dự báo dân số khoảng 2,5 triệu người. Tỷ lệ việc làm tăng thêm đạt 5-5,5%/năm, tỷ\
                 lệ lao động qua đào tạo đạt trên 70% vào năm 2030.
                Tỷ lệ chất thải rắn được thu gom xử lý đạt 100%. Độ che phủ rừng đạt khoảng 45%.
                """))
        .containsExactly("GE 12", "GE 5", "GT 70", "GE 100", "GE 45");
  }

  @Test
  void aRunOfGoalsEndsWhereThePageTellsWhatHappened() {
    // kinhtenongthon on Sơn La's forest cover (unseen29): the paragraphs after the goal of 50%
    // tell a change and the past years, results, not goals carried on
    assertThat(
            TargetsRead.page(
                """
                Tỉnh Sơn La phấn đấu đến năm 2025 nâng tỷ lệ che phủ rừng lên 50%.
                Từ năm 2016, trung bình mỗi năm tỷ lệ che phủ rừng ở tỉnh Sơn La tăng 0,6%.
                Đặc biệt, độ che phủ rừng của Sơn La tăng ổn định qua các năm, từ 42,4% (năm 2016)\
                 lên 45,4% (năm 2020).
                """))
        .containsExactly("GE 50");
    // baonghean on xã Nghĩa Hành's congress (unseen16): the term gone by, a growth reported
    assertThat(
            TargetsRead.page(
                """
                Đại hội đặt mục tiêu đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%.
                Báo cáo chính trị tại đại hội nêu rõ: Trong nhiệm kỳ qua, kinh tế - xã hội phát\
                 triển toàn diện: Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 7,2%/năm.
                """))
        .containsExactly("LT 1");
    // a paragraph opening on the markup of a page's copy is no goal carried on
    assertThat(
            TargetsRead.page(
                """
                Phấn đấu đến hết năm 2016 cả nước có khoảng 25% số xã đạt chuẩn nông thôn mới.
                0cm;text-align:justify;line-height:130%">
                """))
        .containsExactly("GE 25");
  }

  @Test
  void aSentenceOpeningOnThePlanAsItsSourceGivesThePlansGrowths() {
    // congthuong.vn on Bắc Giang's GRDP and its plan to 2030 (unseen29): "Theo Quy hoạch tỉnh …"
    // gives the plan's growths, and "Trong đó, …" after it the sectors'
    assertThat(
            TargetsRead.page(
                """
                Tính từ năm 2022, tỉnh Bắc Giang liên tiếp 3 năm dẫn đầu cả nước về tăng trưởng\
                 kinh tế. Theo Quy hoạch tỉnh giai đoạn 2021-2030, tốc độ tăng trưởng bình quân giai\
                 đoạn này dự kiến đạt 15-16%.

                Trong đó, công nghiệp - xây dựng tăng 17-18%/năm, dịch vụ tăng 10-11%/năm, nông,\
                 lâm, thủy sản tăng 2-3%/năm.
                """))
        .containsExactly("GE 15", "GE 17", "GE 10", "GE 2");
    // a realistic variant: a plan by its usual name
    assertThat(
            TargetsRead.page(
                "Theo Kế hoạch, giai đoạn 2026-2030 tổng sản phẩm trên địa bàn tăng bình quân"
                    + " 10%/năm."))
        .containsExactly("GE 10");
    // a growth reported after the plan was named is still a result
    assertThat(
            TargetsRead.page(
                "Theo Quy hoạch tỉnh, năm 2024 tăng trưởng GRDP của tỉnh đã đạt 13,87%."))
        .isEmpty();
  }
}
