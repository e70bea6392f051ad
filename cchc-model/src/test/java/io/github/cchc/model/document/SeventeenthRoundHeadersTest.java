package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of header fields the fresh sets of the seventeenth round (unseen50, unseen51; test
 * resources {@code io/github/cchc/model/corpus}) misread in documents: a legal site's caption of
 * the document over its header taken for the issuing body, and a "Nơi nhận" item's units wrapped
 * onto a line of their own that ended the list before the signature block. Each test has the real
 * page's lines and a near case.
 */
class SeventeenthRoundHeadersTest {
  @Test
  void aSitesCaptionOfTheDocumentIsNoIssuingBody() {
    // Quyết định 1898/QĐ-UBND of An Giang (2022) on dulieuphaply.vn (unseen51)
    String text =
        """
        QUYẾT ĐỊNH 1898/QĐ-UBND NGÀY 28/07/2022 VỀ KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TỈNH AN GIANG GIAI ĐOẠN 2021-2025

        Hiệu lực: Còn hiệu lực Ngày có hiệu lực: 28/07/2022

        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        ——-

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc
        —————

        Số: 1898/QĐ-UBND

        An Giang, ngày 28 tháng 7 năm 2022

        QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TỈNH AN GIANG GIAI ĐOẠN 2021 – 2025

        ỦY BAN NHÂN DÂN TỈNH AN GIANG
        """;
    assertThat(DocumentHeader.readLeniently(text).issuingBody())
        .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG");
    // a body's name in capitals over the header is still the body
    String body =
        """
        SỞ KẾ HOẠCH VÀ ĐẦU TƯ
        TỈNH AN GIANG
        ——-

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc

        Số: 12/KH-SKHĐT

        An Giang, ngày 28 tháng 7 năm 2022

        KẾ HOẠCH
        THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO NĂM 2022
        """;
    assertThat(DocumentHeader.readLeniently(body).issuingBody())
        .containsExactly("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "TỈNH AN GIANG");
  }

  @Test
  void aRecipientsUnitsWrappedOntoALineOfTheirOwn() {
    // Công văn 2776/VPCP-QHQT of the Văn phòng Chính phủ (2011) on luatminhkhue.vn (unseen50)
    String text =
        """
        Văn phòng Chính phủ xin thông báo để các cơ quan, địa phương biết, thực hiện./.

        Nơi nhận:
        - Như trên;
        - TTg CP, PTTg Phạm Gia Khiêm;
        - VPCP: BTCN;
        Vụ TH; Cổng TTĐT;
        - Lưu: VT, QHQT (3b).12
        BỘ TRƯỞNG, CHỦ NHIỆM
        (Đã ký)
        Nguyễn Xuân Phúc
        """;
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.signer()).hasValue("Nguyễn Xuân Phúc");
    assertThat(h.recipients())
        .containsExactly("Như trên", "TTg CP, PTTg Phạm Gia Khiêm", "VPCP: BTCN; Vụ TH; Cổng TTĐT");
    // a line that ends with ';' with no item under it ends the list as before
    String ended =
        """
        Nơi nhận:
        - Như trên;
        - VPCP: BTCN;
        Vụ TH; Cổng TTĐT;
        BỘ TRƯỞNG, CHỦ NHIỆM
        Nguyễn Xuân Phúc
        """;
    assertThat(DocumentHeader.readLeniently(ended).recipients())
        .containsExactly("Như trên", "VPCP: BTCN");
  }
}
