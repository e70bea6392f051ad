package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lists of chỉ tiêu whose lines have no word of intent of their own but are introduced by a title
 * that names them (a Party congress's, a commune's "Các chỉ tiêu chủ yếu"), from the fourteenth
 * unseen holdout (test resources {@code io/github/cchc/model/corpus/unseen14}): the title on a line
 * of its own, or run into the first item without a stop; each with the lines of the real page and a
 * second case of the class, and the same lines without the title read as a news page reads them
 * (results).
 */
class ChiTieuListsTest {
  @Test
  void aListTitledOnALineOfItsOwnGoesOnOverItsNumberedLines() {
    // kbang.gialai.gov.vn, xã Sơn Lang's chỉ tiêu for 2020-2025 (a fragment of the commune's page)
    String sonLang =
        """
        Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)
        - Về văn hóa – xã hội:
        (7) Tỷ lệ lao động qua đào tạo: trên 20%.
        (8) Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.
        (11) Duy trì xã đạt chuẩn quốc gia về y tế.
        (12) Tỷ lệ hộ dân được sử dụng nước sạch, hợp vệ sinh: 98%.
        (13) Tỷ lệ thôn, làng văn hóa: 100%; hộ gia đình văn hóa: 80%. Cơ quan, đơn vị, trường\
         học, văn hóa: 100%.
        - Về Quốc phòng - An ninh:
        (15) Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.
        """;
    assertThat(TargetsRead.page(sonLang))
        .containsExactly("GT 20", "GE 90", "GE 98", "EQ 100", "GE 80", "EQ 100", "GE 100");
    // without the title, the same lines are what a news page reports (and "đạt 100% chỉ tiêu" a
    // share of a goal reached)
    assertThat(TargetsRead.page(sonLang.substring(sonLang.indexOf('\n') + 1)))
        .containsExactly("GE 90");
    // a second title of the class, "Một số chỉ tiêu … giai đoạn …"; a heading in capitals ends the
    // list
    String variant =
        """
        Một số chỉ tiêu phát triển kinh tế - xã hội giai đoạn 2021–2025
        - Tỷ lệ hộ nghèo giảm bình quân 2%/năm.
        - Tỷ lệ trường đạt chuẩn quốc gia: 70%.
        KẾT QUẢ NĂM 2020
        - Tỷ lệ trường đạt chuẩn quốc gia: 55%.
        """;
    assertThat(TargetsRead.page(variant)).containsExactly("GE 2", "GE 70");
  }

  @Test
  void aListTitleRunIntoItsFirstItemSetsItsParagraph() {
    // thanhnien.vn, "Thu hút mọi nguồn lực để Đại Lộc phát triển bền vững" (2020): the title of the
    // list and its items in one paragraph, after the page's dateline
    String daiLoc =
        " date 2020-07 Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ"
            + " tăng trưởng kinh tế bình quân đạt 12-13%/ năm (giá so sánh 2010). Huyện đạt chuẩn"
            + " nông thôn mới. Tỷ lệ hộ dân nông thôn sử dụng nước sạch trên 90% (hợp vệ sinh đạt"
            + " 100%); tỷ lệ hộ dân đô thị được cung cấp nước sạch trên 95%. 100% xã, thị trấn đạt"
            + " tiêu chuẩn vững mạnh về quốc phòng - an ninh…";
    assertThat(TargetsRead.page(daiLoc))
        .containsExactly("GE 12", "GT 90", "GE 100", "GT 95", "EQ 100");
    // the same sentences without the title: results
    assertThat(TargetsRead.page(daiLoc.substring(daiLoc.indexOf("Huyện đạt")))).isEmpty();
    // a second title of the class, "Các chỉ tiêu (giai đoạn …)"; a sentence told as a result (a
    // past "đã") ends the paragraph's list
    String variant =
        "Các chỉ tiêu chủ yếu (giai đoạn 2021-2025) Tỷ lệ đô thị hóa đạt 45%. Tỷ lệ che phủ rừng"
            + " 52%. Năm 2020, tỷ lệ đô thị hóa đã đạt 38%. Tỷ lệ che phủ rừng 50%.";
    assertThat(TargetsRead.page(variant)).containsExactly("GE 45", "GE 52");
    // the term before a colon; a paragraph opening on "Mục tiêu …" without a term is no title
    String colon =
        """
        Các chỉ tiêu chủ yếu giai đoạn 2021-2025: Tốc độ tăng trưởng kinh tế bình quân 8%/năm. Tỷ\
         lệ che phủ rừng 45%.

        Mục tiêu của tỉnh là phát triển nhanh, bền vững. Tỷ lệ che phủ rừng 40%.
        """;
    assertThat(TargetsRead.page(colon)).containsExactly("GE 8", "GE 45");
  }

  @Test
  void aHeadingThatTitlesGoalsStartsTheList() {
    // 123docz.net, "Các chỉ tiêu chủ yếu" of a district's plan (a thesis's excerpt), read as a page
    String heading =
        """
        3.1.2. Các chỉ tiêu chủ yếu
        Về kinh tế
        - Tốc độ tăng trưởng kinh tế: 10,8% trở lên. Trong đó Nông lâm thủy sản tăng 3,4%; công\
         nghiệp – xây dựng tăng 13,7%; dịch vụ tăng 14,8%.
        - Cơ cấu các ngành kinh tế: nông, lâm, thủy sản 33,5%; công nghiệp – xây dựng 28,2%; dịch vụ\
         38,3%.
        Về xã hội
        - Tỷ lệ tăng dân số tự nhiên dưới 0,75%.
        """;
    assertThat(TargetsRead.page(heading))
        .containsExactly(
            "GE 10.8", "GE 3.4", "GE 13.7", "GE 14.8", "LE 33.5", "GE 28.2", "GE 38.3", "LT 0.75");
    // the same lines under no heading are what a page reports
    assertThat(TargetsRead.page(heading.substring(heading.indexOf("Về kinh tế")))).isEmpty();
    // a heading in capitals; a heading of results ends the list
    String capitals =
        """
        CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025
        Tỷ lệ lao động qua đào tạo năm 2025: 65%.
        KẾT QUẢ NHIỆM KỲ 2015-2020
        Tỷ lệ lao động qua đào tạo: 52%.
        """;
    assertThat(TargetsRead.page(capitals)).containsExactly("GE 65");
  }

  @Test
  void aWholeQuotaAfterAWordOfIntentIsAGoal() {
    // baobariavungtau.com.vn, Long Điền's 29 chỉ tiêu for 2025 (a page outside the corpus)
    String longDien =
        "Năm 2025, huyện Long Điền đề ra 29 chỉ tiêu trên các lĩnh vực kinh tế, văn hóa, xã hội,"
            + " quốc phòng, an ninh. Cụ thể, phấn đấu doanh thu thương mại tăng 5,7% so với năm"
            + " 2024; thu ngân sách Nhà nước trên địa bàn huyện hơn 607 tỷ đồng; tỷ lệ hộ nghèo còn"
            + " lại 0,16%; tỷ lệ dân số tham gia BHYT trên 94%; hoàn thành công tác giao quân đạt"
            + " 100% chỉ tiêu ở cả 2 cấp;…";
    assertThat(TargetsRead.page(longDien)).containsExactly("GE 5.7", "LE 0.16", "GT 94", "GE 100");
    // baothanhhoa.vn, Nga Sơn: the whole quota reached, in the past; a share of a plan reported
    assertThat(
            TargetsRead.page(
                "Năm 2024, Đảng bộ và Nhân dân huyện Nga Sơn đã quyết tâm cao, thực hiện hiệu quả"
                    + " các phong trào thi đua và đã hoàn thành 100% chỉ tiêu."))
        .isEmpty();
    assertThat(TargetsRead.page("Tổng thu ngân sách đạt hơn 130% kế hoạch, phấn đấu vượt thu."))
        .isEmpty();
  }
}
