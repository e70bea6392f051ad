package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of headlines the fresh sets of the eighteenth round (unseen53 to unseen58) misread (issue
 * 16, part Hr), and the wrapped addressee of a Công văn: each on the corpus page's own lines, with
 * a near case.
 */
class EighteenthRoundHeadlinesTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void aPhotosCaptionCreditedAfterADashIsNoHeadline() {
    // langngheviet.com.vn's Hà Tĩnh (unseen54): the headline, then the photo's caption
    String lead =
        "Mục tiêu tổng quát của Đề án là xây dựng Hà Tĩnh trở thành tỉnh có công nghiệp, nông"
            + " nghiệp, dịch vụ phát triển và tăng cường ứng dụng công nghệ thông tin; kết cấu hạ"
            + " tầng nông thôn đồng bộ.\n";
    assertThat(
            title(
                "Phấn đấu đến 2025, Hà Tĩnh đạt chuẩn nông thôn mới\n"
                    + "Phấn đấu đến năm 2025, Hà Tĩnh đạt chuẩn NTM - Ảnh Báo Hà Tĩnh\n"
                    + lead))
        .isEqualTo("Phấn đấu đến 2025, Hà Tĩnh đạt chuẩn nông thôn mới");
    // near: "- Ảnh hưởng" is a clause of a headline, not a credit
    assertThat(title("Mưa lớn kéo dài ở miền Trung - Ảnh hưởng đến mùa vụ lúa\n" + lead))
        .isEqualTo("Mưa lớn kéo dài ở miền Trung - Ảnh hưởng đến mùa vụ lúa");
  }

  @Test
  void aHeadlineRepeatedWithItsDateUnderTheSitesSection() {
    // phuyen.gov.vn (unseen54)
    String page =
        "Năm 2023, Phú Yên giảm 2.300 hộ nghèo\n"
            + "Thông tin Ngành - Địa phương\n"
            + "Năm 2023, Phú Yên giảm 2.300 hộ nghèo (13/12/2023)\n"
            + "Ngày 12/12, Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh tổ chức cuộc họp về kết"
            + " quả rà soát hộ nghèo, cận nghèo năm 2023.\n";
    assertThat(title(page)).isEqualTo("Năm 2023, Phú Yên giảm 2.300 hộ nghèo");
    // near: without the repeat, the section over a dated line is taken as before
    String other =
        "Năm 2023, Phú Yên giảm 2.300 hộ nghèo\n"
            + "Thông tin Ngành - Địa phương\n"
            + "Quảng Ngãi tổng kết công tác giảm nghèo (13/12/2023)\n"
            + "Ngày 12/12, Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh tổ chức cuộc họp về kết"
            + " quả rà soát hộ nghèo, cận nghèo năm 2023.\n";
    assertThat(title(other)).isNotEqualTo("Năm 2023, Phú Yên giảm 2.300 hộ nghèo");
  }

  @Test
  void aFiguresCaptionInItsCellIsNoHeadline() {
    // tbnhnew.vn's Gia Lai (unseen54): the caption under the image mark, closed by the cell's bar
    String page =
        "Gia Lai đặt mục tiêu GRDP bình quân đạt 133 triệu đồng/người vào năm 2030\n"
            + "![]() |\n"
            + "UBND tỉnh Gia Lai đặt mục tiêu phấn đấu đến năm 2030, tốc độ tăng trưởng GRDP đạt"
            + " 9,57%/năm |\n"
            + "Trên cơ sở đó, tỉnh Gia Lai đặt mục tiêu phấn đấu đến năm 2030, tốc độ tăng trưởng"
            + " GRDP đạt 9,57%/năm. Tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, dịch vụ,"
            + " thuế sản phẩm tương ứng 26,62%, 28,94%, 39,84% và 4,6%.\n";
    assertThat(title(page))
        .isEqualTo("Gia Lai đặt mục tiêu GRDP bình quân đạt 133 triệu đồng/người vào năm 2030");
    assertThat(FigureCaption.at(page, page.indexOf("UBND tỉnh"))).isTrue();
    // near: a line under an image but not in its cell, or a cell with no image above, is none
    assertThat(FigureCaption.at("![]()\nUBND tỉnh Gia Lai đặt mục tiêu\n", 6)).isFalse();
    assertThat(FigureCaption.at("Tiêu đề\nUBND tỉnh Gia Lai đặt mục tiêu |\n", 8)).isFalse();
  }

  @Test
  void aShortHeadlineThatSaysItsNewsInFigures() {
    // baodongnai.com.vn (unseen56): three words with letters, two figures
    String page =
        "Năm 2018 GDP tăng 6,5-6,7%\n\n"
            + "Cập nhật lúc 23:48, Thứ Sáu, 10/11/2017 (GMT+7)\n\n"
            + "Tiếp tục chương trình kỳ họp thứ 4, sáng 10-11, các đại biểu Quốc hội đã biểu quyết"
            + " thông qua nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2018 với 417 đại"
            + " biểu tán thành (tỷ lệ 84,93%).\n\n"
            + "Nghị quyết đưa ra mục tiêu tổng quát là: tiếp tục bảo đảm ổn định kinh tế vĩ mô,"
            + " kiểm soát lạm phát.\n";
    assertThat(title(page)).isEqualTo("Năm 2018 GDP tăng 6,5-6,7%");
    // near: a date's and a time's numbers are no words of a headline (vpub.binhdinh, unseen39)
    assertThat(title("Thứ hai, 24 / 7 / 2017 10:17:39 AM\n\nCập nhật lúc 23:48\n\n")).isNull();
  }

  @Test
  void anAddresseeWrappedAfterAPreposition() {
    // Công văn 11298/VPCP-KTTH of 2025 (unseen56)
    String text =
        """
        **VĂN PHÒNG CHÍNH PHỦ**
        |
        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        |
        Số: 11298/VPCP-KTTH
        V/v: động lực tăng trưởng kinh tế trong những tháng cuối năm 2025
        |
        *Hà Nội, ngày 17 tháng 11 năm 2025*
        |
        **Kính gửi:** Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc
        Chính phủ
        Xét báo cáo của Bộ Tài
        chính tại văn bản số 621/BC-BTC ngày 11 tháng 11 năm 2025 về động
        """;
    assertThat(DocumentHeader.readLeniently(text).addressees())
        .containsExactly("Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ");
    // near: "tải" is no "tại"; the line under a whole name is the body's
    String near = text.replace("cơ quan thuộc\nChính phủ\n", "Sở Giao thông vận tải\n");
    assertThat(DocumentHeader.readLeniently(near).addressees())
        .containsExactly("Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, Sở Giao thông vận tải");
  }

  @Test
  void aLeadOpeningOnAFrontedTrongPhraseFusedToItsHeadline() {
    // congthuong.vn's tag page (unseen56): each item's headline fused with its sapo
    String page =
        "Thủ tướng yêu cầu báo cáo dự án tồn đọng để tháo gỡ Trong công điện mới, Thủ tướng Phạm"
            + " Minh Chính đã phê bình các bộ, ngành và 30 địa phương chưa gửi báo cáo tháo gỡ các"
            + " dự án đầu tư tồn đọng kéo dài.\n"
            + "Phấn đấu giải ngân đầu tư công ít nhất 95% kế hoạch được giao năm 2023 Thủ tướng phê"
            + " bình các bộ, cơ quan, địa phương có tỉ lệ giải ngân thấp.\n";
    assertThat(title(page)).isEqualTo("Thủ tướng yêu cầu báo cáo dự án tồn đọng để tháo gỡ");
    // near: "Trong" without the comma closing its phrase is no lead's opener
    assertThat(
            LeadOpener.fusedAt(
                "Thủ tướng yêu cầu báo cáo dự án tồn đọng Trong năm nay các bộ"
                    + " phải gửi đủ báo cáo tháo gỡ các dự án đầu tư tồn đọng kéo dài"))
        .isEqualTo(-1);
  }
}
