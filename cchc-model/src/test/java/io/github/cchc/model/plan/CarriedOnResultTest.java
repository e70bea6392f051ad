package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence going on from a goal by its connector alone ("Cụ thể, …", "Trong đó, …") that measures
 * its figure against the same period of the year before or places it among all the provinces
 * reports a result (issue 16, part T2i): {@link CarriedOnResult}.
 */
class CarriedOnResultTest {
  /**
   * unseen27's tienphong page on Sóc Trăng's first half of 2025
   * (https://tienphong.vn/nua-dau-nam-2025-nhieu-chi-tieu-kinh-te-xa-hoi-cua-soc-trang-tang-truong-tich-cuc-post1754029.tpo):
   * the growth "so với cùng kỳ" after the scenario of GRDP 8% is a result.
   */
  @Test
  void aChangeAgainstTheSamePeriodAfterAGoalIsAResult() {
    assertThat(
            TargetsRead.page(
                "Sáng 24/6, tại kỳ họp thứ 34 (chuyên đề), HĐND tỉnh Sóc Trăng đã nghe UBND tỉnh"
                    + " báo cáo kết quả phát triển kinh tế - xã hội 6 tháng đầu năm và đề ra phương"
                    + " hướng, nhiệm vụ trọng tâm nửa cuối năm 2025. Theo đó, tỉnh tiếp tục bám sát"
                    + " kịch bản tăng trưởng GRDP từ 8% trở lên, triển khai đồng bộ nhiều giải pháp"
                    + " đột phá, tập trung vào các lĩnh vực chủ lực.\n\n"
                    + "Cụ thể, nông nghiệp tiếp tục khẳng định vai trò nền tảng cho kinh tế Sóc"
                    + " Trăng, với diện tích gieo sạ lúa đạt hơn 331.000ha, tăng hơn 4% so với cùng"
                    + " kỳ."))
        .containsExactly("GE 8");
    // realistic variant: "Trong đó, …" and "so cùng kỳ năm trước" right after a goal sentence
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu tốc độ tăng trưởng kinh tế năm 2025 đạt 10%. Trong đó, khu vực công"
                    + " nghiệp - xây dựng tăng 12,5% so cùng kỳ năm trước."))
        .containsExactly("GE 10");
    // counter-examples: a word of intent of its own keeps the goal (unseen14's baobariavungtau
    // page on Châu Đức's 2025 goals), and a carried-on figure without such marks stays a goal
    assertThat(
            TargetsRead.page(
                "Huyện Châu Đức giao chỉ tiêu kinh tế - xã hội năm 2025. Theo đó, Châu Đức phấn đấu"
                    + " đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng"
                    + " kỳ."))
        .contains("GE 4.18");
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu tốc độ tăng trưởng kinh tế năm 2025 đạt 10%. Trong đó, khu vực công"
                    + " nghiệp - xây dựng tăng 12,5%."))
        .containsExactly("GE 10", "GE 12.5");
  }

  /**
   * unseen43's cand page on Cần Thơ's PAPI 2016
   * (http://cand.com.vn/doi-song/Nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-468247/): a
   * place among the 63 provinces told after the goal reached is the place the index had, no goal.
   */
  @Test
  void aPlaceAmongAllAfterAGoalIsAResult() {
    assertThat(
            TargetsRead.page(
                "Sau 2 năm triển khai chương trình hành động nâng cao chỉ số hiệu quả quản trị và"
                    + " hành chính công (viết tắt là PAPI), Cần Thơ đã đạt được mục tiêu đề ra,"
                    + " trong đó có nhiều chỉ số cải thiện mạnh mẽ.\n\n"
                    + "Theo đó, chỉ số PAPI của Cần Thơ có sự cải thiện vượt bậc về điểm số và thứ"
                    + " hạng qua từng năm. Cụ thể, năm 2014 chỉ số PAPI của Cần Thơ đạt 33,99 điểm"
                    + " (xếp 55/63 tỉnh, thành phố), thì đến năm 2016, chỉ số này được nâng lên"
                    + " 39,57 điểm, dẫn đầu bảng xếp hạng các địa phương trong cả nước."))
        .isEmpty();
    // realistic variant: "xếp thứ 5/34 tỉnh" after a goal of rank
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu Chỉ số PCI năm 2025 nằm trong nhóm 10 tỉnh dẫn đầu cả nước. Cụ thể,"
                    + " năm 2024 Chỉ số PCI của tỉnh xếp thứ 5/34 tỉnh, thành phố."))
        .containsExactly("RANK_WITHIN 10");
    // counter-example: a goal of a place among all, with its own word of intent, stays
    // (unseen6's baobinhdinh page on its PAR indexes of 2023)
    assertThat(
            TargetsRead.page(
                "Tỉnh đặt mục tiêu cải thiện các chỉ số năm 2023. Cụ thể, phấn đấu kết quả Chỉ số"
                    + " PAPI năm 2023 trong nhóm các tỉnh, thành phố Trung bình cao trở lên, xếp"
                    + " 20/63 tỉnh, thành phố cả nước."))
        .contains("RANK_WITHIN 20");
  }
}
