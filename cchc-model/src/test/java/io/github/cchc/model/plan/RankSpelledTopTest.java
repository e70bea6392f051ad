package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "tốp", the Vietnamese spelling of "top", opens a rank group as "top" does. */
class RankSpelledTopTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aRankGoalSpelledTopIsRead() {
    // thanhnien.vn on Khánh Hòa's 2025 congress (corpus unseen31): no "nhóm", "top" or " trong "
    assertThat(
            read(
                "Giám đốc Sở Tài chính Châu Ngô Anh Nhân đặt mục tiêu đưa tỉnh lọt tốp 10 cả nước"
                    + " về chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"))
        .containsExactly("RANK_WITHIN 10 RANK");
    // Hải Phòng's KH 86/2022 (corpus unseen43), as it was read before
    assertThat(
            read(
                "Phấn đấu nâng hạng chỉ số xếp hạng chuyển đổi số cấp tỉnh (DTI), năm 2022 đưa Hải"
                    + " Phòng đứng trong tốp 10, đến năm 2025 đứng trong tốp 5 toàn quốc."))
        .containsExactly("RANK_WITHIN 10 RANK", "RANK_WITHIN 5 RANK");
  }

  @Test
  void aPlaceInTheTopReportedIsNoGoal() {
    // counter-example: a result (nghean24h on Nghệ An's 2025, corpus unseen14)
    assertThat(
            read(
                "Thu ngân sách vượt 29.000 tỷ đồng, cao nhất từ trước đến nay; thu hút FDI đạt hơn 1"
                    + " tỷ USD nằm trong tốp 11 tỉnh, thành cao nhất cả nước."))
        .isEmpty();
  }
}
