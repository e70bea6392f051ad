package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The farm sector's level in a structure is a ceiling ({@link HeldDown#agricultureShare}), and
 * values given "tương ứng" to the subjects of the sentence before keep their directions ({@link
 * RespectiveValues}).
 */
class RespectiveValuesTest {
  /** The targets of a plan's text (goals by default). */
  private static java.util.List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void valuesGivenRespectivelyKeepTheFarmShareACeiling() {
    // Bình Thuận's master plan to 2020 on timhieuvietnam (unseen46)
    assertThat(
            plan(
                "- Cơ cấu kinh tế (tính theo GDP) năm 2010: công nghiệp - xây dựng đạt 36,29%; nông"
                    + " - lâm - ngư nghiệp đạt 20,97%; dịch vụ đạt 42,74%. Năm 2015 đạt tương ứng:"
                    + " 45,6%; 12,8% và 41,6%. Năm 2020 đạt tương ứng: 47,72%; 7,83% và 44,45%;"))
        .containsExactly(
            "GE 36.29",
            "LE 20.97",
            "GE 42.74",
            "GE 45.6",
            "LE 12.8",
            "GE 41.6",
            "GE 47.72",
            "LE 7.83",
            "GE 44.45");
  }

  @Test
  void valuesNotGivenRespectivelyOrNotAsManyKeepTheirOwn() {
    // near cases: the next sentence names no "tương ứng", or gives fewer values than subjects
    assertThat(
            plan(
                "- Cơ cấu kinh tế năm 2010: công nghiệp - xây dựng đạt 36,29%; nông - lâm - ngư"
                    + " nghiệp đạt 20,97%; dịch vụ đạt 42,74%. Năm 2015 tỷ lệ đô thị hóa đạt 45,6%;"
                    + " tỷ lệ che phủ rừng 12,8% và tỷ lệ lao động qua đào tạo 41,6%."))
        .containsExactly("GE 36.29", "LE 20.97", "GE 42.74", "GE 45.6", "GE 12.8", "GE 41.6");
    assertThat(
            plan(
                "- Cơ cấu kinh tế năm 2010: công nghiệp - xây dựng đạt 36,29%; nông - lâm - ngư"
                    + " nghiệp đạt 20,97%; dịch vụ đạt 42,74%. Năm 2015 đạt tương ứng: 45,6% và"
                    + " 12,8%."))
        .containsExactly("GE 36.29", "LE 20.97", "GE 42.74", "GE 45.6", "GE 12.8");
    // the growth of the farm sector's output, "đạt" too, is no share of the structure
    assertThat(
            plan(
                "Phấn đấu cơ cấu kinh tế chuyển dịch đúng hướng; tốc độ tăng giá trị sản xuất nông"
                    + " nghiệp đạt 3%."))
        .containsExactly("GE 3");
  }
}
