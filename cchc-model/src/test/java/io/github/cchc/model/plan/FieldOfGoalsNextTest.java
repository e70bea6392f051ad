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

  @Test
  void aFieldNamedAfterVeGoesOnWithTheGoalsBefore() {
    // thanhnien on Bình Phước's digital transformation in 2023 (unseen51)
    assertThat(
            TargetsRead.page(
                """
                Theo báo cáo của Sở TT-TT Bình Phước, mục tiêu cụ thể năm 2023 về hạ tầng số, Bình                 Phước phấn đấu 70% dân số trưởng thành có điện thoại thông minh; 100% dân số được                 phủ sóng bởi mạng di động.

                Về chính quyền số, 100% thủ tục hành chính đủ điều kiện theo quy định được cung                 cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ thủ tục hành                 chính xử lý hoàn toàn trực tuyến (toàn trình) đạt 60%.
                """))
        .containsExactly("GE 70", "EQ 100", "EQ 100", "GE 60");
    // near cases: after results, and the results of the field named after "Về"
    assertThat(
            TargetsRead.page(
                """
                Năm 2023, 70% dân số trưởng thành có điện thoại thông minh.

                Về chính quyền số, tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến đạt 60%.
                """))
        .isEmpty();
    assertThat(FieldOfGoalsNext.opens("ve chinh quyen so, 100% thu tuc")).isTrue();
    assertThat(FieldOfGoalsNext.opens("ve ket qua thuc hien, ty le")).isFalse();
    assertThat(FieldOfGoalsNext.opens("ve nhom muc tieu phat trien kinh te, mot so")).isFalse();
  }

  @Test
  void aFieldNamedAsSuchBeforeAColonGoesOnWithTheGoals() {
    // baotravinh on Trà Vinh's QĐ 1889/QĐ-UBND (unseen51): the goals given field by field, a
    // caption without its credit between them (SpeakerCaption)
    assertThat(
            TargetsRead.page(
                """
                Cụ thể: lĩnh vực kinh tế: (1) Phấn đấu tăng trưởng GRDP năm 2024 đạt 8,5% so với                 thực hiện năm 2023; (7) Thu nội địa 6.220 tỷ đồng; thu từ hoạt động xuất nhập khẩu                 1.289 tỷ đồng.
                Đồng chí Châu Văn Hòa, Giám đốc Sở Kế hoạch và Đầu tư phát biểu về giải ngân vốn đầu                 tư công năm 2024.
                Lĩnh vực xã hội: (1) Duy trì 100% số xã đạt chuẩn nông thôn mới; có thêm 05 xã nông                 thôn mới nâng cao.
                """))
        .containsExactly("GE 8.5", "GE 100");
    assertThat(FieldOfGoalsNext.opens("linh vuc xa hoi: (1) duy tri 100% so xa")).isTrue();
    // near cases: no field named before the colon; a figure in it
    assertThat(FieldOfGoalsNext.opens("linh vuc: 100% so xa")).isFalse();
    assertThat(FieldOfGoalsNext.opens("linh vuc nong nghiep tang 3%: on dinh")).isFalse();
    // after results, the next field's figures stay results
    assertThat(
            TargetsRead.page(
                """
                Năm 2023, lĩnh vực kinh tế: tăng trưởng GRDP đạt 6,5%.
                Lĩnh vực xã hội: 100% số xã đạt chuẩn nông thôn mới.
                """))
        .isEmpty();
  }

  @Test
  void aFieldSingledOutByRiengGoesOnWithTheGoalsInTheParagraph() {
    // baoquangngai on Quảng Ngãi's QĐ 906 of 2022 (unseen19): "Riêng phát triển xã hội số, …"
    // right after the goals, in the same paragraph
    assertThat(
            TargetsRead.page(
                "Mục tiêu phấn đấu đến năm 2025, tỷ trọng kinh tế số đạt 20% GDP; tỷ lệ doanh"
                    + " nghiệp sử dụng hợp đồng điện tử đạt trên 80%...  Riêng phát triển xã hội"
                    + " số, tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%."))
        .containsExactly("GE 20", "GT 80", "GE 80");
    assertThat(FieldOfGoalsNext.opens("rieng phat trien xa hoi so, ty le")).isTrue();
    assertThat(FieldOfGoalsNext.opens("rieng nam 2024, ty le")).isFalse();
  }

  @Test
  void aFieldSingledOutAfterResultsStaysAResult() {
    // near case: the sentence before reports a result
    assertThat(
            TargetsRead.page(
                "Năm 2024, tỷ trọng kinh tế số đạt 14% GRDP. Riêng phát triển xã hội số, tỷ lệ dân"
                    + " số trưởng thành có điện thoại thông minh đạt 80%."))
        .isEmpty();
  }
}
