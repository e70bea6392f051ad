package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.VietnameseText;
import org.junit.jupiter.api.Test;

/**
 * A caption printed without its credit, naming who is seen and what they do, tells nothing of the
 * figures around it ({@link SpeakerCaption}).
 */
class SpeakerCaptionTest {
  private static boolean caption(String line) {
    return SpeakerCaption.is(line, VietnameseText.fold(line));
  }

  @Test
  void theSpeakerOrTheViewOfTheMeetingIsACaption() {
    // baotravinh (unseen51)
    assertThat(
            caption(
                "Đồng chí Châu Văn Hòa, Giám đốc Sở Kế hoạch và Đầu tư phát biểu về giải ngân vốn"
                    + " đầu tư công năm 2024."))
        .isTrue();
    assertThat(caption("Đại biểu tham dự hội nghị.")).isTrue();
    assertThat(caption("Quang cảnh hội nghị triển khai nhiệm vụ năm 2024.")).isTrue();
  }

  @Test
  void aLineWithAShareIntentOrMoreSentencesIsNone() {
    assertThat(caption("Ông Phạm Tấn Hòa phát biểu: tỉnh phấn đấu đến cuối năm giải ngân 100%."))
        .isFalse();
    assertThat(caption("Đồng chí Bí thư phát biểu chỉ đạo phấn đấu hoàn thành các chỉ tiêu."))
        .isFalse();
    assertThat(
            caption(
                "Ông Phan Công Khanh phát biểu tại hội nghị. Năm 2025, phường hoàn thành 12/12 chỉ"
                    + " tiêu."))
        .isFalse();
    assertThat(caption("Tỷ lệ đô thị hóa đạt 31,48%.")).isFalse();
  }
}
