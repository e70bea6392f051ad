package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of targets missed on the fresh sets {@code unseen20/} to {@code unseen28/} (issue 16,
 * part T1c: recall), each with the real sentence of the page it was missed on, a second variant of
 * the class and a counter-example that must stay as it is.
 */
class FreshSetRecallClassesTest {
  @Test
  void moneyConvertedInBracketsReportsNothing() {
    // tapchidulich.vn on the tourism strategy to 2030 (unseen28): the goals after "Theo đó, mục
    // tiêu đến năm 2025" were read as results for the "(tương đương 77 – 80 tỷ USD)"
    assertThat(
            TargetsRead.page(
                "Theo đó, mục tiêu đến năm 2025, Việt Nam trở thành điểm đến hấp dẫn. Tổng thu từ"
                    + " khách du lịch đạt 1.700 – 1.800 nghìn tỷ đồng (tương đương 77 – 80 tỷ"
                    + " USD), tăng trưởng bình quân 13 – 14%/năm; đóng góp trực tiếp vào GDP đạt"
                    + " 12 – 14%."))
        .containsExactly("GE 13", "GE 12");
    // moc.gov.vn on Đồng Tháp's new-countryside goals (unseen27): a conversion into đồng
    assertThat(
            Goals.toldAsResult(
                "Thu nhập bình quân đầu người/năm khu vực nông thôn đạt 1,6 lần (tương đương 72,96"
                    + " triệu đồng); tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021 -"
                    + " 2025 < 3%",
                Integer.MAX_VALUE))
        .isFalse();
    // an equivalence reported, in brackets or not, is still a result
    assertThat(
            TargetsRead.page(
                "Theo đó, mục tiêu năm 2025 thu ngân sách đạt 1.200 tỷ đồng. Tổng thu ngân sách"
                    + " đạt 1.230 tỷ đồng (tương đương 102,5% kế hoạch), tăng 8%."))
        .isEmpty();
    assertThat(
            Goals.toldAsResult(
                "Kim ngạch xuất khẩu đạt 2,1 tỷ USD, tương đương 48.000 tỷ đồng, tăng 8%.",
                Integer.MAX_VALUE))
        .isTrue();
  }

  @Test
  void aSignOfComparisonBeforeTheFigure() {
    // moc.gov.vn on Đồng Tháp's new-countryside goals (unseen27): "< 3%" is below 3, not at most
    assertThat(
            TargetsRead.page(
                "Mục tiêu đến năm 2025: tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021 -"
                    + " 2025 < 3%; tỷ lệ người dân tham gia bảo hiểm y tế ≥ 95%; tỷ lệ lao động"
                    + " qua đào tạo > 70%."))
        .containsExactly("LT 3", "GE 95", "GT 70");
    // without a sign the word decides, as before
    assertThat(TargetsRead.page("Mục tiêu đến năm 2025: tỷ lệ hộ nghèo dưới 3%."))
        .containsExactly("LT 3");
  }
}
