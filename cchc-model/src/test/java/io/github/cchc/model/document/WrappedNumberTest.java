package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A header's number wrapped before its symbol in a narrow cell ({@link WrappedNumber}; corpus
 * {@code unseen28}, Kế hoạch 5872/KH-UBND of Ninh Thuận, 2012, on thuviennhadat.vn).
 */
class WrappedNumberTest {
  @Test
  void theSymbolOnTheLineUnderTheDigits() {
    String text =
        """
        ỦY BAN NHÂN
        DÂN
        TỈNH NINH THUẬN
        --------
        |
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        Số: 5872
        /KH-UBND
        |
        Ninh Thuận,
        ngày 12 tháng 12 năm 2012
        |
        KẾ HOẠCH
        TRIỂN KHAI THỰC HIỆN
        """;
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("5872/KH-UBND");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN");
    // a variant: a hyphened Party number wrapped in its cell
    String party =
        """
        TỈNH ỦY BÌNH PHƯỚC
        Số: 24
        -KH/TU
        Bình Phước, ngày 22 tháng 02 năm 2024
        """;
    assertThat(DocumentHeader.readLeniently(party).numberSymbol().map(DocumentNumber::format))
        .hasValue("24-KH/TU");
  }

  @Test
  void aLineThatIsNoSymbolStaysItsOwn() {
    assertThat(WrappedNumber.join("5872\n/KH-UBND", 0, 4, 5, 13)).isNotNull();
    // digits then a line that is no symbol: nothing is joined
    assertThat(WrappedNumber.join("5872\nNinh Thuận,", 0, 4, 5, 16)).isNull();
    // a number that already has its symbol is not a wrapped one
    assertThat(WrappedNumber.join("5872/KH\n/UBND", 0, 7, 8, 13)).isNull();
  }
}
