package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a word of intent sets, with the sentences of the real pages of the corpus where the readers
 * failed before: a word of intent sets the figures after it, not a result it follows ("hướng đến"
 * and "nhằm đạt được mục tiêu đề ra" used descriptively after a figure); a goal goes on in an
 * imperative sentence after a deadline without its comma; a bare share of what a plan brings down
 * is a ceiling.
 */
class WordOfIntentScopeTest {
  /** Targets of a news page (results by default), as "COMPARATOR value". */
  private static List<String> news(String text) {
    return TargetExtractor.extract(text, true).stream().map(WordOfIntentScopeTest::show).toList();
  }

  /** Targets of a plan, as "COMPARATOR value". */
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream().map(WordOfIntentScopeTest::show).toList();
  }

  private static String show(Target t) {
    return t.comparator() + " " + t.value().map(Object::toString).orElse("-");
  }

  @Test
  void hướngĐếnAfterTheFiguresDoesNotMakeThemGoals() {
    // baomoi.com, Hà Giang's digital transformation (2024), corpus unseen4
    assertThat(
            news(
                "Tỷ lệ hồ sơ trực tuyến đạt 82%; tỷ lệ hồ sơ có giao dịch thanh toán trực tuyến đạt"
                    + " trên 90%; hoàn thành, đưa vào hoạt động hiệu quả hệ thống thông tin báo cáo"
                    + " của tỉnh; phê duyệt, triển khai kiến trúc chính quyền điện tử hướng đến Chính"
                    + " quyền số tỉnh Hà Giang phiên bản 3.0."))
        .isEmpty();
    // the same words before the figure still set it
    assertThat(news("Hà Giang hướng đến tỷ lệ hồ sơ trực tuyến đạt 82%.")).containsExactly("GE 82");
  }

  @Test
  void mụcTiêuĐềRaAfterAFigureIsNotItsGoal() {
    // quanlynhanuoc.vn, Bắc Kạn's digital government, corpus unseen4
    assertThat(
            news(
                "Đối với một tỉnh miền núi với trên 80% dân số là người dân tộc thiểu số, việc xây"
                    + " dựng chính quyền số gặp không ít khó khăn, thách thức, đòi hỏi tỉnh Bắc Kạn"
                    + " cần phải có những giải pháp thiết thực nhằm đạt được mục tiêu đề ra."))
        .isEmpty();
  }

  @Test
  void đềRaOnItsOwnNamesTheTasksSetOutWhereverItStands() {
    // seed 001, Kế hoạch CCHC of Bình Phước's Sở Nông nghiệp (2024)
    assertThat(plan("Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC Nhà nước đã đề ra."))
        .containsExactly("EQ 100");
  }

  @Test
  void anImperativeGoesOnWithADeadlineWrittenWithoutItsComma() {
    // tapchicongthuong.vn, Điện Biên's Đề án on digital transformation, corpus unseen4
    String text =
        "Cụ thể, phấn đấu đến năm 2025 hạ tầng mạng băng rộng cáp quang phủ 100% khu vực dân cư."
            + " Đến năm 2030 hoàn thiện cơ sở hạ tầng kỹ thuật thông tin và truyền thông là hạ tầng"
            + " thiết yếu cho chuyển đổi số và đô thị thông minh. Bảo đảm 100% cuộc họp, hội nghị có"
            + " thể thực hiện trực tuyến mọi lúc, mọi nơi, trên nhiều thiết bị, trên 70% cuộc họp 3"
            + " cấp (tỉnh - huyện - xã) được thực hiện trực tuyến.";
    assertThat(news(text)).containsExactly("EQ 100", "EQ 100", "GT 70");
    // without the deadline before it, a news page's "Bảo đảm 100% …" is not carried as a goal
    assertThat(news("Năm 2023, toàn tỉnh vận hành tốt hệ thống. Bảo đảm 100% cuộc họp trực tuyến."))
        .isEmpty();
  }

  @Test
  void aBareShareOfWhatComesDownIsACeiling() {
    // thanhhoa.gov.vn, Như Xuân's chỉ tiêu for 2020-2025, corpus unseen
    assertThat(
            plan(
                "II. Về văn hóa - xã hội (10 chỉ tiêu) 12. Tốc độ tăng dân số bình quân hằng năm"
                    + " dưới 1%. 13. Tỷ lệ lao động nông nghiệp trong tổng lao động năm 2025: 50%."
                    + " 14. Tỷ lệ lao động qua đào tạo năm 2025: 65%."))
        .containsExactly("LT 1", "LE 50", "GE 65");
    // a subject that says its own direction keeps the amount of the change
    assertThat(plan("Phấn đấu tỷ lệ hộ nghèo giảm 1,5%.")).containsExactly("GE 1.5");
  }

  @Test
  void aGrowthScenarioCarriedOutIsAGoal() {
    // thanhtravietnam on Cao Bằng's Kế hoạch 823/KH-UBND (unseen49)
    assertThat(
            TargetsRead.page(
                "Ủy ban Nhân dân tỉnh Cao Bằng vừa ban hành Kế hoạch số 823/KH-UBND ngày 25/3/2025"
                    + " về thực hiện kịch bản tăng trưởng kinh tế 8% năm 2025 trên địa bàn tỉnh."))
        .containsExactly("GE 8");
    // near case: a scenario cited as a forecast sets nothing
    assertThat(
            TargetsRead.page(
                "Theo kịch bản tăng trưởng cao của Viện, GDP năm 2025 có thể tăng 8% so với năm"
                    + " 2024."))
        .isEmpty();
  }
}
