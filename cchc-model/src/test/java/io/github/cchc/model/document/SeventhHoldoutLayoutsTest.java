package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of headers and citations the seventh unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen7}) missed, each with the lines of the real page: a page
 * refused whole by its signature block (two title lines, "TỔ TRƯỞNG" over "BỘ TRƯỞNG, CHỦ NHIỆM
 * VPCP"), a header pushed below the top lines by a site's banner and a table of properties one cell
 * per line.
 */
class SeventhHoldoutLayoutsTest {
  /** Công văn 467/CCTTHC of 2010 (luatminhkhue.vn), its "Nơi nhận" run into one line. */
  private static final String CV_467 =
      """
      TỔ CÔNG TÁC CHUYÊN TRÁCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ
      --------

      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập – Tự do – Hạnh phúc
      ---------------

      Số: 467/CCTTHC
      V/v Thực thi các phương án đơn giản hóa những thủ tục hành chính thuộc thẩm quyền quyết\
       định của UBND cấp tỉnh

      Hà Nội, ngày 01 tháng 10 năm 2010

      Kính gửi: UBND các tỉnh, thành phố trựcthuộc Trung ương

      Báo cáo của UBND cấp tỉnh đề nghịgửi về Tổ công tác chuyên trách trước ngày 15 tháng 10\
       năm 2010 để tổng hợp, báo cáo Thủ tướng Chính phủ./.

      Nơi nhận:- Như trên;
      - TTgCP (để báo cáo);
      - Lưu: VT, CCTTHC (5).

      TỔ TRƯỞNG
      BỘ TRƯỞNG, CHỦ NHIỆM VPCP
      Nguyễn Xuân Phúc
      """;

  @Test
  void aSignatureBlockThatCannotBeReadDoesNotCostTheHeader() {
    // the block with a line after the name, as web copies add "(Đã ký)"
    String signed = CV_467 + "(Đã ký)\n";
    assertThatThrownBy(() -> DocumentHeader.read(signed))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("signature");
    DocumentHeader h = DocumentHeader.readLeniently(signed);
    assertThat(h.documentType()).contains(DocumentType.CONG_VAN);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("467/CCTTHC");
    assertThat(h.place()).contains("Hà Nội");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2010, 10, 1)));
    assertThat(h.issuingBody())
        .containsExactly(
            "TỔ CÔNG TÁC CHUYÊN TRÁCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ");
    assertThat(h.addressees()).containsExactly("UBND các tỉnh, thành phố trựcthuộc Trung ương");
    assertThat(h.signature()).isEmpty();
    assertThat(h.unread()).hasSize(1);
    UnreadPart u = h.unread().get(0);
    assertThat(u.part()).isEqualTo("signature");
    assertThat(signed.substring(u.offset())).startsWith("(Đã ký)");
    assertThat(u.reason()).isEqualTo("unexpected line in signature");
    assertThat(u.toString()).startsWith("signature at " + u.offset() + ": ");
  }

  @Test
  void aSignatureWithAnOfficeUnderItsTitle() {
    // the chair of the task force signs with his office under his title
    DocumentHeader h = DocumentHeader.read(CV_467);
    assertThat(h.unread()).isEmpty();
    Signature s = h.signature().orElseThrow();
    assertThat(s.title()).isEqualTo("TỔ TRƯỞNG\nBỘ TRƯỞNG, CHỦ NHIỆM VPCP");
    assertThat(s.name()).contains("Nguyễn Xuân Phúc");
    assertThat(Signature.parse(s.format())).isEqualTo(s);
    // a second capacity under the first (Quyết định 33/2009/QĐ-UBND of Tiền Giang)
    Signature twice =
        Signature.parse("TM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phòng");
    assertThat(twice.authority()).contains(SigningAuthority.TM);
    assertThat(twice.onBehalfOf()).contains("ỦY BAN NHÂN DÂN TỈNH");
    assertThat(twice.title()).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    assertThat(twice.name()).contains("Nguyễn Văn Phòng");
    assertThat(Signature.parse(twice.format())).isEqualTo(twice);
    assertThat(Signature.parse("GIÁM ĐỐC\nNGUYỄN VĂN AN").name()).contains("NGUYỄN VĂN AN");
  }

  @Test
  void aMalformedNumberOrDateLineIsListedAndTheRestIsRead() {
    String bad =
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 24/KH-\n\nNinh Thuận, ngày 32 tháng 9 năm 2022\n\n"
            + "KẾ HOẠCH\nNÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH NINH THUẬN NĂM 2022\n";
    DocumentHeader h = DocumentHeader.readLeniently(bad);
    assertThat(h.unread()).extracting(UnreadPart::part).containsExactly("number line", "date line");
    assertThat(h.numberSymbol()).isEmpty();
    assertThat(h.date()).isEmpty();
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.title()).contains("NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH NINH THUẬN NĂM 2022");
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN");
    assertThat(DocumentHeader.readLeniently(CV_467).unread()).isEmpty();
  }

  @Test
  void aHeaderBelowABannerAndAPropertyTableIsFoundByWhatItSays() {
    // Kế hoạch 4233/KH-UBND of Ninh Thuận (thuvienphapluat.vn): a copyright banner, a notice and
    // the document's properties one cell per line push the header past the top 20 lines
    StringBuilder page =
        new StringBuilder(
            """
            Bản dịch này thuộc quyền sở hữu của
            THƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của
            THƯ VIỆN PHÁP LUẬT là vi phạm pháp luật về Sở hữu trí tuệ.
            X
            CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
            Click vào phần bôi vàng để xem chi tiết.
            Đang tải văn bản...
            Kế hoạch 4233/KH-UBND 2022 nâng cao Chỉ số chuyển đổi số Ninh Thuận
            """);
    for (String cell :
        List.of(
            "Số hiệu:",
            "4233/KH-UBND",
            "Loại văn bản:",
            "Kế hoạch",
            "Nơi ban hành:",
            "Tỉnh Ninh Thuận",
            "Người ký:",
            "Nguyễn Long Biên",
            "Ngày ban hành:",
            "28/09/2022",
            "Tình trạng:",
            "Đã biết")) {
      page.append("|\n").append(cell).append('\n');
    }
    page.append(
        """
        ỦY BAN NHÂN DÂN
        TỈNH NINH THUẬN
        -------
        |
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        Số: 4233/KH-UBND
        |
        Ninh Thuận, ngày
        28 tháng 9 năm 2022
        |
        KẾ HOẠCH
        NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH NINH THUẬN NĂM 2022
        Theo báo cáo Chỉ số đánh giá chuyển đổi số năm 2021 của Bộ Thông tin và Truyền thông.
        """);
    DocumentHeader h = DocumentHeader.read(page);
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("4233/KH-UBND");
    assertThat(h.place()).contains("Ninh Thuận");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2022, 9, 28)));
    assertThat(h.title()).contains("NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH NINH THUẬN NĂM 2022");
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN");
  }

  @Test
  void aDotWrittenForTheHyphenOfAnOldSymbol() {
    // Quyết định 135/2006/QĐ-UBND of Nghệ An; Quyết định 33/2009/QĐ-UBND of Tiền Giang
    assertThat(
            CitationExtractor.extract(
                    "Căn cứ Quyết định số 136/2001/QĐ.TTg ngày 17/9/2001 của Thủ tướng Chính Phủ"
                        + " ban hành Chương trình tổng thể CCHC Nhà nước giai đoạn 2001-2010;")
                .stream()
                .map(c -> c.number().format())
                .toList())
        .containsExactly("136/2001/QĐ-TTg");
    DocumentNumber old = DocumentNumber.parse("01/1999/QĐ.UB");
    assertThat(old.format()).isEqualTo("01/1999/QĐ-UB");
    assertThat(old.type()).contains(DocumentType.QUYET_DINH);
    assertThat(old.year()).hasValue(1999);
    assertThat(DocumentNumber.parse("136/2001/QĐ.TTg"))
        .isEqualTo(DocumentNumber.parse("136/2001/QĐ-TTg"));
  }

  @Test
  void aTypeNameGluedToTheWordBeforeIt() {
    // Công văn 467/CCTTHC: the copy lost the space before "Công văn"
    assertThat(
            CitationExtractor.extract(
                    "2. Tình hình và kết quả triển khaiCông văn số 227/CCTTHC ngày 09 tháng 06 năm"
                        + " 2010 của Tổ công tác chuyên trách.")
                .stream()
                .map(c -> c.number().format())
                .toList())
        .containsExactly("227/CCTTHC");
  }

  @Test
  void aMenuLineFromTheHomeLinkIsNoHeadline() {
    // thoidai.com.vn: the site's menu, then a dateline, then the headline
    DocumentHeader h =
        DocumentHeader.read(
            """
            Trang chủ Chính trị - Xã hội Chào ngày mới
            23:30 | 03/04/2024 GMT+7

            Bạc Liêu vươn lên đứng đầu cả nước về chỉ số thủ tục hành chính công

            aa
            Chiều 3/4, tại buổi họp báo cung cấp thông tin định kỳ cho báo chí quý I/2024, ông Phạm             Văn Thiều - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bạc Liêu thông tin, tỉnh Bạc Liêu vươn             lên đứng đầu cả nước về chỉ số thủ tục hành chính công.
            """);
    assertThat(h.article()).isTrue();
    assertThat(h.title())
        .contains("Bạc Liêu vươn lên đứng đầu cả nước về chỉ số thủ tục hành chính công");
  }

  @Test
  void aTypeNameOpeningATitleInCapitalsIsTheType() {
    // the web copy of the 2025 plan of xã Long Phụng (Quảng Ngãi), without number or date
    DocumentHeader h =
        DocumentHeader.read(
            """
            KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025
            Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số             119/QĐ-UBND về hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã
            UBND xã Long Phụng ban hành Kế hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn             xã, cụ thể như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            """);
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.title()).contains("CẢI CÁCH HÀNH CHÍNH NĂM 2025");
  }
}
