package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items that give only a year and a figure under a line naming a measure and ending with a colon
 * measure what the line names ({@link MeasureHeading}).
 */
class MeasureHeadingTest {
  @Test
  void itemsOfYearsUnderAMeasuresLineMeasureIt() {
    // lawnet.vn on Quyết định 841/QĐ-TTg of 2023, the roadmap of the sustainable development goals
    List<Target> t =
        PlanReader.readAnyText(
                "page.txt",
                """
                Mục tiêu 1: Chấm dứt mọi hình thức nghèo ở mọi nơi
                **Mục tiêu 1.2: Triển khai trên toàn quốc các hệ thống và các biện pháp an sinh xã \
                hội thích hợp cho mọi người, bao gồm cả các chính sách sàn an sinh xã hội và đến \
                năm 2030 đạt được diện bao phủ đáng kể cho người nghèo và những người dễ bị tổn \
                thương (Mục tiêu 1.3 toàn cầu)
                - Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội:
                + Năm 2025: 45%;
                + Năm 2030: 60%.
                - Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp:
                + Năm 2025: 35%;
                + Năm 2030: 45%.
                """)
            .targets();
    assertThat(t).hasSize(4);
    assertThat(t.get(1).subject())
        .isEqualTo("Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội");
    assertThat(t.get(1).year()).hasValue(2030);
    assertThat(t.get(2).subject())
        .isEqualTo("Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp");
  }

  @Test
  void aLineNamingNoMeasureIsNoSuchHeading() {
    // "Mục tiêu cụ thể:" names no measure: the items keep their own words
    List<Target> t =
        PlanReader.readAnyText(
                "page.txt",
                """
                Mục tiêu 1: Chấm dứt mọi hình thức nghèo ở mọi nơi
                Mục tiêu cụ thể:
                + Năm 2025: 45%;
                + Năm 2030: 60%.
                """)
            .targets();
    assertThat(t).isNotEmpty();
    assertThat(t).extracting(Target::subject).doesNotContain("Mục tiêu cụ thể");
  }
}
