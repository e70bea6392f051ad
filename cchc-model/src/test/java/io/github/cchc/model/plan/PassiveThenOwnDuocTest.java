package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A passive relative clause after a figure going on to a "được" of its own tells no past ({@link
 * PassiveThenOwnDuoc}).
 */
class PassiveThenOwnDuocTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void theGoalsAfterACaptionGoOnPastDigitisedRecordsAndSystemsPutIntoOperation() {
    // vietnamnet.vn on Bình Dương's plan of digital transformation to 2025 (corpus unseen27)
    String text =
        "Phấn đấu đến năm 2025, 100% dịch vụ công trực tuyến mức độ 3, 4 được tích hợp trên Cổng"
            + " dịch vụ công quốc gia.\n"
            + "Ảnh minh họa |\n"
            + "Tỷ lệ giao dịch không dùng tiền mặt trong dịch vụ hành chính công đạt từ 50% trở"
            + " lên; 60% các hệ thống thông tin của tỉnh có liên quan đến người dân, doanh nghiệp"
            + " đã được đưa vào vận hành, khai thác được kết nối, liên thông qua nền tảng tích hợp,"
            + " chia sẻ dữ liệu; thông tin của người dân, doanh nghiệp đã được số hóa và lưu trữ"
            + " tại các cơ sở dữ liệu quốc gia không phải cung cấp lại; tỉnh thuộc nhóm 10 địa"
            + " phương đứng đầu về xếp hạng chuyển đổi số; kinh tế số chiếm 20% GRDP.";
    assertThat(read(text))
        .containsExactly(
            "EQ 100 PERCENT",
            "GE 50 PERCENT",
            "GE 60 PERCENT",
            "RANK_WITHIN 10 RANK",
            "GE 20 PERCENT");
  }

  @Test
  void aPassiveGoingOnWithTheSameVerbKeepsItsPast() {
    // counter-examples: a passive going on with "và"; a passive with no "được" after it
    assertThat(
            ResultWords.told(
                "95% hồ sơ đã được tiếp nhận và được giải quyết đúng hạn.", Integer.MAX_VALUE))
        .isEqualTo(Told.RESULT);
    assertThat(
            ResultWords.told(
                "100% dịch vụ công trực tuyến đã được tích hợp trên Cổng dịch vụ công quốc gia.",
                Integer.MAX_VALUE))
        .isEqualTo(Told.RESULT);
  }
}
