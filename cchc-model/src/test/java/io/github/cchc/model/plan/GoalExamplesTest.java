package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence giving examples of the goals before it, "Điển hình, …", goes on with them ({@link
 * Goals}).
 */
class GoalExamplesTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void theExamplesOfAProgrammesGoalsAreGoals() {
    // plo.vn, "TP.HCM phấn đấu đến năm 2030 thành đô thị thông minh" (corpus unseen43), the
    // caption between the paragraphs as on the page
    String text =
        "TP.HCM phấn đấu đến năm 2030 thành đô thị thông minh\n"
            + "(PL)- UBND TP.HCM đã phê duyệt chương trình chuyển đổi số để phấn đấu đến năm 2030"
            + " TP sẽ trở thành đô thị thông minh.\n\n"
            + "Với chương trình chuyển đổi này, TP sẽ có bộ máy chính quyền số, các doanh nghiệp số; sự"
            + " thịnh vượng, văn minh của một xã hội số.\n\n"
            + "TP.HCM phấn đấu đến năm 2030 thành đô thị thông minh - ảnh 1\n"
            + "Người dân làm thủ tục hành chính tại Sở Tư pháp TP.HCM. Ảnh: HOÀNG GIANG\n\n"
            + "Điển hình, đến năm 2025, 100% dịch vụ công trực tuyến mức độ 3, 4 phổ biến, liên quan"
            + " tới nhiều người dân, doanh nghiệp được tích hợp lên cổng dịch vụ công quốc gia; 100%"
            + " giao dịch trên cổng dịch vụ công quốc gia, cổng dịch vụ công và hệ thống thông tin"
            + " một cửa điện tử TP được xác thực điện tử…\n\n"
            + "Đến năm 2030, 100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương"
            + " tiện truy cập khác nhau.";
    assertThat(read(text)).containsExactly("EQ 100 PERCENT", "EQ 100 PERCENT", "EQ 100 PERCENT");
  }

  @Test
  void theExamplesOfResultsStayResults() {
    // counter-example, a variant of vietnamnet.vn's Lạng Sơn 2021-2025 results (corpus unseen25)
    String text =
        "Theo ông Hoàng Văn Nghiệm, trong giai đoạn 2021 - 2025, Lạng Sơn đã đạt nhiều kết quả"
            + " quan trọng. Điển hình, tốc độ tăng trưởng (GRDP) trên địa bàn ước đạt 7,1%; tỷ lệ"
            + " hộ nghèo giảm bình quân 2,95%/năm.";
    assertThat(read(text)).isEmpty();
  }
}
