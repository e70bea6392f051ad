package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eth (ð U+00F0, Ð U+00D0) that old web copies give for đ and Đ, the pages having been
 * converted out of the TCVN3 and VNI fonts ("Quyết ðịnh số 12/QÐ-UBND"): the citation reader and
 * the header reader read it as đ, one character for one, so offsets and a citation's text stay
 * those of the text given. The lines are those of a corpus page (Quyết định 4216/QĐ-UBND of Thanh
 * Hóa, tuning set) with đ written as such copies write it.
 */
class EthForDTest {
  @Test
  void aCitationWithEth() {
    String line =
        "Căn cứ Quyết ðịnh số 749/QÐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt"
            + " \"Chương trình Chuyển ðổi số quốc gia";
    List<Citation> found = CitationExtractor.extract(line);
    assertThat(found).extracting(c -> c.number().format()).containsExactly("749/QĐ-TTg");
    assertThat(found.get(0).text()).startsWith("Quyết ðịnh số 749/QÐ-TTg ngày 03/6/2020");
  }

  @Test
  void aHeaderWithEth() {
    String header =
        """
        ỦY BAN NHÂN DÂN
        TỈNH THANH HÓA
        -------

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Ðộc lập - Tự do - Hạnh phúc
        ---------------

        Số: 4216/QÐ-UBND

        Thanh Hóa, ngày 06 tháng 10 năm 2020

        QUYẾT ÐỊNH

        VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ÐỔI SỐ TRÊN ÐỊA BÀN TỈNH THANH HÓA ÐẾN NĂM 2025, ÐỊNH\
         HƯỚNG ÐẾN NĂM 2030
        """;
    DocumentHeader h = DocumentHeader.readLeniently(header);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("4216/QĐ-UBND");
    assertThat(h.documentType()).contains(DocumentType.QUYET_DINH);
    assertThat(h.title())
        .contains(
            "VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH THANH HÓA ĐẾN NĂM 2025,"
                + " ĐỊNH HƯỚNG ĐẾN NĂM 2030");
  }
}
