package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name of a rate a goal measures tells no change ({@link RateMeasure}). */
class RateMeasureTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void aGrowthRateGoesOnWithTheGoalsOfTheParagraphBefore() {
    // kinhtedothi.vn on the fisheries strategy 339/QĐ-TTg (corpus unseen39)
    String text =
        "Mục tiêu đến năm 2030, phát triển thủy sản thành ngành kinh tế quan trọng của quốc gia,"
            + " sản xuất hàng hóa lớn gắn với công nghiệp hóa - hiện đại hóa, phát triển bền vững"
            + " và chủ động thích ứng với biến đổi khí hậu; cơ cấu ngành và hình thức tổ chức sản"
            + " xuất hợp lý, năng suất, chất lượng, hiệu quả cao; có thương hiệu uy tín, khả năng"
            + " cạnh tranh và hội nhập quốc tế…\n"
            + "Tốc độ tăng trưởng giá trị sản xuất thủy sản đạt 3 - 4%/năm. Tổng sản lượng thủy sản"
            + " sản xuất trong nước đạt 9,8 triệu tấn.";
    assertThat(read(text)).containsExactly("GE 3 PERCENT");
  }

  @Test
  void onlyTheRateNameIsBlankedNotAChangeByAnAmountNorAPeriodGoneBy() {
    // a realistic variant of the class
    assertThat(RateMeasure.onlyName("toc do tang truong kinh te binh quan dat 7%/nam.")).isTrue();
    // counter-examples: a change by an amount; a term's result (baonghean on xã Nghĩa Hành's
    // congress, corpus unseen16)
    assertThat(RateMeasure.onlyName("tong von dau tu tang 21,1%; toc do tang truong dat 8%."))
        .isFalse();
    assertThat(
            RateMeasure.onlyName(
                "bao cao chinh tri tai dai hoi neu ro: trong nhiem ky qua, kinh te - xa hoi phat"
                    + " trien toan dien: toc do tang truong gia tri san xuat binh quan dat"
                    + " 7,2%/nam."))
        .isFalse();
  }

  @Test
  void aTermsResultAfterGoalsStaysAResult() {
    // baonghean on xã Nghĩa Hành's 2025-2030 congress (corpus unseen16): goals, then the term's
    // results
    String text =
        "Phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 90 triệu đồng.\n"
            + "Báo cáo chính trị tại đại hội nêu rõ: Trong nhiệm kỳ qua, kinh tế - xã hội phát"
            + " triển toàn diện: Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 7,2%/năm; cơ cấu"
            + " kinh tế chuyển dịch tích cực theo hướng nông nghiệp – công nghiệp – dịch vụ.";
    assertThat(read(text)).isEmpty();
  }
}
