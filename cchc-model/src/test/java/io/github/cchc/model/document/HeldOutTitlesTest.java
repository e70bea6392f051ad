package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of titles the held-out sets unseen11 to unseen14 (test resources {@code
 * io/github/cchc/model/corpus}) read wrongly or not at all, each with the lines of the real page
 * and a second case of the class: a headline closed by a full stop, a caption's places or its photo
 * credit, a source tag before the headline, an audio player under it, a site's banner over it, a
 * headline fused with its date, section and lead; a document's title ending in an image mark or
 * running into its enacting body, and a draft's heading.
 */
class HeldOutTitlesTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void aHeadlineClosedByAFullStopOverTheParticulars() {
    // thaibinhtv.vn (2016): the headline ends with a stop, the date follows; a caption of places
    // further down is no headline
    String text =
        """
        Tỷ lệ người dân tham gia BHYT phải đạt từ 85% trở lên.

        Thứ 7, 22.10.2016 | 10:42:43
        611 lượt xem

        Thủ tướng Chính phủ vừa ký Quyết định 1980/QĐ-TTg ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020 với 19 tiêu chí.

        Xã Hồng Minh, huyện Hưng Hà

        Kể từ ngày 1/12/2016, Quyết định chính thức có hiệu lực. Quyết định quy định cụ thể chỉ tiêu chung cũng như chỉ tiêu theo từng vùng.
        """;
    assertThat(title(text)).isEqualTo("Tỷ lệ người dân tham gia BHYT phải đạt từ 85% trở lên");
    assertThat(
            title(
                """
                Huyện Kiến Xương hoàn thành 100% kế hoạch năm về thu ngân sách.
                12/10/2023 08:15

                Năm nay, huyện đã hoàn thành kế hoạch thu ngân sách trước hai tháng, theo báo cáo của Ủy ban nhân dân huyện.
                """))
        .isEqualTo("Huyện Kiến Xương hoàn thành 100% kế hoạch năm về thu ngân sách");
  }

  @Test
  void aCaptionOfPlacesIsNoHeadline() {
    String text =
        """
        Thị trấn Hưng Hà, huyện Hưng Hà, tỉnh Thái Bình

        Kể từ ngày 1/12/2016, Quyết định chính thức có hiệu lực. Quyết định quy định cụ thể chỉ tiêu chung cũng như chỉ tiêu theo từng vùng.
        """;
    assertThat(title(text)).isNull();
  }

  @Test
  void aPlaceAndColonHeadlineClosedByAFullStopOpeningThePage() {
    // nghiloc.nghean.gov.vn (2024)
    String text =
        """
        Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025.
        Các đồng chí Nguyễn Thanh Tùng– Phó Bí thư huyện ủy, Chủ tịch UBND huyện;
        Nguyễn Đức Thọ - ủy viên Ban thường vụ huyện ủy, phó chủ tịch UBND Huyện; Trần
        """;
    assertThat(title(text))
        .isEqualTo("Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025");
    // a sentence of a body opening a fragment is not taken
    assertThat(
            title(
                """
                Năm 2024 huyện đã thực hiện quyết liệt các giải pháp chỉ đạo điều hành.
                Nhờ đó đã đạt được những kết quả tích cực.
                """))
        .isNull();
  }

  @Test
  void aSourceTagBeforeTheHeadline() {
    // tuyenquangtv.vn, under the page's "Banner" line
    String text =
        """
        Banner

        (TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%

        “Tỷ lệ đô thị hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 đã đề ra.
        """;
    assertThat(title(text))
        .isEqualTo("(TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%");
    assertThat(
            title(
                """
                (QNO) Quảng Nam triển khai kế hoạch chuyển đổi số năm 2025

                Ngày 3/4, UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2025, tập trung vào ba trụ cột: chính quyền số, kinh tế số và xã hội số.
                """))
        .isEqualTo("(QNO) Quảng Nam triển khai kế hoạch chuyển đổi số năm 2025");
  }

  @Test
  void anAudioPlayerUnderTheHeadline() {
    // viettimes.vn, the digital Đề án of Lạng Sơn to 2030
    String text =
        """
        80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số

        0:00 / 0:00
        0:00
          • Nam miền Bắc
          • Nữ miền Bắc
          • Nữ miền Nam
          • Nam miền Nam

        Lạng Sơn phấn đấu phát triển kinh tế số chiếm 25% - 30% GRDP của tỉnh. Đặc biệt, vào năm 2030, tỷ lệ hộ gia đình có cửa hàng số trên nền tảng thương mại điện tử là hơn 80%.

        80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số

        Kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%

        Theo đề án Chuyển đổi số tỉnh Lạng Sơn đến năm 2030, UBND tỉnh xác định rõ mục tiêu về phát triển kinh tế số.
        """;
    assertThat(title(text)).isEqualTo("80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số");
    assertThat(
            title(
                """
                Hà Nội đặt mục tiêu 100% hồ sơ được số hóa trong năm 2026
                0:00 / 3:12

                Thành phố Hà Nội vừa ban hành kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026 với nhiều chỉ tiêu.
                """))
        .isEqualTo("Hà Nội đặt mục tiêu 100% hồ sơ được số hóa trong năm 2026");
  }

  @Test
  void aSitesBannerOverTheHeadline() {
    // vanphong.langson.gov.vn, Kế hoạch 131/KH-UBND (2022)
    String text =
        """
        Nhảy đến nội dung
        Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025

        Kế hoạch triển khai Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh

        UBND tỉnh ban hành Kế hoạch số 131/KH-UBND, ngày 06/6/2022 về triển khai Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh.
        """;
    assertThat(title(text))
        .isEqualTo(
            "Kế hoạch triển khai Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm"
                + " 2025, định hướng đến năm 2030 trên địa bàn tỉnh");
  }

  @Test
  void aHeadlineFusedWithItsDateSectionAndLead() {
    // baoquangnam.vn (2025), as the stored page gives its first line; the caption under it is no
    // headline
    String text =
        """
         date 2025-04 Xã hội Đông Giang đặt mục tiêu chuyển đổi số toàn diện năm 2025 (QNO) - Ngày 3/4, UBND huyện Đông Giang ban hành kế hoạch chuyển đổi số năm 2025, tập trung vào ba trụ cột: chính quyền số, kinh tế số và xã hội số.

        Huyện Đông Giang tập huấn triển khai tổ công nghệ cộng đồng cấp thôn. Ảnh: NAM PHƯƠNG

        Về phát triển chính quyền số, huyện Đông Giang đặt mục tiêu 100% hồ sơ công việc cấp huyện, cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật).
        """;
    assertThat(title(text)).isEqualTo("Đông Giang đặt mục tiêu chuyển đổi số toàn diện năm 2025");
    assertThat(
            title(
                """
                Lãnh đạo tỉnh thăm mô hình chuyển đổi số tại xã Tiên Phước. Ảnh: VĂN PHIN

                Đoàn công tác của tỉnh đã đến thăm và làm việc với xã về kết quả triển khai các mô hình chuyển đổi số trong năm.
                """))
        .isNull();
  }

  @Test
  void aTitleEndingInAnImageMark() {
    // quangngai.gov.vn, Kế hoạch of xã Tịnh Trà (2024)
    String text =
        """
        ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |
        Số: /KH-UBND |
        Tịnh Trà, ngày 26 tháng 4 năm 2024 |
        KẾ HOẠCH
        Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023
        Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi
        Đến năm 2025, định hướng đến năm 2030
        ![]() |
        Thực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh về triển khai thực hiện Nghị quyết số 13-NQ/TU.
        """;
    assertThat(title(text))
        .isEqualTo(
            "Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường vụ Tỉnh ủy"
                + " khóa XX về Chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025, định hướng đến năm 2030");
    assertThat(
            title(
                """
                KẾ HOẠCH
                Cải cách hành chính năm 2025 ![ảnh](https://example.gov.vn/a.png)

                Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025 của UBND huyện.
                """))
        .isEqualTo("Cải cách hành chính năm 2025");
  }

  @Test
  void aTitleThatRunsIntoItsEnactingBody() {
    // thuvienphapluat.vn, the Government's Nghị quyết on the business environment (2025)
    String text =
        """
        NGHỊ QUYẾT
        VỀ NHỮNG NHIỆM VỤ, GIẢI PHÁP
        CHỦ YẾU CẢI THIỆN MÔI TRƯỜNG KINH DOANH, NÂNG CAO NĂNG LỰC CẠNH TRANH QUỐC GIA
        NĂM 2025
        CHÍNH PHỦ
        Căn cứ Luật Tổ chức Chính
        phủ ngày 19 tháng 6 năm 2015;
        """;
    assertThat(title(text))
        .isEqualTo(
            "VỀ NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CẢI THIỆN MÔI TRƯỜNG KINH DOANH, NÂNG CAO NĂNG LỰC"
                + " CẠNH TRANH QUỐC GIA NĂM 2025");
    assertThat(
            title(
                """
                NGHỊ QUYẾT
                VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026
                QUỐC HỘI
                Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
                """))
        .isEqualTo("VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026");
    // a title wrapped before the body's name goes on
    assertThat(
            title(
                """
                NGHỊ QUYẾT
                VỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA
                CHÍNH PHỦ
                Căn cứ Luật Tổ chức Chính phủ;
                """))
        .isEqualTo("VỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ");
  }

  @Test
  void aDraftsHeading() {
    // longanh.tpthanhhoa.thanhhoa.gov.vn, the draft Báo cáo of phường Long Anh (2024)
    String text =
        """
        ỦY BAN NHÂN DÂN
        PHƯỜNG
        LONG ANH

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số:      /BC-UBND
                Long Anh, ngày       tháng 01 năm 2024
             DỰ THẢO BÁO CÁO
        Đánh giá kết quả và đề nghị công nhận phườngLong Anh
        đạt chuẩn tiếp cận pháp luật năm 2023

        Thực hiện Quyết định 25/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ.
        """;
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.documentType()).hasValue(DocumentType.BAO_CAO);
    assertThat(h.title())
        .hasValue(
            "Đánh giá kết quả và đề nghị công nhận phườngLong Anh đạt chuẩn tiếp cận pháp luật năm"
                + " 2023");
    DocumentHeader plan =
        DocumentHeader.readLeniently(
            """
            ỦY BAN NHÂN DÂN XÃ AN BÌNH
            Số:      /KH-UBND
            An Bình, ngày    tháng 3 năm 2025
            DỰ THẢO KẾ HOẠCH
            Cải cách hành chính năm 2025

            Căn cứ Kế hoạch số 12/KH-UBND ngày 2/1/2025 của UBND huyện.
            """);
    assertThat(plan.documentType()).hasValue(DocumentType.KE_HOACH);
    assertThat(plan.title()).hasValue("Cải cách hành chính năm 2025");
  }
}
