package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ranks announced by the group's word and a colon, then listed by size and leaders alone after a
 * semicolon or "và" ({@link Ranks#RANK}, {@link Ranks#LISTED_RANK}).
 */
class RanksAnnouncedByColonTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void sizesListedAfterTheGroupsWordAndAColonAreRanks() {
    // Nghị quyết 175/NQ-CP, Đề án on the national data centre (corpus unseen61)
    assertThat(
            read(
                "Đến năm 2025, Việt Nam thuộc nhóm: 70 nước dẫn đầu về Chính phủ điện tử (EGDI); 50"
                    + " nước dẫn đầu về công nghệ thông tin (IDI); 40 nước dẫn đầu về an toàn, an"
                    + " ninh mạng (GCI)."))
        .containsExactly("RANK_WITHIN 70 RANK", "RANK_WITHIN 50 RANK", "RANK_WITHIN 40 RANK");
  }

  @Test
  void anAcronymWrappedToTheNextLineGoesOnWithIt() {
    // the gazette's text of Nghị quyết 175/NQ-CP, as its lines wrap (corpus unseen61)
    assertThat(
            read(
                "Đến năm 2030, Việt Nam thuộc nhóm: 50 nước dẫn đầu về Chính phủ điện tử \n"
                    + "(EGDI); 30 nước dẫn đầu về công nghệ thông tin (IDI); 30 nước dẫn đầu về an toàn, \n"
                    + "an ninh mạng (GCI). "))
        .containsExactly("RANK_WITHIN 50 RANK", "RANK_WITHIN 30 RANK", "RANK_WITHIN 30 RANK");
    assertThat(WrappedLines.join("Kế hoạch cải cách hành chính\n(Kèm theo Quyết định số 12)"))
        .hasSize(2);
  }

  @Test
  void aSecondGroupAfterVaWithItsLeadersIsARank() {
    // the appendix of Nghị quyết 109/NQ-CP (corpus unseen61)
    assertThat(
            read(
                "Phấn đấu đến năm 2028, môi trường đầu tư kinh doanh của Việt Nam thuộc nhóm 3 nước"
                    + " dẫn đầu ASEAN và 30 quốc gia hàng đầu thế giới."))
        .containsExactly("RANK_WITHIN 3 RANK", "RANK_WITHIN 30 RANK");
  }

  @Test
  void aCountOfCountriesWithNoRankBeforeItIsNone() {
    // near case: no rank before it, a count of partners
    assertThat(
            read(
                "Việt Nam đã ký kết hiệp định thương mại tự do với nhiều đối tác; 50 nước dẫn đầu"
                    + " về đầu tư đã có mặt."))
        .isEmpty();
  }
}
