package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * News pages whose headline is not the first line, or is followed by what the reader did not know
 * follows a headline: a weekday's dateline above it, a photo's credited caption or the author's
 * name under it, a site's section name with a dash above it. Real pages (corpus tuning-h, unseen17,
 * unseen18).
 */
class HeadlinesUnderChromeTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void weekdayDatelineWithNgayAboveTheHeadlineIsNotADateLine() {
    // mic.gov.vn, 2023 (tuning-h): ", ngày" made it a place-and-date line that swallowed the lines
    // after it
    assertThat(
            title(
                "Skip Ribbon Commands\nSkip to main content\nThứ hai, ngày 02/10/2023\n\n"
                    + "Phát triển hạ tầng số thúc đẩy chuyển đổi số quốc gia\n\n\n"
                    + "Nhìn lại nửa nhiệm kỳ Đại hội XIII của Đảng, công cuộc chuyển đổi số quốc"
                    + " gia đã có nhiều chuyển biến tích cực.\n"))
        .isEqualTo("Phát triển hạ tầng số thúc đẩy chuyển đổi số quốc gia");
    // kontum.gov.vn, 2024 (unseen17)
    assertThat(
            title(
                "Thứ hai, Ngày 28/04/2025 -\n\nKết quả cung cấp dịch vụ công trực tuyến và số hóa"
                    + " hồ sơ, kết quả giải quyết thủ tục hành chính\nNgày đăng: 09/05/2024  16:00\n"
                    + "Mặc định Cỡ chữ\nTính đến hết tháng 4 năm 2024, các bộ, ngành, địa phương đã"
                    + " cung cấp 4.510 dịch vụ công trực tuyến.\n\nVề cung cấp dịch vụ công trực"
                    + " tuyến\n"))
        .isEqualTo(
            "Kết quả cung cấp dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ"
                + " tục hành chính");
  }

  @Test
  void photoCaptionWithItsCreditUnderTheHeadline() {
    // laodong.vn (tuning-h)
    assertThat(
            title(
                "Sẽ sáp nhập 16 quận, huyện và 631 phường, xã\n\n"
                    + "Vụ trưởng Vụ Chính quyền Địa phương- Bộ Nội vụ Phan Văn Hùng. Ảnh: Thùy"
                    + " Linh\nLên top\n"))
        .isEqualTo("Sẽ sáp nhập 16 quận, huyện và 631 phường, xã");
    assertThat(
            title(
                "Tỉnh đẩy mạnh số hóa hồ sơ thủ tục hành chính năm 2025\n"
                    + "Lãnh đạo tỉnh làm việc tại Trung tâm Phục vụ hành chính công (Ảnh: TTXVN)\n"))
        .isEqualTo("Tỉnh đẩy mạnh số hóa hồ sơ thủ tục hành chính năm 2025");
  }

  @Test
  void sectionNameWithADashIsNotTheHeadline() {
    // doanhnghiephoinhap.vn, 2025 (unseen18): "Nghiên cứu - Dữ liệu" has four words, not five
    assertThat(
            title(
                "Thứ sáu 17/10/2025 00:26\nHotline: 024.355.63.010\nNghiên cứu - Dữ liệu\n\n"
                    + "Mục tiêu tăng trưởng kinh tế của Vĩnh Phúc năm 2025 từ 8% - 9%\n\n"
                    + "Tỉnh Vĩnh Phúc đặt mục tiêu tăng trưởng kinh tế 2025 từ 8% đến 9%, hướng"
                    + " tới thu hút đầu tư chiến lược và nâng cao chất lượng cuộc sống.\n"))
        .isEqualTo("Mục tiêu tăng trưởng kinh tế của Vĩnh Phúc năm 2025 từ 8% - 9%");
  }

  @Test
  void authorsNameUnderTheHeadline() {
    // thesaigontimes.vn, 2024 (unseen17): the site's name twice after the author's, not a headline
    assertThat(
            title(
                "Thứ ba, 26/11/2024\n27 C\nHo Chi Minh City\n\n"
                    + "Đến năm 2025, Việt Nam có 40 triệu người dùng Sổ sức khỏe điện tử\n\n"
                    + "Gia Nghi\n\nKinh tế Sài Gòn Online\n\nKinh tế Sài Gòn Online\n"))
        .isEqualTo("Đến năm 2025, Việt Nam có 40 triệu người dùng Sổ sức khỏe điện tử");
    // a section's name has small letters after its first word: not an author, not a headline's
    assertThat(title("Cổng thông tin điện tử tỉnh Bình Dương mới\nKinh tế\nXã hội\n")).isNull();
  }

  @Test
  void visitCountersAboveTheHeadlineAreNotCounted() {
    // skhdt.binhthuan.gov.vn, 2022 (corpus unseen16)
    assertThat(
            title(
                "Thông tin mới nhất\nThống kê truy cập\n  • Đang online: 20\n  • Hôm nay: 1206\n"
                    + "  • Trong tuần: 12 981\n  • Trong tháng: 43 532\n  • Tất cả: 877887\n"
                    + "Đăng nhập\nLượt xem: 144\n\n"
                    + "Xóa bỏ tình trạng nghèo cùng cực cho tất cả mọi người ở mọi nơi\n\n"
                    + "-    Trong năm 2022, UBND tỉnh ban hành Kế hoạch số 3341/KH-UBND ngày"
                    + " 06/10/2022 về rà soát hộ nghèo trên địa bàn tỉnh.\n"))
        .isEqualTo("Xóa bỏ tình trạng nghèo cùng cực cho tất cả mọi người ở mọi nơi");
  }

  @Test
  void pageNumberOfATextLayerBeforeTheIssuer() {
    // Quyết định 23/2007/QĐ-BLĐTBXH on tailieu.vn (corpus unseen18): "  1. " opens the page
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "Nội dung Text: Quyết định số 23/2007/QĐ-BLĐTBXH\n\n  1. BỘ LAO ĐỘNG – THƯƠNG CỘNG"
                + " HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – Hạnh phúc"
                + " ******* ******* Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng 10 năm 2007"
                + " QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU\n");
    assertThat(String.join(" ", h.issuingBody())).startsWith("BỘ LAO ĐỘNG");
  }

  @Test
  void aContactLineOfTelephoneNumbersIsNoHeadline() {
    // daidoanket.vn, 2019 (unseen50): the contact line over the date and the headline
    assertThat(
            title(
                ": toasoandko@gmail.com | : (04) 38.228.302\n"
                    + "Liên hệ Quảng cáo: (04)39.431.943 - (04)39.447.011\n"
                    + "08:00:10 05/08/2019\n\n"
                    + "Giảm nghèo bền vững ở Đắk Nông\n\n"
                    + "Mới đây, UBND tỉnh Đắk Nông đã tổ chức đánh giá tình hình triển khai công"
                    + " tác giảm nghèo bền vững trên địa bàn tỉnh giai đoạn 2016-2020.\n"))
        .isEqualTo("Giảm nghèo bền vững ở Đắk Nông");
    // a headline with words and figures after its colon is one
    assertThat(
            title(
                "08:00:10 05/08/2019\n\nĐắk Nông: giảm 2,5% hộ nghèo trong năm 2019\n\n"
                    + "Mới đây, UBND tỉnh Đắk Nông đã tổ chức đánh giá tình hình triển khai công"
                    + " tác giảm nghèo bền vững trên địa bàn tỉnh giai đoạn 2016-2020.\n"))
        .isEqualTo("Đắk Nông: giảm 2,5% hộ nghèo trong năm 2019");
  }

  @Test
  void aHeadlineOpeningOnAQuotedWord() {
    // cantho24h.net (unseen51): the page's first line, the lead under it
    assertThat(
            title(
                "“Thúc” giải ngân vốn đầu tư xây dựng cơ bản\n"
                    + "Thực hiện nhiệm vụ đầu tư xây dựng cơ bản năm 2018, Cần Thơ đề ra mục tiêu"
                    + " giải ngân vốn xây dựng cơ bản (XDCB) đến hết niên độ 2018 phải đạt từ 95%"
                    + " trở lên.\n"))
        .isEqualTo("“Thúc” giải ngân vốn đầu tư xây dựng cơ bản");
  }

  @Test
  void aHeadlinePrintedTwiceOnItsLineIsReadOnce() {
    // nhipsonghanoi.vn, 2019 (unseen52): the dateline, then the headline joined with its repeat
    assertThat(
            title(
                "Hà Nội, ngày 23-08-2019\n"
                    + "Hộ nghèo khu vực nông thôn Hà Nội chiếm 5,6% Hộ nghèo khu vực nông thôn Hà"
                    + " Nội chiếm 5,6%\n\n"
                    + "Theo kết quả rà soát, đánh giá tỷ lệ hộ nghèo theo chuẩn mới, đến nay, số hộ"
                    + " nghèo toàn thành phố còn 65.377 hộ, chiếm tỷ lệ 3,64%.\n"))
        .isEqualTo("Hộ nghèo khu vực nông thôn Hà Nội chiếm 5,6%");
    // words that come back inside a headline are kept: only the whole line twice is one
    assertThat(NewsHeadline.once("Hà Nội chiếm 5,6% và Hà Nội chiếm 5,6%"))
        .isEqualTo("Hà Nội chiếm 5,6% và Hà Nội chiếm 5,6%");
    assertThat(NewsHeadline.once("Giảm nghèo Giảm nghèo")).isEqualTo("Giảm nghèo Giảm nghèo");
  }

  @Test
  void anAuthorsAffiliationUnderTheBylineIsNoHeadline() {
    // tapchicongsan.org.vn, 2024 (unseen52): the headline, the author, the author's university,
    // the date, the lead with its source tag
    String text =
        "Thành phố Hà Nội tập trung đẩy mạnh cải cách hành chính\n\n"
            + "TS TRẦN THANH HUYỀN\nĐại học Quốc gia Hà Nội\n00:42, ngày 15-04-2024\n\n"
            + "TCCS - Thành phố Hà Nội đã và đang tập trung đẩy mạnh cải cách hành chính, hướng"
            + " tới mục tiêu xây dựng nền hành chính dân chủ, hiện đại.\n";
    assertThat(title(text)).isEqualTo("Thành phố Hà Nội tập trung đẩy mạnh cải cách hành chính");
    // baothuathienhue.vn (unseen21): a site's section over the date, no byline above the line
    // over the lead, is still stepped over to the headline
    assertThat(
            title(
                "Chính trị - Xã hội Theo dòng thời sự\n\n04/03/2021 - 11:39\n\n"
                    + "A Lưới phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm\n\n"
                    + "TTH.VN - Đó là một trong những chỉ tiêu chủ yếu liên quan nhiệm vụ phát triển"
                    + " kinh tế - xã hội 5 năm 2021 – 2025.\n"))
        .isEqualTo("A Lưới phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm");
  }

  @Test
  void aReportersCreditForTextAndPhotosUnderTheHeadline() {
    // kinhtedothi.vn, 2016 (unseen52): "Tin, ảnh:" and the reporter's name, then the date
    assertThat(
            title(
                "  • Chọn ngày:\n\n"
                    + "DÒNG SỰ KIỆN. * KỲ HỌP THỨ NHẤT, QUỐC HỘI KHÓA XV * ĐẠI DỊCH COVID-19\n\n"
                    + "Quận Đống Đa thu ngân sách đạt hơn 7.000 tỷ đồng\n\n"
                    + "Tin, ảnh: Trần Long\n29-12-2016 15:18\n"
                    + "Kinhtedothi - Ngày 29/12, quận Đống Đa đã tổ chức Hội nghị tổng kết phong"
                    + " trào thi đua năm 2016.\n"))
        .isEqualTo("Quận Đống Đa thu ngân sách đạt hơn 7.000 tỷ đồng");
  }

  @Test
  void aPublicationDateGluedToTheSitesName() {
    // vietnam.vn, 2025 (unseen50): the site's name twice and the date, the spaces lost
    assertThat(
            title(
                "Vietnam.vn - Nền tảng quảng bá Việt Nam\n\n"
                    + "Quảng Nam dự kiến mục tiêu tăng trưởng kinh tế giai đoạn 2026\n\n"
                    + "Việt NamViệt Nam28/02/2025\n\n\n"
                    + "Báo cáo của UBND tỉnh cho biết, ngày 17/1/2024, Thủ tướng Chính phủ ban hành"
                    + " Quyết định số 72 về phê duyệt Quy hoạch tỉnh Quảng Nam thời kỳ 2021 - 2030,"
                    + " tầm nhìn đến năm 2050.\n"))
        .isEqualTo("Quảng Nam dự kiến mục tiêu tăng trưởng kinh tế giai đoạn 2026");
  }
}
