package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A goal named only as the goal of a result beside it ("(kế hoạch 11% trở lên)", "(chỉ tiêu đại hội
 * 44%)") measures what the result before it measures ({@link MeasureOfResult}).
 */
class MeasureOfResultTest {
  private static List<Target> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets();
  }

  @Test
  void aPlansFigureInBracketsMeasuresTheResultBeforeIt() {
    // thanhnien.vn on Đắk Nông's first nine months of 2023 (unseen54)
    List<Target> t =
        read(
            "Trong 9 tháng đầu năm 2023, tình hình kinh tế, xã hội Đắk Nông tiếp tục được duy trì ổn"
                + " định. Cụ thể, tốc độ tăng trưởng GRDP Đắk Nông đạt 5,71% (kế hoạch năm 2023 là"
                + " 7,5%), đứng thứ 2 trong khu vực Tây nguyên (sau Kon Tum).");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).comparator()).isEqualTo(Comparison.GE);
    assertThat(t.get(0).subject()).contains("tốc độ tăng trưởng GRDP").doesNotContain("kế hoạch");
  }

  @Test
  void eachSectorsGoalMeasuresItsSector() {
    // baonamdinh.vn on xã Hải Trung's congress (unseen57): results against the congress's goals
    List<Target> t =
        read(
            "Triển khai thực hiện Nghị quyết đại hội Đảng bộ xã lần thứ XIV, Đảng bộ, chính quyền và"
                + " nhân dân  xã Hải Trung đã nỗ lực phấn đấu, thực hiện thắng lợi 9 chỉ tiêu chủ"
                + " yếu trên các lĩnh vực như: Tổng sản phẩm bình quân đầu người đến năm 2020 ước"
                + " đạt 65,6 triệu đồng; tỷ trọng cơ cấu kinh tế các ngành (theo giá hiện hành):"
                + " Nông nghiệp - thuỷ sản: 20% (chỉ tiêu đại hội 27,5%); Công nghiệp - xây dựng:"
                + " 48% (chỉ tiêu đại hội 44%); Dịch vụ: 32% (chỉ tiêu đại hội 28,5%).");
    assertThat(t).extracting(Target::subject).hasSize(3);
    assertThat(t.get(0).subject()).endsWith("Nông nghiệp - thuỷ sản");
    assertThat(t.get(0).comparator()).isEqualTo(Comparison.LE);
    assertThat(t.get(1).subject()).isEqualTo("Công nghiệp - xây dựng");
    assertThat(t.get(2).subject()).isEqualTo("Dịch vụ");
  }

  @Test
  void theSamePeriodOfTheYearBeforeIsNoMeasure() {
    // baomoi.vn on Hà Nội's first quarter of 2025 (unseen53): "cùng kỳ tăng 5,44%" is a base
    List<Target> t =
        read(
            "Quý 1-2025, Hà Nội thu ngân sách trên địa bàn đạt 250.120 tỷ đồng (đạt 49,5% dự toán,"
                + " tăng 69,3% so với cùng kỳ). GRDP tăng 7,35% (cùng kỳ tăng 5,44%; cao hơn kịch"
                + " bản đề ra đầu năm là 7,21%).");
    assertThat(t).filteredOn(x -> x.value().orElseThrow().toString().equals("7.21")).hasSize(1);
    assertThat(t)
        .filteredOn(x -> x.value().orElseThrow().toString().equals("7.21"))
        .extracting(Target::subject)
        .containsExactly("GRDP tăng");
  }

  @Test
  void aGoalNamedWithWhatItIsOfKeepsItsSubject() {
    assertThat(MeasureOfResult.goalOnly("kế hoạch năm 2023 là")).isTrue();
    assertThat(MeasureOfResult.goalOnly("cao hơn kịch bản đề ra đầu năm là")).isTrue();
    assertThat(MeasureOfResult.goalOnly("chỉ tiêu đại hội")).isTrue();
    // baothanhhoa.vn on xã Mường Lát's 28 goals for 2026: the quota is what is measured
    assertThat(MeasureOfResult.goalOnly("chỉ tiêu tuyển quân")).isFalse();
    assertThat(MeasureOfResult.goalOnly("mục tiêu tăng trưởng kinh tế")).isFalse();
  }
}
