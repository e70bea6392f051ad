package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goals a sentence sets without a word of intent of its own, from the twelfth and thirteenth unseen
 * holdouts (test resources {@code io/github/cchc/model/corpus/unseen12} and {@code unseen13}), each
 * with the sentences of the real page and a second case of the class: a sentence opening on the
 * next year after a goal ("Năm 2026, …"), on a deadline with "vào" ("Đặc biệt, vào năm 2030, …"), a
 * figure to keep within a bound ("duy trì … dưới 3%"), and a goal named after a word of purpose
 * ("để đạt mục tiêu … là 100%").
 */
class GoalOpeningsTest {
  @Test
  void aSentenceOpeningOnTheNextYearAfterAGoalSetsItsGoals() {
    // baodauthau.vn, the 2025-2026 programme for cutting business conditions
    String baodauthau =
        """
        Trong đó, Chương trình nêu rõ mục tiêu năm 2025 cắt giảm, đơn giản hóa ngay TTHC liên quan\
         đến hoạt động sản xuất, kinh doanh, bảo đảm bãi bỏ ít nhất 30% điều kiện đầu tư kinh doanh\
         không cần thiết.
        Năm 2026, cắt giảm, đơn giản hóa 100% điều kiện đầu tư kinh doanh không cần thiết hoặc mâu\
         thuẫn, chồng chéo; bãi bỏ 100% điều kiện đầu tư kinh doanh của các ngành, nghề không thuộc\
         danh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật Đầu tư. Cắt giảm 50% thời gian\
         giải quyết TTHC, 50% chi phí tuân thủ TTHC so với năm 2024; 100% chế độ báo cáo của doanh\
         nghiệp được thực hiện điện tử.
        """;
    assertThat(TargetsRead.page(baodauthau))
        .containsExactly("GE 30", "EQ 100", "EQ 100", "GE 50", "GE 50", "EQ 100");
    // a year that opens a page's sentence with no goal before it is the year reported
    assertThat(
            TargetsRead.page(
                "Năm 2026, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%. Năm 2026, 100% xã đạt chuẩn."))
        .isEmpty();
  }

  @Test
  void aDeadlineWithVaoOpensASentence() {
    // viettimes.vn, the sapo on Lạng Sơn's digital Đề án to 2030
    String viettimes =
        "Lạng Sơn phấn đấu phát triển kinh tế số chiếm 25% - 30% GRDP của tỉnh. Đặc biệt, vào năm"
            + " 2030, tỷ lệ hộ gia đình có cửa hàng số trên nền tảng thương mại điện tử là hơn 80%.";
    assertThat(TargetsRead.page(viettimes)).containsExactly("GE 25", "GT 80");
    // a second case; a year before the latest the text names is a past period
    assertThat(
            TargetsRead.page(
                "Vào năm 2020, tỷ lệ hồ sơ trực tuyến là 30%. Vào năm 2030, tỷ lệ hồ sơ trực"
                    + " tuyến là 90%."))
        .containsExactly("GE 90");
  }

  @Test
  void aFigureToKeepWithinABoundIsAGoal() {
    // vnubw.org.vn, the State Bank's 2017 tasks
    String stateBank =
        "Tiếp tục triển khai cơ cấu lại TCTD và đẩy mạng xử lý nợ xấu, duy trì tỷ lệ nợ xấu bền"
            + " vững dưới 3% tổng dư nợ, nâng cao quy định an toàn đối với hoạt động của TCTD.";
    assertThat(TargetsRead.page(stateBank)).containsExactly("LT 3");
    assertThat(TargetsRead.page("Duy trì tỷ lệ hộ nghèo không quá 2% trong giai đoạn tới."))
        .containsExactly("LE 2");
    // a level reported as kept is no goal
    assertThat(
            TargetsRead.page(
                "Kết quả cho thấy tỷ lệ hài lòng duy trì ở mức cao, dao động từ 93,02% đến"
                    + " 95,44%. Tỷ lệ nợ xấu được duy trì dưới 3%."))
        .isEmpty();
  }

  @Test
  void aGoalNamedAfterAWordOfPurposeIsAimedAtNotReached() {
    // thitruongtaichinhtiente.vn, public investment disbursement in April 2025
    String disbursement =
        "Do vậy, Bộ Tài chính đã đưa ra giải pháp để đạt mục tiêu giải ngân vốn đầu tư công năm"
            + " 2025 là 100%.";
    assertThat(TargetsRead.page(disbursement)).containsExactly("EQ 100");
    assertThat(TargetsRead.page("Tỉnh triển khai nhiều giải pháp nhằm đạt mục tiêu 95% hồ sơ."))
        .containsExactly("GE 95");
    // a goal reached stays a result
    assertThat(TargetsRead.page("Năm 2024, tỉnh đã đạt mục tiêu giải ngân 100% vốn.")).isEmpty();
  }
}
