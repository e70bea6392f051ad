package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure-less review of the past leading into a sentence's own clause ({@link ReviewLeadIn}). */
class ReviewLeadInTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  /** baogialai.com.vn on xã Ia Dreh's congress (corpus unseen57). */
  private static final String IA_DREH =
      "Bên cạnh tập trung đánh giá những kết quả đạt được của nhiệm kỳ trước, Đại hội xác định"
          + " trong nhiệm kỳ 2025-2030 phấn đấu có trên 90% tổ chức cơ sở đảng và đảng viên hoàn"
          + " thành tốt nhiệm vụ; tỷ lệ kết nạp đảng viên mới đạt từ 3%/năm. Kinh tế tăng trưởng"
          + " 8,3%/năm; thu nhập bình quân đầu người đến cuối năm 2030 đạt 53 triệu đồng; giảm bình"
          + " quân 2,76% hộ nghèo mỗi năm theo chuẩn nghèo đa chiều; tỷ lệ người dân tham gia bảo"
          + " hiểm y tế đạt 100%...";

  @Test
  void theReviewLeadInMakesNoResultOfTheGoalsOfTheTermAhead() {
    assertThat(read(IA_DREH))
        .containsExactly(
            "GT 90 PERCENT", "GE 3 PERCENT", "GE 8.3 PERCENT", "GE 2.76 PERCENT", "GE 100 PERCENT");
  }

  @Test
  void blanksOnlyAFigureLessReviewOpeningTheSentence() {
    String s = "Bên cạnh tập trung đánh giá những kết quả đạt được của nhiệm kỳ trước, Đại hội";
    assertThat(ReviewLeadIn.without(s)).hasSameSizeAs(s).startsWith("  ").endsWith(", Đại hội");
    // a lead-in giving a figure tells a result: kept
    String figure = "Bên cạnh đánh giá tăng trưởng đạt 7,2%, Đại hội xác định …";
    assertThat(ReviewLeadIn.without(figure)).isEqualTo(figure);
    // the review as the sentence's own clause is no lead-in
    String own = "Đại hội đánh giá những kết quả đạt được của nhiệm kỳ trước, tăng trưởng 7,2%.";
    assertThat(ReviewLeadIn.without(own)).isEqualTo(own);
  }

  @Test
  void withoutTheTermAheadTheSentenceAfterStaysAResult() {
    // the near case: the review lead-in, but the figures after it reported of the term past
    String text =
        "Bên cạnh đánh giá những kết quả đạt được, Đại hội nêu rõ nhiệm kỳ 2020-2025 kinh tế đã"
            + " tăng trưởng 8,1%/năm. Tỷ lệ hộ nghèo giảm 2,5%.";
    assertThat(read(text)).isEmpty();
  }
}
