package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A two-column header flattened line by line, the issuing body's second line before the motto on
 * one line: the words before the motto are the body's (corpus {@code unseen18}, {@code unseen19}).
 */
class FlattenedTwoColumnsTest {
  private static String issuer(String text) {
    return String.join(" ", DocumentHeader.readLeniently(text).issuingBody());
  }

  @Test
  void theBodysSecondLineBeforeTheMotto() {
    // Công văn 454/UBND-NCTH of Hậu Giang, 2011
    String text =
        """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc


        Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011
        """;
    assertThat(issuer(text)).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG");
    // Thông tư 06/2019/TT-BTTTT on tailieu.vn, the motto without its hyphens
    String variant =
        """
        BỘ THÔNG TIN VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TRUYỀN THÔNG Độc lập Tự do Hạnh phúc

        Số: 06/2019/TT-BTTTT Hà Nội, ngày 19 tháng 7 năm 2019
        """;
    assertThat(issuer(variant)).isEqualTo("BỘ THÔNG TIN VÀ TRUYỀN THÔNG");
  }

  @Test
  void theMottoAloneAddsNothing() {
    String text =
        """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011
        """;
    assertThat(issuer(text)).isEqualTo("ỦY BAN NHÂN DÂN");
  }

  @Test
  void aNationalBodysNameWrappedBeforeVietNam() {
    // Công văn 2618/BHXH-KHTC, 2010, on vanbanphapluat.co (corpus unseen17)
    String text =
        """
        BẢO HIỂM XÃ HỘI
        VIỆT NAM
        -------

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc
        --------------

        Số: 2618/BHXH-KHTC
        """;
    assertThat(issuer(text)).isEqualTo("BẢO HIỂM XÃ HỘI VIỆT NAM");
    // the national title wrapped before its "VIỆT NAM" adds nothing to the body
    String wrapped =
        """
        ỦY BAN NHÂN DÂN
        TỈNH LAI CHÂU
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA
        VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND
        """;
    assertThat(issuer(wrapped)).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
  }

  @Test
  void thePartysLineIsNotTheBodys() {
    // Nghị quyết 617-NQ/BCSĐ, 2018, on hethongphapluat.com (corpus unseen17)
    String text =
        """
        BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |
        Số: 617-NQ/BCSĐ | Hà Nội, ngày 28 tháng 12 năm 2018 |
        NGHỊ QUYẾT
        """;
    assertThat(issuer(text)).isEqualTo("BAN CHẤP HÀNH TRUNG ƯƠNG");
    // the two columns on lines of their own
    String variant =
        """
        TỈNH ỦY LẠNG SƠN
        *
        ĐẢNG CỘNG SẢN VIỆT NAM
        Số: 12-KH/TU
        Lạng Sơn, ngày 5 tháng 2 năm 2021
        KẾ HOẠCH
        """;
    assertThat(issuer(variant)).doesNotContain("ĐẢNG CỘNG SẢN");
  }
}
