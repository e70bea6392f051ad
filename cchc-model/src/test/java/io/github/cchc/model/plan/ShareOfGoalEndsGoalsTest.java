package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A share of a goal reached ("đạt hơn 97% mục tiêu Nghị quyết") is a result: its "mục tiêu" is the
 * result's yardstick, so the sentence opens no paragraph of goals for the term it names, and the
 * paragraph after it is read by its own words ({@link GoalsOrResults}).
 */
class ShareOfGoalEndsGoalsTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  /** kontumtv.vn on Kon Tum's economy in 2016-2018 (corpus unseen54). */
  private static final String KON_TUM =
      "(kontumtv.vn) – Sau hơn 3 năm triển khai thực hiện Nghị quyết Đại hội XV Đảng bộ tỉnh,"
          + " lĩnh vực kinh tế của tỉnh Kon Tum có bước phát triển khá, tổng sản phẩm xã hội trên"
          + " địa bàn tỉnh (GRDP) bình quân giai đoạn 2016 – 2018 đạt 8,78%/năm, đạt hơn 97% mục"
          + " tiêu Nghị quyết.\n\n"
          + "Cơ cấu kinh tế chuyển dịch theo hướng tích cực, giảm dần tỷ trọng các ngành nông, lâm,"
          + " thủy sản. Tỷ trọng các ngành công nghiệp – xây dựng tăng từ hơn 23% năm 2015 lên gần"
          + " 26% năm 2018; thương mại – dịch vụ tăng từ hơn 39% năm 2015 lên gần 40% năm 2018;"
          + " nông, lâm, thủy sản giảm từ hơn 30% năm 2015 xuống còn hơn 26% vào năm 2018.";

  @Test
  void theShareOfTheGoalReachedOpensNoParagraphOfGoals() {
    assertThat(read(KON_TUM)).isEmpty();
  }

  @Test
  void aGoalSetForTheTermStillOpensOne() {
    // the near case: the resolution's goal for the term, no share of it reached
    String text =
        "Nghị quyết Đại hội XV Đảng bộ tỉnh đặt mục tiêu giai đoạn 2016 – 2020 tổng sản phẩm xã"
            + " hội trên địa bàn tỉnh (GRDP) tăng bình quân 9%/năm.\n\n"
            + "Cơ cấu kinh tế chuyển dịch theo hướng tích cực, giảm dần tỷ trọng các ngành nông,"
            + " lâm, thủy sản. Tỷ trọng các ngành công nghiệp – xây dựng tăng từ 23% năm 2015 lên"
            + " 30% năm 2020.";
    assertThat(read(text)).containsExactly("GE 9 PERCENT", "GE 30 PERCENT");
  }
}
