package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Records "đã được số hóa" named in a goal tell no past ({@link DigitisedRecords}). */
class DigitisedRecordsTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void theShareOfDigitisedRecordsToReuseIsAGoal() {
    // vietnamnet.vn, "Lạng Sơn ban hành kế hoạch chuyển đổi số năm 2025" (corpus unseen25)
    String text =
        "Về mục tiêu cụ thể, Lạng Sơn phấn đấu 100% hồ sơ công việc các cấp được xử lý trực tuyến"
            + " và ứng dụng chữ ký số chuyên dùng trên môi trường mạng (trừ hồ sơ công việc thuộc"
            + " phạm vi mật).\n\n"
            + "Nâng tỷ lệ tái sử dụng hồ sơ thủ tục hành chính đã được số hóa đạt 50%. Phấn đấu tỷ"
            + " trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 7%.";
    assertThat(read(text)).containsExactly("EQ 100 PERCENT", "GE 50 PERCENT", "GE 7 PERCENT");
  }

  @Test
  void recordsDigitisedReportedKeepTheirPast() {
    // counter-example: the records' share is the sentence's figure
    assertThat(ResultWords.told("100% hồ sơ thủ tục hành chính đã được số hóa.", Integer.MAX_VALUE))
        .isEqualTo(Told.RESULT);
  }
}
