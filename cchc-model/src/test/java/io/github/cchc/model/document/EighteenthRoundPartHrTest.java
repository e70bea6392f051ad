package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of citations and header fields the fresh sets of the eighteenth round (unseen53 to
 * unseen58; test resources {@code io/github/cchc/model/corpus}) misread (issue 16, part Hr), each
 * on the corpus pages' own lines, with a near case that must not be read.
 */
class EighteenthRoundPartHrTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void cyrillicLookAlikesInALatinSymbolAreLatin() {
    // Công điện 230/CĐ-TTg of 2025 (unseen56): the "Т" and "С" of "BТС" are Cyrillic
    assertThat(
            cited(
                "theo đề nghị của Bộ Tài chính tại văn bản số 16495/B\u0422\u0421-PTHT ngày"
                    + " 22/10/2025"))
        .containsExactly("16495/BTC-PTHT");
    // near: a word all in Cyrillic is left as it is
    assertThat(DocumentHeader.readLeniently("Báo \u0422\u0410\u0421\u0421 đưa tin").title())
        .isEmpty();
    assertThat(
            io.github.cchc.model.text.VietnameseText.plain(
                "hãng \u0422\u0410\u0421\u0421 và B\u0422\u0421"))
        .isEqualTo("hãng \u0422\u0410\u0421\u0421 và BTC");
  }

  @Test
  void aNumberAfterSoWithTheHornIsNoDocuments() {
    // Thông báo 637/TB-VPCP of 2025 (unseen56): "Cơ sở 2" is a hospital's second campus
    assertThat(
            cited(
                "Lê Thành Long đã đi kiểm tra, đôn đốc công trình Dự án đầu tư xây dựng Cơ sở 2\n"
                    + "Bệnh viện Hữu nghị Việt Đức và Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Bạch Mai"))
        .isEmpty();
    // near: "số" with its circumflex, or a copy that lost every mark, is still the number's
    assertThat(cited("theo Báo cáo thẩm định số 18/BCTĐ-STP của Sở Tư pháp"))
        .containsExactly("18/BCTĐ-STP");
    assertThat(cited("theo Ke hoach so 12/KH-UBND ngay 05/01/2024")).containsExactly("12/KH-UBND");
  }

  @Test
  void aDateLinesNumberGluedToMonthOrYear() {
    // Quyết định 2641/QĐ-UBND of Đà Nẵng (unseen54): "11năm", the line wrapped after "ngày"
    String text =
        """
        **ỦY BAN NHÂN
        DÂN**
        THÀNH PHỐ ĐÀ NẴNG
        --------
        |
        **CỘNG HÒA XÃ
        HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        |
        Số:
        2641/QĐ-UBND
        |
        *Đà Nẵng, ngày
        18 tháng 11năm 2025*
        |

        **QUYẾT ĐỊNH**

        BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC
        """;
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.place()).contains("Đà Nẵng");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2025, 11, 18)));
    assertThat(GluedDateWord.spaced("Hà Nội, ngày 05 tháng02 năm 2024"))
        .isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2024");
    // near: a word that only begins like "năm" is not split
    assertThat(GluedDateWord.spaced("tháng 11 năm 2025 có 2năml"))
        .isEqualTo("tháng 11 năm 2025 có 2năml");
  }

  @Test
  void aPlaceWithoutTheMarksOfEmphasisAroundIt() {
    // Nghị quyết 36/2025/NQ-HĐND of Huế (unseen54), a Markdown file's italic line
    String text =
        """
        **HỘI ĐỒNG NHÂN DÂN**
        **THÀNH PHỐ HUẾ**
        |
        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        |
        Số: 36/2025/NQ-HĐND
        |
        *Thành phố Huế**, ngày 18 tháng 11 năm 2025*
        |

        **NGHỊ QUYẾT**
        """;
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.place()).contains("Thành phố Huế");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2025, 11, 18)));
  }

  @Test
  void aSymbolCutAtAHyphenItsRestLowerDown() {
    // Báo cáo 255/BC-BCĐPCGD-XMC of Nga Sơn on 123docz (unseen58), a flattened two-column header
    String text =
        """
        UBND HUYỆN NGA SƠN

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        BAN CHỈ ĐẠO PCGD, XMC

        Độc lập – Tự do – Hạnh phúc

        Số: 255 / BC-BCĐPCGD-

        Nga Sơn, ngày 13 tháng 11 năm 2020

        XMC

        BÁO CÁO
        TÌNH HÌNH THỰC HIỆN VÀ KẾT QUẢ
        """;
    assertThat(DocumentHeader.readLeniently(text).numberSymbol().map(DocumentNumber::format))
        .contains("255/BC-BCĐPCGD-XMC");
    // near: a line under it that is no code alone is not joined
    String near = text.replace("\nXMC\n", "\nxã Nga Sơn\n");
    assertThat(DocumentHeader.readLeniently(near).numberSymbol().map(DocumentNumber::format))
        .isNotEqualTo(java.util.Optional.of("255/BC-BCĐPCGD-XMC"));
  }
}
