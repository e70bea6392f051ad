package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Results a news page gives beside words that look like goals, from the thirteenth unseen holdout
 * (test resources {@code io/github/cchc/model/corpus/unseen13}), each with the real sentence and a
 * second case of the class: "mục tiêu" in the name of a national target programme, a result told to
 * exceed the goal of a resolution in parentheses (only the goal is read), and figures given as this
 * year's estimates after a word of intent.
 */
class ResultsBesideGoalWordsTest {
  @Test
  void theNameOfANationalTargetProgrammeIsNoWordOfIntent() {
    // baophapluat.vn, "74% xã trên cả nước đạt chuẩn nông thôn mới"
    String baoPhapLuat =
        "(PLVN) -Thực hiện Chương trình Mục tiêu Quốc gia (MTQG) xây dựng nông thôn mới (NTM) giai"
            + " đoạn 2021 - 2025, đến nay cả nước đã có gần 74% xã đạt chuẩn NTM. Mục tiêu phấn"
            + " đấu đến năm 2025 là 80% số xã đạt chuẩn NTM.";
    assertThat(TargetsRead.page(baoPhapLuat)).containsExactly("GE 80");
    assertThat(
            TargetsRead.page(
                "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 -"
                    + " 2025, tỷ lệ hộ nghèo của huyện đến nay đã giảm còn 1,3%."))
        .isEmpty();
  }

  @Test
  void aResultToldToExceedTheGoalOfAResolutionKeepsOnlyTheGoal() {
    // baobariavungtau.com.vn, the results of Nghị quyết 05-NQ/TU after three years
    assertThat(
            TargetsRead.page(
                "Tỷ lệ nguời cao tuổi từ 70 tuổi trở lên được bảo trợ bởi ít nhất một chính sách"
                    + " an sinh xã hội đạt 100% (vượt so với Nghị quyết đề ra là 40%)."))
        .containsExactly("GE 40");
    assertThat(
            TargetsRead.page(
                "Tỷ lệ tham gia bảo hiểm y tế đạt 94,1% (vượt so với Nghị quyết Đại hội đề ra là"
                    + " 90%)."))
        .containsExactly("GE 90");
  }

  @Test
  void figuresGivenAsThisYearsEstimatesAreNoGoals() {
    // vnexpress.net, "Quốc hội giao mục tiêu tăng trưởng GDP năm 2026 từ 10% trở lên"
    assertThat(
            TargetsRead.page(
                "Các chỉ tiêu Quốc hội đưa ra tăng so với con số ước đạt năm nay, với tăng trưởng"
                    + " kinh tế trên 8% và GDP bình quân đầu người khoảng 5.000 USD."))
        .isEmpty();
    // a goal after the estimate is read
    assertThat(
            TargetsRead.page(
                "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình ước đạt 58%, phấn đấu năm 2026 đạt"
                    + " trên 80%."))
        .containsExactly("GT 80");
  }

  @Test
  void aTermsAccountOfGoalsReachedAndEffortMadeIsAResult() {
    // baophutho.vn, the congress of xã Toàn Thắng (unseen16): "với nỗ lực của …" is the effort
    // made, "đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: …" the goals reached
    String toanThang =
        "Nhiệm kỳ vừa qua, với nỗ lực của cả hệ thống chính trị, Đảng bộ xã đã lãnh đạo thực hiện"
            + " toàn diện các nhiệm vụ về kinh tế, văn hóa, xã hội, an ninh quốc phòng, xây dựng"
            + " Đảng và hệ thống chính trị, đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: Tỷ"
            + " trọng lao động nông nghiệp trong tổng lao động xã hội chiếm 65%; Tỷ lệ lao động qua"
            + " đào tạo đạt 70,88%; hộ nghèo giảm còn 6,25%, hộ cận nghèo còn 9,58%; 94,64% dân số"
            + " tham gia bảo hiểm y tế; 100% trường học đạt chuẩn quốc gia.";
    assertThat(TargetsRead.page(toanThang)).isEmpty();
    assertThat(TargetsRead.article(toanThang)).isEmpty();
    // "nỗ lực" as a word of intent still sets a goal
    assertThat(TargetsRead.page("Tỉnh nỗ lực đạt tỷ lệ hồ sơ trực tuyến toàn trình trên 80%."))
        .containsExactly("GT 80");
  }

  @Test
  void aResultMeasuredAgainstThePlanSetOutIsNoGoal() {
    // vietnam.vnanet.vn on the Ministry of Industry and Trade's 2021-2025 results (unseen17)
    assertThat(
            TargetsRead.page(
                "Trong đó, xuất khẩu tăng trưởng bình quân khoảng 10,8%/năm, gấp hơn 2 lần kế"
                    + " hoạch đề ra."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hồ sơ trực tuyến đạt 62%, bằng 1,2 lần kế hoạch đề ra cho năm 2025."))
        .isEmpty();
  }
}
