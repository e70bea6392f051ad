package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goals a report names as not yet reached, with their figures, are the goals its results are set
 * against; goals named as met, named without a figure or told as a result give nothing ({@link
 * GoalsNamedUnmet}).
 */
class GoalsNamedUnmetTest {
  @Test
  void goalsNamedAsUnmetGiveTheirFigures() {
    // baothainguyen on Phú Bình's advanced new countryside (unseen15): unmet, then the list
    assertThat(
            TargetsRead.page(
                "Thực hiện các tiêu chí huyện NTM nâng cao, đến nay, Phú Bình đã đạt 34/38 chỉ tiêu,"
                    + " còn 4 chỉ tiêu chưa đạt gồm: Chỉ tiêu 100% số trường THPT đạt chuẩn quốc"
                    + " gia mức độ 1, trong đó có ít nhất 1 trường đạt chuẩn quốc gia mức độ 2; Chỉ"
                    + " tiêu tỷ lệ người dân tham gia bảo hiểm y tế ≥ 95%; Chỉ tiêu tỷ lệ hộ được sử"
                    + " dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung và Chỉ tiêu cấp"
                    + " nước sinh hoạt đạt chuẩn bình quân đầu người/ngày đêm."))
        .containsExactly("EQ 100", "GE 95");
    // baodongnai on the waste goals of 2020 (unseen23): the list, then unmet
    assertThat(
            TargetsRead.page(
                "Tính đến hết tháng 7-2020, các huyện, thành phố trong tỉnh mới thực hiện được 3/5"
                    + " chỉ tiêu nghị quyết của Tỉnh ủy về xử lý chất thải. 2 chỉ tiêu còn lại là"
                    + " thu gom, xử lý 100% chất thải rắn sinh hoạt và giảm tỷ lệ chôn lấp chất thải"
                    + " rắn sinh hoạt xuống dưới 15% chưa đạt."))
        .containsExactly("EQ 100", "LT 15");
  }

  @Test
  void goalsNamedAsMetWithoutAFigureOrAsAResultGiveNothing() {
    // thuvienphapluat on Hậu Giang's KH 1983/2020 (unseen38): named without a figure
    assertThat(
            GoalsNamedUnmet.spans(
                "co 16/18 chi tieu dat va vuot ke hoach, con 02 chi tieu chua dat la toc do tang"
                    + " truong kinh te va grdp binh quan dau nguoi.",
                "có 16/18 chỉ tiêu đạt và vượt kế hoạch, còn 02 chỉ tiêu chưa đạt là tốc độ tăng"
                    + " trưởng kinh tế và GRDP bình quân đầu người."))
        .isEmpty();
    // the goals met, their figures results
    assertThat(
            TargetsRead.page(
                "Năm 2024, tỉnh có 12 chỉ tiêu đạt và vượt gồm: tỷ lệ hộ nghèo giảm còn 1,5%; tỷ lệ"
                    + " che phủ rừng đạt 45%."))
        .isEmpty();
    // the unmet goal told by its result
    assertThat(
            TargetsRead.page(
                "Năm 2024, còn 2 chỉ tiêu chưa đạt là: tốc độ tăng trưởng kinh tế chỉ đạt 5,5%; thu"
                    + " ngân sách đã đạt 92%."))
        .isEmpty();
    // a list not said to be unmet
    assertThat(
            TargetsRead.page(
                "Năm 2024, 2 chỉ tiêu còn lại là tỷ lệ che phủ rừng 45% và tỷ lệ đô thị hóa 30%."))
        .isEmpty();
  }
}
