package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page's headline, subheading or caption with no word of intent, no deadline, no threshold
 * and no future sets no goal by itself: its figure summarises the page and is not read as a target
 * (the corpus labels the sentence that sets a goal), even when the body does not give it again and
 * when the page is read as a plan.
 */
class BareSummaryLinesTest {
  @Test
  void aSubheadingWithoutAWordOfIntentSetsNoGoal() {
    // thoibaotaichinh.vn on Quyết định 84/QĐ-BTC (the Ministry of Finance's 2026 CCHC plan): the
    // subheading, taken for the page's title, over an account of the plan with no figure
    String thoiBaoTaiChinh =
        """
         date 2026-01-20 Ngày 19/1/2026, Bộ Tài chính đã ban hành Quyết định số 84/QĐ-BTC ban hành\
         Kế hoạch cải cách hành chính năm 2026 của Bộ Tài chính. Quyết định này có hiệu lực kể từ\
         ngày ký.

        Cắt giảm, đơn giản hoá 100% điều kiện đầu tư kinh doanh không cần thiết

        Điều 1 của Quyết định số 84/QĐ-BTC là ban hành kèm Kế hoạch cải cách hành chính năm 2026\
         của Bộ Tài chính.
        """;
    assertThat(TargetsRead.article(thoiBaoTaiChinh)).isEmpty();
  }

  @Test
  void aSubheadingInAPlansAccountSetsNoGoalUnlessItLooksAhead() {
    // a subheading between the sentences of a page's account of a plan: the bare figure is no
    // goal, the subheading with "sẽ" is, as the sentence with "phấn đấu"
    String page =
        """
        Tỉnh ban hành kế hoạch cải cách hành chính năm 2026

        UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính năm 2026. Theo đó, tỉnh phấn đấu 100%\
         thủ tục hành chính được công khai đúng quy định.

        Số hóa 90% hồ sơ thủ tục hành chính cấp xã

        Hồ sơ thủ tục hành chính tại cấp xã và cấp huyện được số hóa, kết nối với Cổng dịch vụ công\
         quốc gia.

        Hồ sơ cấp huyện sẽ được số hóa 80%
        """;
    assertThat(TargetsRead.article(page)).containsExactly("EQ 100", "GE 80");
  }

  @Test
  void shortLinesInAListOfChiTieuAreItemsNotSubheadings() {
    // the same lines as a list the page announces: each keeps its figure
    String page =
        """
        Tỉnh ban hành kế hoạch chuyển đổi số năm 2026

        UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số năm 2026. Theo đó, kế hoạch đặt ra các chỉ\
         tiêu chủ yếu:

        Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%

        100% thủ tục hành chính được công khai đúng quy định

        Số hóa 90% hồ sơ thủ tục hành chính cấp xã
        """;
    assertThat(TargetsRead.article(page)).containsExactly("GE 80", "EQ 100", "GE 90");
  }
}
