package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page's headline found by its lead: a lead fused with it on one line, the site's credits
 * between them, a lead that opens with the paper's source tag or the event's date under it, a
 * post's labels and a short-year date under it. Real pages of corpus sets unseen16, unseen21,
 * unseen22, unseen25, unseen26, unseen29, unseen31, unseen33 and unseen35.
 */
class HeadlinesOverTheirLeadTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void leadFusedAfterTheHeadlineOnOneLineIsCutAtItsOpener() {
    // baolamdong.vn (unseen26): the event's time and date open the lead
    assertThat(
            title(
                "Đắk Mil phấn đấu đến năm 2030 trở thành xã phát triển khá Sáng 30/7, Đảng bộ xã"
                    + " Đắk Mil, tỉnh Lâm Đồng long trọng tổ chức Đại hội Đại biểu lần thứ I, nhiệm"
                    + " kỳ 2025 - 2030.\n\nĐồng chí Huỳnh Ngọc Anh, Ủy viên Ban Thường vụ Tỉnh ủy,"
                    + " Trưởng Ban Nội chính Tỉnh ủy Lâm Đồng cùng các đại biểu tham dự Đại hội\n"))
        .isEqualTo("Đắk Mil phấn đấu đến năm 2030 trở thành xã phát triển khá");
    // baodanang.vn (unseen21): the site's section before, the paper's source tag after
    assertThat(
            title(
                "Chính trị Tam Kỳ quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I ĐNO -"
                    + " Chiều 28/8, Đảng ủy phường Tam Kỳ tổ chức hội nghị quán triệt nghị quyết,"
                    + " chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường"
                    + " lần thứ I (nhiệm kỳ 2025 - 2030) và các văn bản mới của Đảng.\n"))
        .isEqualTo("Tam Kỳ quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I");
    // congthuong.vn (unseen16): a connective opens the lead's sentence
    assertThat(
            title(
                "Hưng Yên kiến tạo đột phá mới, hướng tới cực tăng trưởng Bắc Bộ Với mục tiêu GRDP"
                    + " tăng 10,5% trong năm 2025, Hưng Yên đang tăng tốc đồng bộ hướng tới trở"
                    + " thành cực tăng trưởng mới của đồng bằng Bắc Bộ.\n"))
        .isEqualTo("Hưng Yên kiến tạo đột phá mới, hướng tới cực tăng trưởng Bắc Bộ");
    // baonghean.vn (unseen16): the store's date stamp and the section before the headline
    assertThat(
            title(
                " date 2025-08-19 Kinh tế Ban Chấp hành Đảng bộ xã Nghĩa Hành nhiệm kỳ 2025 - 2030"
                    + " gồm 24 đồng chí Sáng 19/8, Đại hội đại biểu Đảng bộ xã Nghĩa Hành lần thứ I,"
                    + " nhiệm kỳ 2025 – 2030 đã diễn ra trang trọng.\n\nPhấn đấu đến năm 2030 thu"
                    + " nhập bình quân đầu người đạt 90 triệu đồng\n\nĐại hội thực hiện nghi thức"
                    + " chào cờ. Ảnh: Xuân Hoàng\n"))
        .isEqualTo("Ban Chấp hành Đảng bộ xã Nghĩa Hành nhiệm kỳ 2025 - 2030 gồm 24 đồng chí");
  }

  @Test
  void aLeadOfOneSentenceIsNotSplitNorAHeadlineInCapitals() {
    // a lead alone, its "Theo" after a comma: no fused headline
    assertThat(
            NewsHeadline.fusedHeadline(
                "Năm 2024, kinh tế của tỉnh tiếp tục tăng trưởng khá, Theo báo cáo của UBND tỉnh"
                    + " tổng sản phẩm trên địa bàn tăng 7,5% so với năm trước."))
        .isNull();
    // a headline in capitals is not split
    assertThat(
            NewsHeadline.fusedHeadline(
                "ĐẮK MIL PHẤN ĐẤU ĐẾN NĂM 2030 TRỞ THÀNH XÃ PHÁT TRIỂN KHÁ SÁNG 30/7, ĐẢNG BỘ XÃ ĐẮK"
                    + " MIL LONG TRỌNG TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I."))
        .isNull();
    // a headline by itself (no stop, under 300 characters) keeps its words
    assertThat(
            NewsHeadline.fusedHeadline(
                "Quảng Ngãi tổ chức hội nghị Sáng 30/7 về kinh tế - xã hội của tỉnh năm 2025"))
        .isNull();
  }

  @Test
  void creditsBetweenTheHeadlineAndItsLeadArePassedOver() {
    // tapchitaichinh.vn (unseen26): the source it was taken from, then a credited caption
    assertThat(
            title(
                "Quyết tâm đưa Quảng Nam trở thành tỉnh phát triển khá vào năm 2030\n\n"
                    + "Theo T.S/Báo Quảng Nam\n\n"
                    + "Quyết tâm đưa Quảng Nam trở thành tỉnh phát triển khá của cả nước vào năm"
                    + " 2030, kế hoạch của UBND tỉnh hướng đến huy động, sử dụng hiệu quả mọi nguồn"
                    + " lực để phát triển kinh tế nhanh, bền vững.\n\n"
                    + "Một góc TP. Tam Kỳ tỉnh Quảng Nam. Ảnh: T.S\n"
                    + "Một góc TP. Tam Kỳ tỉnh Quảng Nam. Ảnh: T.S\n"))
        .isEqualTo("Quyết tâm đưa Quảng Nam trở thành tỉnh phát triển khá vào năm 2030");
    // baogialai.com.vn (unseen31): a prompt to follow the paper
    assertThat(
            title(
                "Phát huy bản lĩnh, trí tuệ và khát vọng vươn lên\n\n"
                    + "Theo dõi Báo Gia Lai trên Google News\n\n"
                    + "(GLO)- Lời Tòa soạn: Năm 2023 đã khép lại. Trong muôn vàn khó khăn, thử"
                    + " thách, tỉnh Gia Lai vẫn vững vàng đi lên cùng đất nước với nhiều thành tựu"
                    + " nổi bật.\n"))
        .isEqualTo("Phát huy bản lĩnh, trí tuệ và khát vọng vươn lên");
    // thesaigontimes.vn (unseen33): the site's name printed twice
    assertThat(
            title(
                "Thứ ba, 25/02/2025\n27 C\nHo Chi Minh City\n\n"
                    + "Ngành nông nghiệp kỳ vọng có 90% xã nông thôn mới, thu nhập tăng 3 lần\n\n"
                    + "Kinh tế Sài Gòn Online\n\nKinh tế Sài Gòn Online\n\n"
                    + "(KTSG Online) - Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai"
                    + " đoạn 2026-2030 có mục tiêu có khoảng 90% số xã đạt chuẩn nông thôn mới.\n"))
        .isEqualTo("Ngành nông nghiệp kỳ vọng có 90% xã nông thôn mới, thu nhập tăng 3 lần");
  }

  @Test
  void aLeadWithTheSourceTagMarksTheHeadlineOverIt() {
    // baothuathienhue.vn (unseen21): the site's sections over the date are not the headline
    assertThat(
            title(
                "Chính trị - Xã hội Theo dòng thời sự\n\n04/03/2021 - 11:39\n\n"
                    + "A Lưới phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm\n\n"
                    + "TTH.VN - Đó là một trong những chỉ tiêu chủ yếu liên quan nhiệm vụ phát triển"
                    + " kinh tế - xã hội 5 năm 2021 – 2025 được lãnh đạo Huyện ủy A Lưới thông tin"
                    + " tại hội nghị.\n"))
        .isEqualTo("A Lưới phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm");
    // tapchicongsan.org.vn (unseen3): the author's line and the date over a tagged lead stay
    // under the headline
    assertThat(
            title(
                "Tiếp tục đẩy mạnh cải cách hành chính ở Việt Nam thời gian tới\n"
                    + "Nguyễn Xuân Phúc Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ\n"
                    + "15:36, ngày 03-12-2013\n"
                    + "TCCS - Quán triệt chủ trương, đường lối của Đảng về cải cách hành chính, từ"
                    + " năm 2001 đến nay, Chính phủ đã ban hành và tổ chức thực hiện nhiều chương"
                    + " trình.\n"))
        .isEqualTo("Tiếp tục đẩy mạnh cải cách hành chính ở Việt Nam thời gian tới");
  }

  @Test
  void aSiteMenuLineWithoutStopsIsNoLead() {
    // baogialai.com.vn (unseen22): the banner over a menu line, the headline over the byline
    assertThat(
            title(
                " date 2025-08-21 Danh mục\nChính trị\n\n"
                    + "Chào mừng đại hội Đảng các cấp nhiệm kỳ 2025-2030\n\n"
                    + "Bảo vệ nền tảng tư tưởng của Đảng Nhân sự Quốc phòng - An ninh Tin tức Chào"
                    + " mừng đại hội Đảng các cấp nhiệm kỳ 2025-2030\n\n"
                    + "Xã Tuy Phước Tây phấn đấu tỷ lệ nghèo đa chiều cuối năm 2030 giảm còn"
                    + " 0,23%\n\nĐỨC HẢI\n"
                    + "(GLO)- Sáng 21-8, Đảng bộ xã Tuy Phước Tây (tỉnh Gia Lai) long trọng tổ chức"
                    + " Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"))
        .isEqualTo("Xã Tuy Phước Tây phấn đấu tỷ lệ nghèo đa chiều cuối năm 2030 giảm còn 0,23%");
  }

  @Test
  void aHeadlineClosedByAStopOverADatedLead() {
    // samson.thanhhoa.gov.vn (unseen25)
    assertThat(
            title(
                "Kỳ họp thứ X, HĐND phường Quảng Vinh khoá XXVI, nhiệm kỳ 2021-2026.\n"
                    + "Sáng ngày 25/12, Hội đồng nhân dân phường Quảng Vinh tổ chức kỳ họp thứ X"
                    + " khoá XXVI, nhiệm kỳ 2021- 2026 để đánh giá tình hình kinh tế - xã hội.\n"
                    + "Page Content\nToàn cảnh kỳ họp.\n"))
        .isEqualTo("Kỳ họp thứ X, HĐND phường Quảng Vinh khoá XXVI, nhiệm kỳ 2021-2026");
    // a sentence of a body over another is no headline
    assertThat(
            title(
                "Năm 2024, phường đã hoàn thành 21/22 chỉ tiêu và được công nhận đạt chuẩn văn"
                    + " minh đô thị theo kế hoạch của thành phố đề ra từ đầu nhiệm kỳ.\n"
                    + "Sáng ngày 25/12, Hội đồng nhân dân phường Quảng Vinh tổ chức kỳ họp thứ X"
                    + " khoá XXVI, nhiệm kỳ 2021- 2026 để đánh giá tình hình kinh tế - xã hội.\n"))
        .isNull();
  }

  @Test
  void aPostsLabelsAndAShortYearDateFollowAHeadline() {
    // cliptv.vn (unseen35)
    assertThat(
            title(
                "Đến Năm 2030, Xóa Bỏ 100% Phòng Học Nhờ, Phòng Học Tạm Bậc Mầm Non\n"
                    + "Người đăng:\nHaihm\nNgày đăng:\n28/12/2022\n"
                    + "Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022"
                    + " - 2030” vừa được Chính phủ phê duyệt.\n"))
        .isEqualTo("Đến Năm 2030, Xóa Bỏ 100% Phòng Học Nhờ, Phòng Học Tạm Bậc Mầm Non");
    // xaydung.gov.vn (unseen29): "6/4/19 3:43 PM"
    assertThat(
            title(
                "Tin cải cách hành chính\n \n"
                    + "Trung tâm Hành chính công tỉnh Vĩnh Phúc: Gần 97% hồ sơ trả trước và đúng"
                    + " hạn\n6/4/19 3:43 PM\n\n"
                    + "Cán bộ Trung tâm Hành chính công tỉnh tiếp nhận hồ sơ và hướng dẫn các tổ"
                    + " chức, cá nhân làm thủ tục hành chính. Ảnh Nguyễn Lượng\n\n"
                    + "Trong tháng 5/2019 (từ 21/4 đến 20/5/2019), Trung tâm Hành chính công tỉnh"
                    + " tiếp nhận mới hơn 2.500 hồ sơ.\n"))
        .isEqualTo("Trung tâm Hành chính công tỉnh Vĩnh Phúc: Gần 97% hồ sơ trả trước và đúng hạn");
    // pbgdpl (unseen29): a notice's label over a place-and-date line does not make it a headline
    assertThat(
            title(
                "Thông báo:\nThái Bình, ngày 24 tháng 4 năm 2025\n"
                    + "Thái Bình đẩy mạnh chuyển đổi số để “vươn mình” phát triển\nNgày: 08/04/2025\n"
                    + "Chuyển đối số là xu thế tất yếu hiện nay, là động lực tạo đột phá của sự phát"
                    + " triển, tăng cường sức cạnh tranh.\n"))
        .isEqualTo("Thái Bình đẩy mạnh chuyển đổi số để “vươn mình” phát triển");
  }
}
