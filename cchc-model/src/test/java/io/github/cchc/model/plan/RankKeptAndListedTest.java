package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rank groups kept ("giữ vững top 10"), listed after "và" with only the contest they are ranked at
 * ("và tốp 50 tại các kỳ Olympic") or with the group's word left to the rank before ("và 50 quốc
 * gia có … hàng đầu thế giới") ({@link Ranks#RANK}, {@link Ranks#LISTED_RANK}).
 */
class RankKeptAndListedTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aGroupKeptIsARankGoal() {
    // Nghị quyết 27/NQ-CP 2025 on tnt305 (unseen48)
    assertThat(
            read(
                "- Mở rộng vùng phủ sóng 5G toàn quốc, phấn đấu tỷ lệ chuyển đổi Internet sang IPv6"
                    + " đạt 70%, giữ vững top 10 toàn cầu."))
        .containsExactly("GE 70 PERCENT", "RANK_WITHIN 10 RANK");
    // dantri on Thừa Thiên Huế's digital transformation (unseen43): "top" in quotes
    assertThat(
            read(
                "Mục tiêu tới năm 2025, Thừa Thiên Huế giữ vững vị trí \"top\" 10 địa phương dẫn đầu"
                    + " cả nước về các chỉ số: cải cách hành chính, chuyển đổi số."))
        .containsExactly("RANK_WITHIN 10 RANK");
  }

  @Test
  void aGroupKeptThatIsReportedIsNoGoal() {
    // a near case: the same words told as what happened stay a result
    assertThat(
            read(
                "Năm 2024, tỷ lệ chuyển đổi Internet sang IPv6 của Việt Nam đạt 60%, giữ vững top 10"
                    + " toàn cầu."))
        .isEmpty();
  }

  @Test
  void aListedRankNamingItsContestOrLeavingItsGroupWordIsOne() {
    // the sports strategy to 2030 on baochinhphu (unseen48)
    assertThat(
            read(
                "Chiến lược đặt mục tiêu đến năm 2030, thể thao thành tích cao thường xuyên duy trì"
                    + " trong tốp 2 tại các kỳ SEA Games, trong tốp 15 tại các kỳ ASIAD và tốp 50 tại"
                    + " các kỳ Olympic."))
        .containsExactly("RANK_WITHIN 2 RANK", "RANK_WITHIN 15 RANK", "RANK_WITHIN 50 RANK");
    // the tourism strategy to 2030 on tapchidulich (unseen28)
    assertThat(
            read(
                "Theo đó, mục tiêu đến năm 2025, Việt Nam phấn đấu thuộc nhóm ba quốc gia dẫn đầu về"
                    + " phát triển du lịch trong khu vực Đông Nam Á và 50 quốc gia có năng lực cạnh"
                    + " tranh du lịch hàng đầu thế giới."))
        .containsExactly("RANK_WITHIN 3 RANK", "RANK_WITHIN 50 RANK");
  }

  @Test
  void aCountAfterARankWithoutLeadersIsNone() {
    // near cases: a count of countries with no leaders named, and a contest with no rank before
    assertThat(
            read(
                "Mục tiêu đến năm 2025, Việt Nam phấn đấu thuộc nhóm ba quốc gia dẫn đầu về du lịch"
                    + " trong khu vực và 50 quốc gia có đường bay thẳng."))
        .containsExactly("RANK_WITHIN 3 RANK");
    assertThat(read("Phấn đấu đưa 50 vận động viên và nhóm 50 tại các kỳ Olympic tham dự."))
        .isEmpty();
  }
}
