package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of goals and results found on the second unseen holdout (corpus {@code unseen2/}), each
 * with the sentence of the real page it came from: results set against their goals in one sentence,
 * a level brought down to, results in the past tense or counted by units, goals named as reached,
 * and a rank goal introduced by "hướng đến".
 */
class ResultsAgainstGoalsTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void onlyTheGoalsOfResultsSetAgainstThem() {
    // kinhtedothi.vn, Hà Nam leads in fully online dossiers (2024)
    assertThat(
            read(
                "Khối bộ, ngành đạt 63,47% (mục tiêu 70%), còn khối tỉnh, thành chỉ đạt 18,54%"
                    + " (mục tiêu 30%)."))
        .containsExactly("GE 70", "GE 30");
    assertThat(read("Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%."))
        .containsExactly("GE 50");
  }

  @Test
  void aLevelBroughtDownToIsAnUpperBound() {
    // baodansinh.vn, Ninh Bình's poverty plan 68/KH-UBND (2021)
    assertThat(
            read(
                "Ngày 17/5/2021 UBND tỉnh ban hành Kế hoạch số 68/KH-UBND về giảm nghèo bền vững năm"
                    + " 2021, theo đó chỉ tiêu cuối năm đạt tỷ lệ hộ nghèo toàn tỉnh giảm còn 1,5%"
                    + " và tỷ lệ hộ cận nghèo giảm còn 2,0%."))
        .containsExactly("LE 1.5", "LE 2.0");
  }

  @Test
  void resultsOfThePastAreNotTargets() {
    // thoibaotaichinhvietnam.vn, Ninh Bình (2025): levels reached
    assertThat(
            read(
                "Đến năm 2025, tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm còn 2,87%, trong đó hộ nghèo"
                    + " chỉ còn 0,96%, hộ cận nghèo còn 1,91%."))
        .isEmpty();
    assertThat(
            read(
                "Tại tỉnh Hà Nam cũ, tỷ lệ hộ nghèo từ 3,69% (năm 2021) giảm xuống 1,36% (giữa năm"
                    + " 2025)."))
        .isEmpty();
    // baodansinh.vn: a goal named as reached does not make the sentence a goal
    assertThat(
            read(
                "Kết quả sơ bộ rà soát theo tiêu chí cũ: Tỷ lệ hộ nghèo đầu năm 2021 là 1,87%, hộ"
                    + " cận nghèo là 3,15 đến nay giảm còn 1,65% hộ cận nghèo còn 2,45%, ước kết quả"
                    + " chính thức cơ bản đạt chỉ tiêu đề ra."))
        .isEmpty();
    // vietnamnet.vn, Phú Thọ (2025): the past tense
    assertThat(
            read("100% dịch vụ công trực tuyến đã được tích hợp lên Cổng Dịch vụ công quốc gia."))
        .isEmpty();
    // thainguyentv.vn (2022): units counted with their results
    assertThat(read("9 sở có chỉ số hài lòng năm 2022 đạt trên 90%.")).isEmpty();
    assertThat(read("Đạt dưới 90% gồm các sở: Tài nguyên và Môi trường; Giáo dục và Đào tạo."))
        .isEmpty();
    // kinhtedothi.vn: places ranked after, positions held
    assertThat(
            read(
                "Đà Nẵng (58,89%), Hà Giang (55,76%) và Nam Định (52,96%) là những địa phương xếp"
                    + " sau."))
        .isEmpty();
    assertThat(
            read(
                "Bộ Tài chính (78,44%) và Bộ Tư pháp (77,66%) lần lượt giữ vị trí thứ hai và thứ"
                    + " ba."))
        .isEmpty();
  }

  @Test
  void settingAGoalIsNotReachingIt() {
    // vietnamnet.vn, Phú Thọ: "đặt mục tiêu" (set) is not "đạt mục tiêu" (reached)
    assertThat(
            read(
                "Tỉnh đặt mục tiêu tăng trưởng kinh tế 10,3% so với năm 2024, cao hơn chỉ tiêu 10%"
                    + " Chính phủ giao."))
        .containsExactly("GE 10.3", "GE 10");
  }

  @Test
  void aRankGoalTowardsAGroup() {
    // news.baothuathienhue.vn headline
    assertThat(read("Hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính"))
        .containsExactly("RANK_WITHIN 10");
  }
}
