package io.github.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TCVN3 to Unicode on real lines: the Lệ Thuỷ document of 2011 ({@code
 * formats/lethuy-tcvn3-2011.doc}) and the Ministry of Finance's decision of 22/11/2002 as read from
 * an archived {@code .doc}; each expected Unicode line was checked with glibc's {@code iconv -f
 * TCVN5712-1 -t UTF-8}.
 */
class Tcvn3Test {

  @Test
  void realLinesReadInUnicode() {
    assertThat(Tcvn3.toUnicode("LÖ Thuû, ngµy  29  th¸ng 11 n¨m 2011"))
        .isEqualTo("Lệ Thuỷ, ngày  29  tháng 11 năm 2011");
    assertThat(Tcvn3.toUnicode("quy ®Þnh sè 76-Q§/TW ngµy 15/6/2000 cña Bé ChÝnh trÞ"))
        .isEqualTo("quy định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị");
    assertThat(Tcvn3.toUnicode("th­êng xuyªn nªu cao tr¸ch nhiÖm"))
        .isEqualTo("thường xuyên nêu cao trách nhiệm");
    assertThat(Tcvn3.toUnicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam"))
        .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
    assertThat(Tcvn3.toUnicode("§éc lËp - Tù do - H¹nh phóc"))
        .isEqualTo("Độc lập - Tự do - Hạnh phúc");
  }

  @Test
  void glyphsAPdfNamesAsMathSignsInsideAWordAreTcvn3Letters() {
    // the text layer of Thông tư 01/2006/TT-NHNN and Quyết định 115/2004/QĐ-TTg (mpi.gov.vn, 2006):
    // the export named the glyphs at 0xAD (ư) and 0xB7 (ã) "minus" and "periodcentered"
    assertThat(Tcvn3.toUnicode("cña Thñ t−íng ChÝnh phñ vÒ viÖc"))
        .isEqualTo("của Thủ tướng Chính phủ về việc");
    assertThat(Tcvn3.toUnicode("Quü b¶o l∙nh tÝn dông")).isEqualTo("Quỹ bảo lãnh tín dụng");
    assertThat(Tcvn3.toUnicodeCapitals("céng hoµ x∙ héi")).isEqualTo("CỘNG HOÀ XÃ HỘI");
    // a minus between numbers stays one
    assertThat(Tcvn3.toUnicode("t¨ng 5 − 3 phÇn tr¨m")).isEqualTo("tăng 5 − 3 phần trăm");
    assertThat(Tcvn3.isLikely("ng©n hµng nhµ n−íc")).isTrue();
  }

  @Test
  void aWordTypedInAsciiCapitalsIsInCapitals() {
    assertThat(Tcvn3.toUnicode("QUYÕT §ÞNH")).isEqualTo("QUYẾT ĐỊNH");
    assertThat(Tcvn3.toUnicode("Sè: 215/Q§-UBND")).isEqualTo("Số: 215/QĐ-UBND");
    // one capital letter is the start of a word, not a word in capitals
    assertThat(Tcvn3.toUnicode("§Ó")).isEqualTo("Để");
  }

  @Test
  void aCapitalFaceIsReadInCapitals() {
    assertThat(Tcvn3.toUnicodeCapitals("®¶ng céng s¶n viÖt nam"))
        .isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
    assertThat(Tcvn3.toUnicodeCapitals("b¶n tù  kiÓm ®iÓm ")).isEqualTo("BẢN TỰ  KIỂM ĐIỂM ");
    assertThat(Tcvn3.isCapitalFont(".VnTimeH")).isTrue();
    assertThat(Tcvn3.isCapitalFont(".VnTime")).isFalse();
    assertThat(Tcvn3.isFont(".VnArial")).isTrue();
    assertThat(Tcvn3.isFont("Times New Roman")).isFalse();
    assertThat(Tcvn3.isFont(null)).isFalse();
  }

  @Test
  void tcvn3IsToldFromUnicodeVietnamese() {
    assertThat(Tcvn3.isLikely("bé tµi chÝnh          céng hoµ x· héi chñ nghÜa ViÖt nam")).isTrue();
    assertThat(Tcvn3.isLikely("Cộng hoà xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc"))
        .isFalse();
    // Latin-1 letters Vietnamese shares, a degree sign after a number and a section sign alone
    assertThat(Tcvn3.isLikely("Hà Tây, Phú Yên, Cà Mau: nhiệt độ 25°C, § 3")).isFalse();
    assertThat(Tcvn3.isLikely("plain ASCII text, 98%")).isFalse();
    assertThat(Tcvn3.hasUnicodeVietnamese("Việt")).isTrue();
    assertThat(Tcvn3.hasUnicodeVietnamese("ViÖt")).isFalse();
  }

  /** The TCVN3 byte of each letter, from the standard's table as {@link Tcvn3} holds it. */
  private static final Map<Character, Character> ENCODE = new HashMap<>();

  static {
    String high =
        "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";
    for (int i = 0; i < high.length(); i++) {
      ENCODE.put(high.charAt(i), (char) (0xA1 + i));
    }
  }

  private static final String SMALL =
      "abcdeghiklmnopqrstuvxyăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

  @Test
  void everySmallVietnameseWordComesBackFromItsTcvn3Bytes() {
    qt().forAll(lists().of(integers().between(0, SMALL.length() - 1)).ofSizeBetween(1, 30))
        .checkAssert(
            indices -> {
              StringBuilder unicode = new StringBuilder();
              StringBuilder tcvn3 = new StringBuilder();
              for (int k = 0; k < indices.size(); k++) {
                char c = SMALL.charAt(indices.get(k));
                if (k % 7 == 6) {
                  unicode.append(' ');
                  tcvn3.append(' ');
                }
                unicode.append(c);
                tcvn3.append(ENCODE.getOrDefault(c, c));
              }
              String expected = Normalizer.normalize(unicode, Normalizer.Form.NFC);
              assertThat(Tcvn3.toUnicode(tcvn3)).isEqualTo(expected);
              assertThat(Tcvn3.toUnicodeCapitals(tcvn3))
                  .isEqualTo(expected.toUpperCase(java.util.Locale.forLanguageTag("vi")));
              assertThat(Tcvn3.isLikely(expected)).isFalse();
            });
  }

  @Test
  void unicodeVietnameseIsNeverTakenForTcvn3() {
    List<String> lines =
        List.of(
            "Trên 98% hồ sơ TTHC được giải quyết đúng hạn",
            "UBND TỈNH BÌNH PHƯỚC",
            "Bình Phước, ngày 05 tháng 02 năm 2024",
            "Căn cứ Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh");
    assertThat(lines).noneMatch(Tcvn3::isLikely);
    assertThat(Tcvn3.isLikely(String.join("\n", lines))).isFalse();
  }
}
