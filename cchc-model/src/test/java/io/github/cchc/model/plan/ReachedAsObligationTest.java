package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "đạt được" after a word of obligation or purpose ("phải đạt được", "cần đạt được", "nhằm đạt
 * được") is what is to be reached, not what was ({@link ResultWords}).
 */
class ReachedAsObligationTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void theChiTieuThatMustBeReachedGoOnIntoTheNextParagraph() {
    // hochiminhcity.gov.vn on HCM City's 2018-2020 administrative reform plan (corpus unseen43)
    String text =
        "(HCM CityWeb)- UBND TPHCM vừa ban hành Kế hoạch thực hiện cải cách hành chính giai đoạn"
            + " 2018-2020. Theo đó, các chỉ tiêu hàng năm phải đạt được là: Thủ tục hành chính đạt"
            + " mức hài lòng trên 80%; tỷ lệ giải quyết hồ sơ đúng hẹn của từng lĩnh vực trên 90%;"
            + " sự hài lòng của cá nhân đối với các dịch vụ do đơn vị sự nghiệp công lập cung cấp"
            + " đạt trên 80%.\n\n"
            + "Trong lĩnh vực giải quyết thủ tục hành chính (TTHC), có 30% TTHC được xử lý mức độ"
            + " 4; 70% hồ sơ đăng ký doanh nghiệp thực hiện qua dịch vụ công trực tuyến mức độ 3,"
            + " mức độ 4.";
    assertThat(read(text))
        .containsExactly(
            "GT 80 PERCENT", "GT 90 PERCENT", "GT 80 PERCENT", "GE 30 PERCENT", "GE 70 PERCENT");
  }

  @Test
  void aGoalThatNeedsReachingIsNoResultButWhatWasReachedIs() {
    // baomoi on online services in 2025 (corpus unseen11): "so với mục tiêu 80% cần đạt được vào
    // cuối năm 2025"; the clause alone tells no result
    assertThat(
            ResultWords.told(
                "so với mục tiêu 80% cần đạt được vào cuối năm 2025", Integer.MAX_VALUE))
        .isEqualTo(Told.NOTHING);
    // counter-examples: "đạt được" reported
    assertThat(
            ResultWords.told(
                "Năm 2024, tỉnh đạt được 98,2% hồ sơ giải quyết đúng hạn.", Integer.MAX_VALUE))
        .isEqualTo(Told.RESULT);
    assertThat(ResultWords.told("Sở đạt được tỷ lệ 95% hồ sơ trực tuyến.", Integer.MAX_VALUE))
        .isEqualTo(Told.RESULT);
  }
}
