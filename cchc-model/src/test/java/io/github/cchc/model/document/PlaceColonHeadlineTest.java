package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page that opens with a headline in the news form "Place: subject" is titled by it, whatever
 * follows it ({@link PlaceColonHeadline}).
 */
class PlaceColonHeadlineTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void overASectionsHeading() {
    // https://chodon.gov.vn/cho-don-nghi-quyet-cua-hdnd-huyen-ve-nhiem-vu-va-giai-phap-phat-trien-kinh-te-xa-hoi-dam-bao-quoc-phong-an-ninh-nam-2012/
    // (corpus set unseen28): a section's heading, then the body, no lead
    assertThat(
            title(
                "Chợ Đồn: Nghị quyết của HĐND huyện về nhiệm vụ và giải pháp phát triển kinh tế –"
                    + " xã hội, đảm bảo quốc phòng – an ninh năm 2012\n\nTrong lĩnh vực kinh"
                    + " tế:\n\nTổng thu ngân sách đạt 53.152 triệu đồng. Tổng chi ngân sách thực"
                    + " hiện được 182.711 triệu đồng;\n"))
        .isEqualTo(
            "Chợ Đồn: Nghị quyết của HĐND huyện về nhiệm vụ và giải pháp phát triển kinh tế – xã"
                + " hội, đảm bảo quốc phòng – an ninh năm 2012");
    // a realistic variant: a subheading in capitals under a place of one word
    assertThat(
            title(
                "Huế: Triển khai nhiệm vụ phát triển kinh tế – xã hội năm 2012\n\nI. CHỈ TIÊU"
                    + " CHỦ YẾU\n\n1. Tổng thu ngân sách đạt 53.152 triệu đồng;\n"))
        .isEqualTo("Huế: Triển khai nhiệm vụ phát triển kinh tế – xã hội năm 2012");
  }

  @Test
  void onlyTheLineThatOpensThePage() {
    assertThat(PlaceColonHeadline.opens("Tuyên Quang: Phấn đấu thực hiện hiệu quả mục tiêu"))
        .isTrue();
    // counter-examples: labels before a colon are in sentence case
    assertThat(PlaceColonHeadline.opens("Kính gửi: Ủy ban nhân dân tỉnh")).isFalse();
    assertThat(PlaceColonHeadline.opens("Mục tiêu cụ thể: Đến năm 2025")).isFalse();
    // and a headline in this form further down a page is not taken by this rule: the banner
    // over it stays the line read by what follows
    assertThat(
            title(
                "Tin tức sự kiện trong tỉnh hôm nay\n\nHuế: Triển khai nhiệm vụ năm 2012\n\n"
                    + "I. CHỈ TIÊU CHỦ YẾU\n"))
        .isNotEqualTo("Huế: Triển khai nhiệm vụ năm 2012");
  }
}
