package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of targets missed on the fresh sets {@code unseen21/} to {@code unseen36/} (issue 16,
 * part T1e: recall): the lines that announce goals. Each with the real sentences of the page it was
 * missed on, a second variant of the class and a counter-example that must stay as it is.
 */
class FreshSetRecallLeadInsTest {
  @Test
  void aDeadlineOnALineOfItsOwnAnnouncesTheGoalsUnderIt() {
    // ubmttq.dongnai.gov.vn on the population goals to 2030 (unseen36): "Đến năm 2030:" and the
    // lines under it, wrapped in a narrow column; the reductions are goals, not results
    assertThat(
            TargetsRead.page(
                """
                Đến năm 2030:
                - Duy
                trì vững chắc mức sinh thay thế (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có
                2,1 con), quy mô dân số 104 triệu người.
                Giảm
                50% chênh lệch mức sinh giữa nông thôn và thành thị, miền núi và đồng bằng; 50%
                số tỉnh đạt mức sinh thay thế, mọi phụ nữ trong độ tuổi sinh đẻ đều được tiếp
                cận thuận tiện với các biện pháp tránh thai hiện đại.
                - Tỷ
                lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn đạt 90%;
                giảm 50% số cặp tảo hôn, giảm 60% số cặp hôn nhân cận huyết thống.
                -
                Chiều cao người Việt Nam 18 tuổi đối với nam đạt 168,5 cm, nữ đạt 157,5 cm. Chỉ
                số phát triển con người (HDI) nằm trong nhóm 4 nước hàng đầu khu vực Đông Nam
                Á.
                """))
        .containsExactly("GE 50", "GE 50", "GE 90", "GE 50", "GE 60", "RANK_WITHIN 4");
    // a realistic variant: a lettered lead-in in a plan's list of goals
    assertThat(
            TargetsRead.page(
                """
                a) Đến hết năm 2025:
                - Giảm 20% thời gian đi lại của người dân khi làm thủ tục hành chính.
                - Tỷ lệ hộ nghèo giảm 1,5%.
                """))
        .containsExactly("GE 20", "GE 1.5");
  }

  @Test
  void aPastDeadlineOrASentenceGoingOnIsNoLeadInOfGoals() {
    // a deadline gone by in a text that names a later year: what it lists are results
    assertThat(
            TargetsRead.page(
                """
                Đến năm 2020:
                - Tỷ lệ hộ nghèo giảm 1,5%.
                Mục tiêu đến năm 2025, tỷ lệ hộ nghèo dưới 2%.
                """))
        .containsExactly("LT 2");
    // a sentence that goes on after its deadline is read as a sentence, not as a lead-in
    assertThat(
            TargetsRead.page(
                """
                Đến năm 2025, toàn tỉnh đã có thêm 12 xã đạt chuẩn nông thôn mới như sau:
                - Thu nhập bình quân tăng 8,5% so với năm 2024.
                """))
        .containsExactly();
  }

  @Test
  void subHeadingsNamingAFieldGoOnWithTheListOfGoals() {
    // phuthodfa on Phú Thọ's Nghị quyết 11/NQ-HĐND on the plan for 2023 (unseen34): "1. Về kinh
    // tế:", "2. Về xã hội:" under "Các chỉ tiêu chủ yếu:"; the shares of the structure and the
    // ceiling are goals of the list
    assertThat(
            TargetsRead.page(
                """
                Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết số 11/NQ-HĐND về kế hoạch phát triển\
                 kinh tế - xã hội năm 2023.
                Các chỉ tiêu chủ yếu:
                1. Về kinh tế:
                - Tốc độ tăng trưởng kinh tế (GRDP) phấn đấu từ 7,5% trở lên.
                - Cơ cấu kinh tế: Công nghiệp - xây dựng 41,8%; dịch vụ 39,7%; nông lâm nghiệp, thủy\
                 sản 18,5%.
                2. Về xã hội:
                - Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 35%.
                """))
        .containsExactly("GE 7.5", "GE 41.8", "GE 39.7", "LE 18.5", "LT 35");
    // a realistic variant: lettered fields named as "Lĩnh vực …"
    assertThat(
            TargetsRead.page(
                """
                Các chỉ tiêu chủ yếu:
                a) Lĩnh vực kinh tế:
                - Thu ngân sách tăng 10% so với năm 2024.
                b) Lĩnh vực văn hóa - xã hội:
                - Tỷ lệ hộ nghèo giảm 1,2%.
                """))
        .containsExactly("GE 10", "GE 1.2");
  }

  @Test
  void aSubHeadingNamingAnythingElseStillEndsTheListOfGoals() {
    // a heading of tasks after the list: the change told under it is the page's, a result
    assertThat(
            TargetsRead.page(
                """
                Các chỉ tiêu chủ yếu:
                - Tỷ lệ hộ nghèo giảm 1,2%.
                2. Nhiệm vụ, giải pháp:
                - Tổng thu ngân sách tăng 12% so với năm 2021.
                """))
        .containsExactly("GE 1.2");
    // a field heading with no list of goals announced before it carries nothing
    assertThat(
            TargetsRead.page(
                """
                1. Về kinh tế:
                - Tổng thu ngân sách tăng 12% so với năm 2021.
                """))
        .containsExactly();
  }

  @Test
  void aPageTitledByThePlanItGivesTellsThePlansGoals() {
    // skhdt.binhdinh.gov.vn on Bình Định's plan 2021-2025 (unseen31): the summary under the title,
    // growths without a word of intent, are the plan's goals
    assertThat(
            TargetsRead.page(
                """
                Kế hoạch Kinh tế - xã hội giai đoạn 2021-2025

                Tổng sản phẩm địa phương GRDP bình quân hàng năm tăng 7,0 - 7,5%; trong đó công\
                 nghiệp - xây dựng tăng 9,5 - 10,2%, dịch vụ tăng 7,1 - 7,5%.
                """))
        .containsExactly("GE 7.0", "GE 9.5", "GE 7.1");
    // backan.gov.vn on Chợ Đồn's HĐND resolution of 2012 (unseen28): a place and a colon before
    // the document's name
    assertThat(
            TargetsRead.page(
                """
                Chợ Đồn: Nghị quyết của HĐND huyện về nhiệm vụ và giải pháp phát triển kinh tế –\
                 xã hội, đảm bảo quốc phòng – an ninh năm 2012

                Trồng mới 2.000ha rừng; duy trì tỷ lệ che phủ rừng đạt 59%.

                Tỷ lệ tăng dân số tự nhiên ở mức 0,9%. Đào tạo nghề cho 500 người.
                """))
        .containsExactly("GE 59", "LE 0.9");
  }

  @Test
  void aTitleAboutHowAPlanWentOrAboutAPeriodGoneByGivesNoGoals() {
    // a page titled by how a plan went: its growths are results
    assertThat(
            TargetsRead.page(
                """
                Kế hoạch phát triển kinh tế - xã hội năm 2024: đánh giá kết quả 6 tháng đầu năm

                Tổng sản phẩm địa phương tăng 7,2% so với năm 2023.
                """))
        .containsExactly();
    // a plan of a period the page goes beyond: what the page tells of it are results
    assertThat(
            TargetsRead.page(
                """
                Kế hoạch phát triển kinh tế - xã hội giai đoạn 2016-2020

                Tổng sản phẩm địa phương bình quân hàng năm tăng 6,8%, cao hơn giai đoạn 2011-2015.
                Năm 2025, tỉnh tiếp tục triển khai kế hoạch mới.
                """))
        .containsExactly();
  }

  @Test
  void whatAPlanHoldsIsToldRightAfterItIsPassed() {
    // baothuathienhue on A Lưới's resolution for 2021-2025 (unseen21): "Trong đó, …" right after
    // the resolution passed gives its structure of the economy
    assertThat(
            TargetsRead.page(
                """
                Sau khi triển khai kế hoạch quán triệt Nghị quyết Đại hội toàn quốc lần thứ XIII của\
                 Đảng, hội nghị đã dành thời gian thảo luận và thông qua Nghị quyết về nhiệm vụ phát\
                 triển kinh tế - xã hội 5 năm 2021 - 2025 của huyện A Lưới. Trong đó, cơ cấu kinh tế\
                 nông nghiệp - dịch vụ - công nghiệp với tỷ trọng là nông nghiệp chiếm 45%, dịch vụ\
                 chiếm 35% và công nghiệp chiếm 20%.
                """))
        .containsExactly("LE 45", "GE 35", "GE 20");
    // a realistic variant: a plan issued, its growth after "Trong đó"
    assertThat(
            TargetsRead.page(
                """
                UBND tỉnh vừa ban hành Kế hoạch phát triển du lịch năm 2026. Trong đó, doanh thu\
                 du lịch tăng 15% so với năm 2025.
                """))
        .containsExactly("GE 15");
  }

  @Test
  void aPartOfWhatWasToldIsNoPlansContent() {
    // "Trong đó" after a year's account: a part of the result
    assertThat(
            TargetsRead.page(
                """
                Năm 2024, tổng thu ngân sách trên địa bàn đạt 1.200 tỷ đồng. Trong đó, thu nội địa\
                 tăng 12% so với năm 2023.
                """))
        .containsExactly();
  }

  @Test
  void aWholeQuotaAfterTheWordOfIntentIsAGoalWithoutItsVerb() {
    // tienphong on Cần Thơ's first congress (unseen33): "giải ngân vốn đầu tư công 100% kế
    // hoạch" among the goals the congress set; the sentence's goals are read, not dropped as a
    // share
    // of a plan reached
    assertThat(
            TargetsRead.page(
                """
                Các mục tiêu cụ thể được Đại hội đặt ra gồm: Tăng trưởng kinh tế bình quân hằng năm\
                 đạt từ 10% trở lên; GRDP đến năm 2030 đạt tối thiểu 717 nghìn tỷ đồng; tỷ lệ đô thị\
                 hóa đạt 50%; giải ngân vốn đầu tư công 100% kế hoạch...
                """))
        .containsExactly("GE 10", "GE 50", "EQ 100");
    // vtcnews on Hà Nội's Công văn 6166 (unseen34): the same quota after "phấn đấu"
    assertThat(
            TargetsRead.page(
                """
                Tăng cường kỷ luật, kỷ cương công tác thu ngân sách, phấn đấu tăng ít nhất 25% so với\
                 dự toán; giải ngân 100% kế hoạch vốn đầu tư công;
                """))
        .containsExactly("GE 25", "EQ 100");
  }

  @Test
  void aQuotaReachedOrAShareOfItStaysAResult() {
    assertThat(
            TargetsRead.page(
                """
                Đến nay, thành phố đã giải ngân 100% kế hoạch vốn đầu tư công được giao.
                Thu ngân sách đạt 105% kế hoạch, tăng 8% so với cùng kỳ.
                """))
        .containsExactly();
  }

  @Test
  void aParagraphTurningToItsGoalsByVeGoesOnWithThem() {
    // qdnd on Quảng Ninh's plan 2021-2030 (unseen29): "Về mục tiêu cụ thể, …" and the sentence
    // after it in the paragraph, without a word of intent
    assertThat(
            TargetsRead.page(
                """
                Về mục tiêu cụ thể, tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2021-2030\
                 là 10%/năm. Tỷ lệ tăng dân số bình quân giai đoạn 2021-2030 đạt khoảng 1,9%/năm;\
                 đến năm 2030 dân số toàn tỉnh khoảng 2,64 triệu người; tỷ lệ hộ nghèo dưới 1%...
                """))
        .containsExactly("GE 10", "LE 1.9", "LT 1");
    // binhphuoc on the tourism plan 2021-2030 (unseen28): the same turn, the shares of GDP after it
    assertThat(
            TargetsRead.page(
                """
                Về mục tiêu cụ thể, đến năm 2025 phấn đấu đón từ 25 - 28 triệu lượt khách quốc tế.\
                 Đóng góp của du lịch trong GDP, đến năm 2025 đóng góp trực tiếp 08 - 09%; đến năm\
                 2030 đóng góp trực tiếp từ 13 - 14%.
                """))
        .containsExactly("GE 8", "GE 13");
  }

  @Test
  void aParagraphTurningToWhatWasDoneByVeStaysAResult() {
    assertThat(
            TargetsRead.page(
                """
                Về kết quả thực hiện, tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt\
                 7,2%/năm. Tỷ lệ hộ nghèo giảm 1,5%.
                """))
        .containsExactly();
  }
}
