package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words of intent that name the effort or the work done, not a goal ({@link Goals}): "quyết tâm"
 * right after "nỗ lực", with or without a comma ("với nỗ lực quyết tâm cao"), and "đề xuất" after
 * "tham mưu" ("tham mưu, đề xuất Chính phủ ban hành 11 nghị định").
 */
class WorkDoneNotIntentTest {
  @Test
  void determinationAfterEffortIsANoun() {
    // baomoi on Bến Tre's first quarter of 2024 (unseen55)
    assertThat(
            TargetsRead.page(
                "Theo Sở Kế hoạch và Đầu tư tỉnh Bến Tre, chịu ảnh hưởng khó khăn chung của kinh tế"
                    + " trong và ngoài nước, nhưng với nỗ lực quyết tâm cao, trong những tháng đầu"
                    + " năm 2024, tình hình kinh tế - xã hội của tỉnh Bến Tre quý I/2024 tăng"
                    + " trưởng 4,55%. Trong đó, sản xuất nông - lâm - ngư nghiệp tương đối thuận lợi,"
                    + " đạt mức tăng trưởng 2,55%."))
        .isEmpty();
    // determination as the verb of its subject still sets a goal
    assertThat(
            TargetsRead.page(
                "Bến Tre quyết tâm tập trung các giải pháp để đạt mục tiêu tăng trưởng kinh tế 6,5 -"
                    + " 7% năm 2024."))
        .containsExactly("GE 6.5");
  }

  @Test
  void advisingIsWorkDone() {
    // danviet on the Bộ Công an's working group for Đề án 06 (unseen56)
    assertThat(
            TargetsRead.page(
                "Trong đó, tham mưu, đề xuất Chính phủ ban hành 11 nghị định và trình Quốc hội tại Kỳ"
                    + " họp thứ 9 lần này xem xét 19 dự án luật, 3 nghị quyết; tích cực đôn đốc các"
                    + " bộ, ngành, địa phương đẩy nhanh tiến độ số hóa dữ liệu, cắt giảm 20,56% TTHC"
                    + " vượt mục tiêu đề ra tại Nghị quyết 68."))
        .isEmpty();
    // a ministry's proposal of a figure is still one
    assertThat(TargetsRead.page("Bộ Nội vụ đề xuất đến năm 2026, công chức giảm 15%."))
        .containsExactly("GE 15");
  }
}
