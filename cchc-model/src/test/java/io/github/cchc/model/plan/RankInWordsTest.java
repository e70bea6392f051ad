package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rank group whose size is written in words ({@link RankInWords}). */
class RankInWordsTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aGroupOfThreeWrittenInWordsIsARankGoal() {
    // infonet on the fisheries strategy 339/QĐ-TTg (corpus unseen39)
    assertThat(
            read(
                "Theo đó, mục tiêu đến năm 2030, phát triển ngành Thủy sản thành ngành kinh tế quan"
                    + " trọng của quốc gia, sản xuất hàng hóa lớn gắn với công nghiệp hóa - hiện đại"
                    + " hóa, phát triển bền vững, chủ động thích ứng với biến đổi khí hậu và đến năm"
                    + " 2045 đưa ngành thủy sản trở thành nhóm ba nước sản xuất và xuất khẩu thủy sản"
                    + " dẫn đầu thế giới."))
        .containsExactly("RANK_WITHIN 3 RANK");
    // doanhnhanvn.vn on the Deputy Prime Minister's goal for the investment environment (unseen39)
    assertThat(
            read(
                "Phó Thủ tướng Hồ Đức Phớc nhấn mạnh cần phấn đấu để trong vòng hai đến ba năm tới,"
                    + " môi trường đầu tư của Việt Nam nằm trong nhóm ba nước dẫn đầu ASEAN."))
        .containsExactly("RANK_WITHIN 3 RANK");
  }

  @Test
  void aGroupNamedByWordsThatAreNoNumberIsNone() {
    // counter-examples: "nhóm sau" (the group below), a year after "nhóm", no group noun
    assertThat(RankInWords.in("phan dau thuoc nhom sau: tinh co chi so cao")).isEmpty();
    assertThat(RankInWords.in("ho tro cac doanh nghiep thuoc nhom nam 2025")).isEmpty();
    assertThat(RankInWords.in("vao nhom ba nganh kinh te mui nhon")).isEmpty();
    assertThat(RankInWords.in("nam trong nhom nam tinh dan dau")).hasSize(1);
    assertThat(RankInWords.in("nam trong nhom nam tinh dan dau").get(0)[2]).isEqualTo(5);
  }
}
