package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goals stated as a place in a ranking, missed on the sixth unseen holdout (corpus {@code
 * unseen6/}, the Bình Định page): "xếp 20/63 tỉnh", "xếp vị trí 10 - 15/63 tỉnh" (a range: its
 * worst place), "vị trí 5/14 tỉnh vùng", and a place going on a list a place opened ("…, 3/14 tỉnh
 * vùng"); a place reported as a result stays a result.
 */
class PlaceInRankingTest {
  private static List<String> news(String text) {
    return TargetExtractor.extract(text, true).stream()
        .map(
            t ->
                t.comparator()
                    + " "
                    + t.value().map(Object::toString).orElse("-")
                    + " "
                    + t.unit().map(Enum::name).orElse("-"))
        .toList();
  }

  @Test
  void aRangeOfPlacesAndAPlaceInTheRegion() {
    // baobinhdinh.vn, the plan for PCI, PAPI, SIPAS and PAR INDEX of 2023
    assertThat(
            news(
                "Năm 2023, tỉnh Bình Định nằm trong nhóm địa phương có chất lượng điều hành “Tốt”;"
                    + " phấn đấu điểm số PCI đạt trên 68,5 điểm, xếp vị trí 10 - 15/63 tỉnh, thành"
                    + " phố trên cả nước, 3/14 tỉnh vùng Bắc Trung bộ và Duyên hải miền Trung."))
        .containsExactly("RANK_WITHIN 15 RANK", "RANK_WITHIN 3 RANK");
  }

  @Test
  void aPlaceAfterXepAndAfterViTri() {
    assertThat(
            news(
                "Phấn đấu kết quả Chỉ số PAPI năm 2023 trong nhóm các tỉnh, thành phố Trung bình"
                    + " cao trở lên, xếp 20/63 tỉnh, thành phố cả nước, 5/14 tỉnh vùng Bắc Trung bộ"
                    + " và Duyên hải miền Trung."))
        .containsExactly("RANK_WITHIN 20 RANK", "RANK_WITHIN 5 RANK");
    assertThat(
            news(
                "Phấn đấu kết quả Chỉ số SIPAS năm 2023 đạt từ 85% trở lên; nằm trong nhóm 20/63"
                    + " địa phương dẫn đầu cả nước, vị trí 5/14 tỉnh vùng Bắc Trung bộ và Duyên hải"
                    + " miền Trung."))
        .containsExactly("GE 85 PERCENT", "RANK_WITHIN 20 RANK", "RANK_WITHIN 5 RANK");
  }

  @Test
  void aPlaceReportedIsAResult() {
    // baomoi.com, Hà Giang (unseen4): last year's place, no word of intent
    assertThat(
            news(
                "Trong năm 2024, Hà Giang xếp thứ 17/63 tỉnh, thành phố về chỉ số phục vụ người dân,"
                    + " doanh nghiệp."))
        .isEmpty();
    // a date or a count with a slash is no place
    assertThat(
            news(
                "Phấn đấu đến ngày 19/7/2025 hoàn thành; 3/5 đơn vị đạt chuẩn, tỷ lệ đạt từ 85% trở"
                    + " lên."))
        .containsExactly("GE 85 PERCENT");
  }
}
