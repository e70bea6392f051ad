package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Figures of results read as goals on pages of results (issue 16, target precision): each class
 * with its real sentence (the page named) and a second case of the class, and the goal of the same
 * wording that must still be read.
 */
class ResultsOnFreshPagesTest {
  @Test
  void aRatePerThousandTypedAsPercentZeroIsNoPercentage() {
    // shrc.agu.edu.vn, An Giang's 2016 plan (unseen16): "6%0" and "11,6%0" are per mille
    String anGiang =
        "-Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân khoảng 11,6%.\n\n"
            + "-Tỷ suất tử vong trẻ em dưới 1 tuổi khoảng 6%0.\n\n"
            + "-Tỷ suất tử vong trẻ em dưới 5 tuổi khoảng 11,6%0.\n";
    assertThat(TargetsRead.article("Các chỉ tiêu chủ yếu năm 2016:\n\n" + anGiang))
        .containsExactly("LE 11.6");
    // baodanang.vn, phường Thạc Gián's congress (unseen18)
    assertThat(
            TargetsRead.page(
                "Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thu ngân"
                    + " sách tăng bình quân hằng năm 5-10%; giảm tỷ suất sinh thô 0,30%0/năm; hộ"
                    + " gia đình đạt tiêu chuẩn văn hóa 85% trở lên."))
        .containsExactly("GE 5", "GE 85");
  }

  @Test
  void trởLênAfterAGradeBoundsTheGradeNotTheFigure() {
    // baophutho.vn, the congress of xã Toàn Thắng (unseen16): the past term's results
    assertThat(
            TargetsRead.page(
                "Tỷ lệ tổ chức Đảng trực thuộc hoàn thành tốt nhiệm vụ trở lên bình quân đạt 97%;"
                    + " Tỷ lệ đảng viên đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên bình quân"
                    + " 93%..."))
        .isEmpty();
    // a grade of pupils, told as a result
    assertThat(
            TargetsRead.page(
                "Tỷ lệ học sinh xếp loại học lực khá trở lên của huyện đạt 68,5%, hạnh kiểm tốt"
                    + " đạt 96%."))
        .isEmpty();
    // a threshold on the figure is still one, and a goal on a grade is still a goal
    assertThat(TargetsRead.page("Tỷ lệ tham gia bảo hiểm y tế đạt 95% trở lên.")).isNotEmpty();
    assertThat(
            TargetsRead.page(
                "Phấn đấu hằng năm có 90% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên."))
        .containsExactly("GE 90");
  }
}
