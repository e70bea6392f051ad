package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Header and signature layouts that the published files of the corpus set {@code binary/} show
 * (issue 16, the PDF and .doc round), as the readers of those files give their text: a number
 * stamped at signing with a full stop after it, "(đã ký)" where the hand signature is, recipients
 * listed with the en dash Word puts for a typed hyphen.
 */
class PublishedFileLayoutsTest {
  @Test
  void aNumberStampedWithAFullStopBeforeTheSymbolsField() {
    // Kế hoạch 3070/KH-UBND of thị xã Bỉm Sơn, as its PDF reads once the stamp is drawn
    DocumentHeader h =
        DocumentHeader.readLeniently(
            """
            UỶ BAN NHÂN DÂN
            THỊ XÃ BỈM SƠN
            Số: 3070.  /KH-UBND

            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bỉm Sơn, ngày 09  tháng  9 năm 2024

            KẾ HOẠCH
            Khắc phục những tồn tại, hạn chế trong việc chấp hành các quy định của pháp luật về Bảo vệ Bí mật Nhà nước năm 2024
            """);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("3070/KH-UBND");
    assertThat(h.issuingBody()).containsExactly("UỶ BAN NHÂN DÂN", "THỊ XÃ BỈM SƠN");
    assertThat(h.date().map(Object::toString)).contains("2024-09-09");
    // a second, realistic variant: the number typed with its stop, one space before the symbol
    assertThat(
            DocumentHeader.readLeniently(
                    "UBND TỈNH PHÚ THỌ\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 275. /STTTT-CNTT\n"
                        + "Phú Thọ, ngày 16 tháng 12 năm 2011\n")
                .numberSymbol()
                .map(DocumentNumber::format))
        .contains("275/STTTT-CNTT");
  }

  @Test
  void theMarkOfTheHandSignatureBetweenTitleAndNameIsNoLineOfTheBlock() {
    // Quyết định 15/2010/QĐ-UBND of Hà Nội as its .doc gives the signature cell
    Signature s =
        Signature.parse(
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(đã ký)\n\nNgô Thị Thanh Hằng");
    assertThat(s.name()).contains("Ngô Thị Thanh Hằng");
    assertThat(s.title()).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    // Chỉ thị 09/2009/CT-UBND of Bình Dương: "(Đã ký)", capitalised, under the title
    assertThat(
            Signature.parse(
                    "TM. UỶ BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn Hiệp")
                .name())
        .contains("Nguyễn Văn Hiệp");
  }

  @Test
  void recipientsListedWithEnDashesEndBeforeTheSignature() {
    // the foot of Nghị quyết 33/2022/NQ-HĐND of Cao Bằng, a Word export
    DocumentHeader h =
        DocumentHeader.readLeniently(
            """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH CAO BẰNG
            Số: 33/2022/NQ-HĐND
            Cao Bằng, ngày 15 tháng 7 năm 2022
            NGHỊ QUYẾT
            QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG LỆ PHÍ CẤP GIẤY PHÉP LAO ĐỘNG
            Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;
            Điều 1. Quy định mức thu.
            Nghị quyết này đã được Hội đồng nhân dân tỉnh Cao Bằng khóa XVII, Kỳ họp thứ 8 thông qua ngày 15 tháng 7 năm 2022./.
            Nơi nhận:
            – Ủy ban Thường vụ Quốc hội;
            – Chính phủ;
            – Huyện ủy, Thành ủy, HĐND, UBND các huyện, thành phố;
            – Lưu: VT.

            CHỦ TỊCH
            Triệu Đình Lê
            """);
    assertThat(h.signer()).contains("Triệu Đình Lê");
    assertThat(h.recipients()).contains("Chính phủ");
  }

  private static final String HEAD =
      "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 991/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          + "Độc lập - Tự do - Hạnh phúc\nĐồng Xoài, ngày 12 tháng 5 năm 2008\n\nQUYẾT ĐỊNH\n"
          + "Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng\n\n";

  @Test
  void aSignatureBlockUnderTheBodyWithNoRecipientsGivesTheSigner() {
    // Quyết định 991/QĐ-UBND of Bình Phước (tuning-p, .doc in VNI): no "Nơi nhận" list, the block
    // right under the body's "./."
    assertThat(
            DocumentHeader.readLeniently(
                    HEAD
                        + "Quyết định này có hiệu lực kể từ ngày ký./.\n"
                        + "TM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\nTrương Tấn Thiệu\n")
                .signer())
        .contains("Trương Tấn Thiệu");
    // Nghị định 109/2004/NĐ-CP (tuning-p, PDF in TCVN3): "(đã ký)" between title and name, and
    // what follows the name (an appended form) is not read
    assertThat(
            DocumentHeader.readLeniently(
                    HEAD
                        + "chịu trách nhiệm thi hành Nghị định này./.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n"
                        + "(đã ký)\nPhan Văn Khải\n\nMẪU SỐ 1\nTên doanh nghiệp\n")
                .signer())
        .contains("Phan Văn Khải");
  }

  @Test
  void theBodyGoingOnAfterAClosingStopGivesNoSigner() {
    // a counter-example: "./." closing an amended clause, then the body going on and a name
    assertThat(
            DocumentHeader.readLeniently(
                    HEAD
                        + "Điều 1. Sửa khoản 2 như sau: theo quy định./.\nĐiều 2. Giao Sở Tài chính\n"
                        + "Trương Tấn Thiệu\n")
                .signer())
        .isEmpty();
  }

  @Test
  void whatAFileAppendsAfterTheSignersNameIsNoPartOfTheBlock() {
    // Thông tư 01/2010/TT-TTCP (unseen24, .doc): the recipients, the signature, then the circular's
    // form "MẪU SỐ 01A" and its lines
    assertThat(
            DocumentHeader.readLeniently(
                    HEAD
                        + "3. Trong quá trình tổ chức thực hiện nếu có vướng mắc, đề nghị phản ánh.\n"
                        + "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Lưu VT, Cục IV.\n\n"
                        + "TỔNG THANH TRA\n\nĐã ký\n\n\nTrần Văn Truyền\n\n\nMẪU SỐ 01A\n"
                        + "(Ban hành kèm theo Thông tư số 01/2010/TT-TTCP)\n"
                        + "MẪU BẢN KÊ KHAI TÀI SẢN, THU NHẬP BỔ SUNG\n"
                        + "- Họ và tên người kê khai tài sản, thu nhập:\n")
                .signer())
        .contains("Trần Văn Truyền");
    // a counter-example: a block that does not open in capitals is not cut to a name
    assertThat(
            DocumentHeader.readLeniently(
                    HEAD
                        + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGhi chú về hồ sơ\nTrần Thành Lập\n"
                        + "TỔNG THANH TRA\nBản sao\nMẪU SỐ 01A\nTrang 2\n")
                .signer())
        .isEmpty();
  }

  @Test
  void theSiteLabelledUnderAPlanningDecisionsTitleIsNoPartOfIt() {
    // Quyết định 2858/QĐ-UBND of Hà Nội (unseen24, PDF): the trích yếu, then "Địa điểm: …"
    String head =
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 2858/QĐ-UBND\nHà Nội, ngày 10 tháng 6 năm 2025\n"
            + "QUYẾT ĐỊNH\n"
            + "Về việc phê duyệt đồ án Điều chỉnh cục bộ Quy hoạch chi tiết khu vực Bắc Cổ\n"
            + "Nhuế - Chèm, tỷ lệ 1/500 tại các ô đất quy hoạch ký hiệu K4/CQ2 và K7/CQ3\n";
    String site =
        "Địa điểm: các phường Cổ Nhuế 2 và Xuân Đỉnh,\nquận Bắc Từ Liêm, thành phố Hà Nội.\n\n"
            + "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Thủ đô ngày 28/6/2024;\n";
    assertThat(DocumentHeader.readLeniently(head + site).title())
        .contains(
            "Về việc phê duyệt đồ án Điều chỉnh cục bộ Quy hoạch chi tiết khu vực Bắc Cổ Nhuế -"
                + " Chèm, tỷ lệ 1/500 tại các ô đất quy hoạch ký hiệu K4/CQ2 và K7/CQ3");
    // a counter-example: "địa điểm" without the label's colon, the title's own words, goes on with
    // it
    assertThat(
            DocumentHeader.readLeniently(
                    head.replace("K7/CQ3\n", "K7/CQ3,\nđịa điểm xây dựng trường học\n")
                        + "\nCăn cứ Luật Thủ đô ngày 28/6/2024;\n")
                .title()
                .orElseThrow())
        .endsWith("K7/CQ3, địa điểm xây dựng trường học");
  }
}
