package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A paragraph opening on the next field of goals given field by field ("Còn với cấp THCS, …") goes
 * on with the goals before it ({@link FieldOfGoalsNext}).
 */
class FieldOfGoalsNextTest {
  @Test
  void theNextFieldAfterGoalsGoesOnWithThem() {
    // giaoducthoidai on Kon Tum's enrolment goals for 2021-2022 (unseen38)
    assertThat(
            TargetsRead.page(
                """
                Đối với cấp Tiểu học, đặt mục tiêu trẻ 6 tuổi vào học lớp 1 đạt 100%.

                Còn với cấp THCS, học sinh hoàn thành chương trình tiểu học vào học lớp 6 đạt\
                 99,5%. Riêng đối với cấp THPT, đặt mục tiêu học sinh tốt nghiệp THCS vào học lớp\
                 10 hệ GDPT đạt 70%.
                """))
        .containsExactly("GE 100", "GE 99.5", "GE 70");
  }

  @Test
  void theNextFieldAfterResultsOrToldAsDoneStaysAResult() {
    // near cases: the paragraph before reports results; and the field's figure told in the past
    assertThat(
            TargetsRead.page(
                """
                Năm học 2020-2021, trẻ 6 tuổi vào học lớp 1 đạt 100%.

                Còn với cấp THCS, học sinh hoàn thành chương trình tiểu học vào học lớp 6 đạt\
                 99,5%.
                """))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                """
                Đối với cấp Tiểu học, đặt mục tiêu trẻ 6 tuổi vào học lớp 1 đạt 100%.

                Còn với cấp THCS, năm học trước đã có 98,2% học sinh vào học lớp 6.
                """))
        .containsExactly("GE 100");
    assertThat(FieldOfGoalsNext.opens("con voi cap thcs, hoc sinh")).isTrue();
    assertThat(FieldOfGoalsNext.opens("con voi nhung kho khan, tinh")).isFalse();
  }
}
