package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A headline, subheading or photo caption with a word of intent or a deadline that repeats a goal
 * the body of the page states (the same comparator, value and unit, on a longer line holding most
 * of its words) is the body's goal told again: it is counted once, in the body, as the corpus
 * README's settled convention labels it. One stating a goal the body does not state keeps it.
 */
class RestatedGoalsTest {
  @Test
  void aSubheadingWithAWordOfIntentRepeatingTheBodysGoalCountsOnce() {
    // vietnamnet.vn, "Vĩnh Phúc phấn đấu 100% người dân được cấp định danh và xác thực điện tử":
    // the subheading under the paragraph that states the goal
    String vinhPhuc =
        """
        Theo đó, tỉnh đẩy mạnh phát triển, hoàn thiện hạ tầng kỹ thuật, các ứng dụng, dịch vụ công\
         nghệ thông tin trong các cơ quan nhà nước với 80% các hệ thống thông tin của địa phương\
         liên quan đến người dân, doanh nghiệp đã đưa vào vận hành, khai thác được kết nối, liên\
         thông qua Trục liên thông văn bản Quốc gia và nền tảng tích hợp, chia sẻ dữ liệu.

        Bên cạnh đó, thông tin của người dân, doanh nghiệp đã được số hóa và lưu trữ tại các cơ\
         sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, không phải cung cấp lại. 100% người dân,\
         doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử thông\
         suốt trên các hệ thống tin của các cấp chính quyền từ Trung ương đến địa phương.

        Vĩnh Phúc phấn đấu 100% người dân được cấp định danh và xác thực điện tử
        Thông tin của người dân, doanh nghiệp đã được số hóa và lưu trữ tại các cơ sở dữ liệu quốc\
         gia, cơ sở dữ liệu chuyên ngành, không phải cung cấp lại.

        Có 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công\
         việc tại cấp xã được xử lý trên môi trường mạng.
        """;
    assertThat(TargetsRead.article(vinhPhuc))
        .containsExactly("GE 80", "EQ 100", "GE 90", "GE 80", "GE 60");
    // moitruong.net.vn: a headline with "Hướng tới" over the sentence that sets the goal
    String moiTruong =
        """
        Hướng tới 96% chất thải rắn sinh hoạt đô thị được xử lý năm 2023
        Năm 2023, ngành tài nguyên và môi trường đặt ra mục tiêu có 96% chất thải rắn sinh hoạt\
         của đô thị được thu gom, xử lý đúng quy định, 40% rác thải sinh hoạt được xử lý theo mô\
         hình đốt rác, phát điện, tái chế thay cho việc chôn lấp…
        """;
    assertThat(TargetsRead.article(moiTruong)).containsExactly("GE 96", "GE 40");
  }

  @Test
  void aHeadlinePrintedWithItsFullStopIsAHeadlineToo() {
    // thaibinhtv.vn: the headline ends with a full stop, the reader took a caption for the title
    String thaiBinh =
        """
        Tỷ lệ người dân tham gia BHYT phải đạt từ 85% trở lên.

        Thứ 7, 22.10.2016 | 10:42:43

        Thủ tướng Chính phủ vừa ký Quyết định 1980/QĐ-TTg ban hành Bộ tiêu chí quốc gia về xã nông\
         thôn mới giai đoạn 2016 - 2020 với 19 tiêu chí; trong đó có tiêu chí, tỷ lệ người dân tham\
         gia BHYT phải đạt từ 85% trở lên.

        Xã Hồng Minh, huyện Hưng Hà
        """;
    assertThat(TargetsRead.article(thaiBinh)).containsExactly("GE 85");
  }

  @Test
  void aPhotoCaptionRepeatingTheBodysGoalCountsOnceHoweverLong() {
    // baodauthau.vn, "Cắt giảm, đơn giản hóa điều kiện đầu tư kinh doanh không cần thiết": a
    // caption of two clauses ending on its credit, over the body's sentence
    String baoDauThau =
        """
        Chính phủ đặt mục tiêu năm 2025 giảm ít nhất 30% thời gian giải quyết thủ tục hành chính,\
         30% chi phí tuân thủ thủ tục hành chính. Ảnh: Nhã Chi |
        Trong đó, Chương trình nêu rõ mục tiêu năm 2025 cắt giảm, đơn giản hóa ngay TTHC liên quan\
         đến hoạt động sản xuất, kinh doanh, bảo đảm bãi bỏ ít nhất 30% điều kiện đầu tư kinh doanh\
         không cần thiết; giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ TTHC.
        """;
    assertThat(TargetsRead.article(baoDauThau)).containsExactly("GE 30", "GE 30", "GE 30");
    // "(Ảnh minh họa)" as a credit; the caption's goal the body does not state stays
    String variant =
        """
        Tỉnh phấn đấu năm 2026 có 90% hồ sơ được số hóa (Ảnh minh họa)
        Theo kế hoạch, năm 2026 tỉnh phấn đấu số hóa 90% hồ sơ thủ tục hành chính tại cấp xã và\
         cấp huyện.

        Tỉnh đặt mục tiêu 70% người dân có tài khoản định danh điện tử. Ảnh: Minh Anh
        Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh phấn đấu đạt 80% trong năm 2026.
        """;
    assertThat(TargetsRead.article(variant)).containsExactly("GE 90", "GE 70", "GE 80");
    // a long caption whose credit has no colon, after the caption's full stop
    String bare =
        """
        Số hóa hồ sơ thủ tục hành chính

        Tỉnh đặt mục tiêu năm 2026 có 90% hồ sơ thủ tục hành chính tại cấp xã và cấp huyện được\
         số hóa, kết nối với Cổng dịch vụ công quốc gia. Ảnh minh họa
        Theo kế hoạch, năm 2026 tỉnh phấn đấu số hóa 90% hồ sơ thủ tục hành chính tại cấp xã và\
         cấp huyện, kết nối với Cổng dịch vụ công quốc gia.
        """;
    assertThat(TargetsRead.article(bare)).containsExactly("GE 90");
  }

  @Test
  void aHeadlineWhoseGoalDiffersFromTheBodysKeepsIt() {
    // the same figure with another comparator is another goal: "80%" (at least) over "trên 80%"
    String page =
        """
        Lạng Sơn phấn đấu 80% hộ gia đình có cửa hàng số
        Theo đề án, Lạng Sơn phấn đấu đến năm 2030 tỷ lệ hộ gia đình có cửa hàng số trên nền tảng\
         thương mại điện tử trên 80%.
        """;
    assertThat(TargetsRead.article(page)).containsExactly("GE 80", "GT 80");
  }

  @Test
  void aNewsPageReadAsAPlanCountsItsRestatedHeadlineOnce() {
    // baomoi.com on Đồng Nai's digital economy plan (unseen15): the page names a Kế hoạch and is
    // read as one; its headline repeats the body's first goal
    String dongNai =
        """
        Phấn đấu đến năm 2025 tỉ trọng kinh tế số của tỉnh đạt 20%

        UBND tỉnh vừa ban hành kế hoạch phát triển kinh tế số và xã hội số tỉnh Đồng Nai đến năm\
         2025, định hướng đến năm 2030.

        Kế hoạch đề ra các mục tiêu cơ bản về phát triển kinh tế số và xã hội số trên địa bàn tỉnh.\
         Về phát triển kinh tế số, phấn đấu đến năm 2025, tỉ trọng kinh tế số của tỉnh đạt 20% GDP;\
         tỉ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; tỷ lệ nhân lực lao động\
         kinh tế số trong lực lượng lao động đạt 2%...
        """;
    assertThat(TargetsRead.article(dongNai)).containsExactly("GE 20", "GE 10", "GE 2");
  }
}
