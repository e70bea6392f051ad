package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of cases found on the third fresh holdout ({@code corpus/unseen3}) and named in the notes
 * of the round before, each with the real text of a page (issue 16, fourth round).
 */
class ThirdHoldoutLayoutsTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aCitationWithAColonAfterSoInASentence() {
    // An Giang, QĐ 186/QĐ-UBND: "số:" then a space, and the slash written for the hyphen
    List<Citation> c =
        CitationExtractor.extract(
            "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN ngày 15/11/2010 của Bộ Tài chính"
                + " hướng dẫn chế độ quản lý.");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).number().format()).isEqualTo("183/2010/TTLT-BTC-BNN");
    assertThat(c.get(0).type()).isEqualTo(DocumentType.THONG_TU_LIEN_TICH);
    // "Tài" in the issuer's name is not the stop word "tại"
    assertThat(c.get(0).issuer()).hasValue("Bộ Tài chính");
  }

  @Test
  void anIssuersNameIsNotCutAtAWordThatFoldsLikeAStop() {
    // Hải Phòng, QĐ 30/2018/QĐ-UBND: "Sở" folds like "số"; "Việt Nam" like "năm"
    assertThat(
            CitationExtractor.extract(
                    "Báo cáo thẩm định số 18/BCTĐ-STP ngày 25 tháng 5 năm 2018 của Sở Tư pháp.")
                .get(0)
                .issuer())
        .hasValue("Sở Tư pháp");
    assertThat(
            CitationExtractor.extract(
                    "Thông tư số 02/2019/TT-NHNN ngày 28/02/2019 của Ngân hàng Nhà nước Việt Nam"
                        + " năm 2019")
                .get(0)
                .issuer())
        .hasValue("Ngân hàng Nhà nước Việt Nam");
  }

  @Test
  void aSymbolInATitleInCapitalsIsTheSameDocument() {
    // Quảng Ngãi, KH 4074/KH-UBND; Cần Thơ, KH 32/KH-UBND
    assertThat(cited("THỰC HIỆN CHỈ THỊ SỐ 20/CT-TTG NGÀY 17/5/2017 CỦA THỦ TƯỚNG CHÍNH PHỦ"))
        .containsExactly("20/CT-TTg");
    assertThat(
            cited(
                "NHIỆM KỲ 2025 - 2030 VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 02-CTR/TU, NGÀY 28 THÁNG 10 NĂM"
                    + " 2025 CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ"))
        .containsExactly("02-CTr/TU");
    assertThat(DocumentNumber.parse("20/CT-TTG")).isEqualTo(DocumentNumber.parse("20/CT-TTg"));
    // mixed case stays as written: only a symbol wholly in capitals is read so
    assertThat(DocumentNumber.parse("12/KH-SNgV").issuerCode()).isEqualTo("SNgV");
  }

  @Test
  void aPartyDocumentCitedLikeAStateOne() {
    // Cần Thơ, CTr 17/CTr-UBND: "Nghị quyết số 59/NQ-TW của Bộ Chính trị"
    assertThat(cited("góp phần thực hiện thắng lợi Nghị quyết số 59/NQ-TW của Bộ Chính trị"))
        .containsExactly("59-NQ/TW");
    // the number itself is parsed as written
    assertThat(DocumentNumber.parse("59/NQ-TW").party()).isFalse();
    // a State body keeps the State form
    assertThat(cited("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"))
        .containsExactly("76/NQ-CP");
  }

  @Test
  void aCongVanWithoutItsSubjectLineAndARuleBesideTheIssuer() {
    // luatvietnam.vn, Công văn 5948/BYT-VP1 of the Ministry of Health
    DocumentHeader h =
        DocumentHeader.read(
            "BỘ Y TẾ ____ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM ________________ |\n"
                + "Số: 5948/BYT-VP1 | Hà Nội, ngày 15 tháng 8 năm 2006 |\n"
                + "Kính gửi: Thủ tướng Chính phủ\n"
                + "Thực hiện Khoản 5 Điều 3 Quyết định số 22/2006/QĐ-TTg, Bộ Y tế báo cáo như sau:");
    assertThat(h.documentType()).hasValue(DocumentType.CONG_VAN);
    assertThat(h.issuingBody()).containsExactly("BỘ Y TẾ");
    assertThat(h.addressees()).containsExactly("Thủ tướng Chính phủ");
    // a numbered plan keeps the type of its symbol
    DocumentHeader kh =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 196/KH-UBND | Sóc Trăng, ngày 23 tháng 12 năm 2024 |\n"
                + "Kính gửi: Các sở, ban, ngành tỉnh\n");
    assertThat(kh.documentType()).hasValue(DocumentType.KE_HOACH);
  }

  @Test
  void aHeadlineAboveItsAuthorAndTheTime() {
    // tapchicongsan.org.vn: headline, author with his position, time and date
    DocumentHeader h =
        DocumentHeader.read(
            "Tiếp tục đẩy mạnh cải cách hành chính ở Việt Nam thời gian tới\n\n"
                + "Nguyễn Xuân Phúc Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ\n"
                + "15:36, ngày 03-12-2013\n\n"
                + "TCCS - Quán triệt chủ trương, đường lối của Đảng về cải cách hành chính, từ năm"
                + " 2001 đến nay, Chính phủ đã ban hành hai chương trình tổng thể.");
    assertThat(h.title())
        .hasValue("Tiếp tục đẩy mạnh cải cách hành chính ở Việt Nam thời gian tới");
    // cchccantho.gov.vn: a link above the headline is not taken for an author
    DocumentHeader g =
        DocumentHeader.read(
            "Thành phố Cần Thơ ban hành Quy chế thực hiện cơ chế một cửa\n\n"
                + "Giải pháp nâng cao Chỉ số Cải cách hành chính của thành phố Cần Thơ trong thời"
                + " gian tới\n\n"
                + "14:21 - 29/05/2018\n\n"
                + "Xác định Chỉ số CCHC để theo dõi, đánh giá một cách thực chất, khách quan và công"
                + " bằng kết quả thực hiện cải cách hành chính hằng năm.");
    assertThat(h.article()).isTrue();
    assertThat(g.title())
        .hasValue(
            "Giải pháp nâng cao Chỉ số Cải cách hành chính của thành phố Cần Thơ trong thời gian"
                + " tới");
  }

  @Test
  void aTitleStopsAtItsAuthorityWrappedInTwo() {
    // thuvienphapluat.vn, Quyết định 983/QĐ-UBND of Lai Châu (found on unseen4)
    DocumentHeader h =
        DocumentHeader.read(
            "Số: 983/QĐ-UBND\n|\nLai Châu, ngày 04\ntháng 8 năm 2022\n|\nQUYẾT\nĐỊNH\n"
                + "PHÊ DUYỆT ĐỀ ÁN “CHUYỂN ĐỔI SỐ TỈNH LAI CHÂU\n"
                + "ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030”\n"
                + "ỦY BAN\nNHÂN DÂN TỈNH LAI CHÂU\n"
                + "Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;\n");
    assertThat(h.title())
        .hasValue(
            "PHÊ DUYỆT ĐỀ ÁN “CHUYỂN ĐỔI SỐ TỈNH LAI CHÂU ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030”");
  }

  @Test
  void aHeadlineAboveATitledAuthor() {
    // quanlynhanuoc.vn (found on unseen4): headline, then "TS. …" and the authors' schools
    DocumentHeader h =
        DocumentHeader.read(
            "Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay\n\n"
                + "TS. Trần Thị Huyền Trang\nHọc viện Chính sách và phát triển\n"
                + "ThS. Nguyễn Hải Yến\nTrường Chính trị tỉnh Bắc Kạn\n\n"
                + "(Quanlynhanuoc) – Sự xuất hiện của chính phủ số đã tạo nền tảng phát triển hạ"
                + " tầng số phục vụ các hoạt động cần thiết trong cơ quan nhà nước.");
    assertThat(h.title()).hasValue("Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay");
  }
}
