package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets told from results, rank targets and lists of values, with sentences of real plans,
 * reports and news pages (issue 16; corpus in test resources {@code io/github/cchc/model/corpus}).
 */
class GoalsAndResultsTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void resultsAreNotTargets() {
    assertThat(read("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,98%, tăng 1,72% so với năm 2023."))
        .isEmpty();
    assertThat(read("Các tỉnh còn lại đều đạt tỷ lệ dưới 50%.")).isEmpty();
    assertThat(
            read(
                "Năm 2021, chỉ số PAR INDEX của tỉnh đạt 87,61 điểm; chỉ số SIPAS đạt 86,72%, xếp"
                    + " thứ 38/63 tỉnh, thành phố trong cả nước."))
        .isEmpty();
    assertThat(read("Không có bộ, ngành nào có kết quả chỉ số cải cách hành chính dưới 70%."))
        .isEmpty();
    assertThat(read("Bộ Tư pháp dẫn đầu bảng Chỉ số năm 2023, đạt 89,95%.")).isEmpty();
    // a share of the goal reached is a result
    assertThat(read("13/17 dịch vụ dữ liệu được đưa vào sử dụng, đạt 76,5% mục tiêu.")).isEmpty();
  }

  @Test
  void goalsStayTargets() {
    assertThat(read("Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,98%."))
        .containsExactly("GE 39.98");
    assertThat(read("Tỷ lệ không thấp hơn 95%.")).containsExactly("GE 95");
    assertThat(read("Chỉ số SIPAS tăng so với năm 2023.")).containsExactly("IMPROVE -");
    // intent words win over result words in the same sentence
    assertThat(read("Mục tiêu: giá trị trung bình Chỉ số CCHC đạt trên 90%."))
        .containsExactly("GT 90");
  }

  @Test
  void aResultsSectionHoldsResultsUntilAGoalsHeading() {
    String plan =
        "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024\n"
            + "1. Về hạ tầng số: 100% xã, phường, thị trấn được phủ băng rộng cáp quang.\n"
            + "II. MỤC TIÊU NĂM 2025\n"
            + "100% hồ sơ công việc được xử lý trên môi trường mạng.\n";
    assertThat(read(plan)).containsExactly("EQ 100");
    assertThat(TargetExtractor.extract(plan).get(0).subject())
        .isEqualTo("hồ sơ công việc được xử lý trên môi trường mạng");
  }

  @Test
  void aReportDefaultsToResultsAPlanToGoals() {
    String s = "100% hồ sơ được giải quyết đúng hạn.";
    assertThat(TargetExtractor.extract(s, true)).isEmpty();
    assertThat(TargetExtractor.extract(s, false)).hasSize(1);
    assertThat(TargetExtractor.extract("Phấn đấu " + s, true)).hasSize(1);
  }

  @Test
  void rankTargetsInEveryWording() {
    assertThat(read("Phấn đấu Chỉ số PAR INDEX thuộc nhóm 20 tỉnh, thành phố đứng đầu cả nước."))
        .containsExactly("RANK_WITHIN 20");
    assertThat(read("Chỉ số chuyển đổi số trong nhóm 5 địa phương dẫn đầu."))
        .containsExactly("RANK_WITHIN 5");
    assertThat(read("Đưa Việt Nam vào nhóm 4 nước dẫn đầu ASEAN về chính phủ số."))
        .containsExactly("RANK_WITHIN 4");
    assertThat(read("Năm 2026, TP. Hải Phòng phấn đấu trong Top 3 địa phương dẫn đầu cả nước."))
        .containsExactly("RANK_WITHIN 3");
    assertThat(read("Phấn đấu chỉ số chuyển đổi số của tỉnh trong nhóm 30/63 tỉnh, thành phố."))
        .containsExactly("RANK_WITHIN 30");
    assertThat(TargetExtractor.extract("Đưa Việt Nam vào nhóm 4 nước dẫn đầu.").get(0).subject())
        .isEqualTo("Đưa Việt Nam");
    // a rank reported is a result
    assertThat(read("Chỉ số PAPI đạt 40,62/80 điểm, xếp vào nhóm 4 (nhóm đạt điểm thấp nhất)."))
        .isEmpty();
  }

  @Test
  void aListOfMoreThanThreeValuesKeepsEveryValueAndItsSubject() {
    List<Target> t =
        TargetExtractor.extract(
            "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình của các cấp tỉnh, huyện, xã, thôn tương"
                + " ứng 40%, 30%, 20%, 15%.");
    assertThat(t)
        .extracting(x -> x.value().orElseThrow().intValue())
        .containsExactly(40, 30, 20, 15);
    assertThat(t)
        .extracting(Target::subject)
        .containsOnly("tỷ lệ hồ sơ trực tuyến toàn trình của các cấp tỉnh, huyện, xã, thôn");
  }

  @Test
  void noSubjectIsAFragment() {
    List<Target> t =
        TargetExtractor.extract(
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp tỉnh đạt 100%, cấp"
                + " huyện đạt 90% và cấp xã đạt trên 70%.");
    assertThat(t)
        .extracting(Target::subject)
        .containsExactly(
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp tỉnh",
            "cấp huyện",
            "cấp xã");
  }

  @Test
  void aRangeIsOneTargetAtItsLowEnd() {
    // Thông báo 408/TB-VPCP (cafef.vn); Quyết định 752/QĐ-UBND of Khánh Hòa (mic.gov.vn)
    assertThat(
            read(
                "Mục tiêu là góp phần thực hiện mục tiêu tăng trưởng GDP năm 2025 đạt từ 8,3 -"
                    + " 8,5%."))
        .containsExactly("GE 8.3");
    assertThat(
            read(
                "Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp tỉnh đạt tối thiểu 45% - 50%;"
                    + " chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện đạt tối thiểu 35%"
                    + " - 40%."))
        .containsExactly("GE 45", "GE 35");
  }

  @Test
  void aShareACountMakesUpIsAResult() {
    // baolamdong.vn: "chiếm tỷ lệ" gives the share of a count, what happened
    assertThat(
            read(
                "Theo đó, trong 7 tháng vừa qua, tổng cộng có 6.882 hồ sơ bị trễ hạn, chiếm tỷ lệ"
                    + " 1,83%."))
        .isEmpty();
  }

  @Test
  void aNumberedListOfTargetsRunIntoOneLine() {
    // the chỉ tiêu of Đảng bộ huyện Như Xuân 2020-2025 (baothanhhoa.vn): growth rates are targets
    assertThat(
            read(
                "I. Về kinh tế (11 chỉ tiêu) 1. Tốc độ tăng giá trị sản xuất bình quân hàng năm"
                    + " đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng"
                    + " 18,4%; dịch vụ tăng 18,2%. 2. Thu nhập bình quân đầu người/năm đến năm"
                    + " 2025: 60 triệu đồng."))
        .containsExactly("GE 16", "GE 6", "GE 18.4", "GE 18.2");
    // the same sentence on its own, without the list's heading, reports growth
    assertThat(read("Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%.")).isEmpty();
  }
}
