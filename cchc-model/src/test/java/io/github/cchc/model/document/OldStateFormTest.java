package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The State's documents before 1992 as the tenth holdout's Thông tư 15-BTC/TT of 1991 gives them
 * (unseen10, thuviennhadat.vn): a number with the issuer before the type ("15-BTC/TT", read as
 * {@link DocumentNumber#legacy()} with its type), and the old prose heading under the type heading
 * ("THÔNG TƯ⏎SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ …"), which gives the
 * title after the issuing body and is the page's own number, no citation.
 */
class OldStateFormTest {
  private static final String HEADER =
      """
      BỘ
      TÀI CHÍNH
      ********
      |
      CỘNG
      HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      ********
      |
      Số:
      15-BTC/TT
      |
      Hà
      Nội, ngày 16 tháng 3 năm 1991
      |
      THÔNG TƯ
      SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ
      QUẢN LÝ TÀI CHÍNH ĐỐI VỚI NGÂN HÀNG THƯƠNG MẠI QUỐC DOANH VÀ NGÂN HÀNG ĐẦU TƯ
      VÀ PHÁT TRIỂN
      Thi hành Nghị định số
      196-HĐBT ngày 11-12-1989 của Hội đồng Bộ trưởng "quy định nhiệm vụ, quyền
      """;

  @Test
  void aNumberWithTheIssuerBeforeTheType() {
    DocumentNumber n = DocumentNumber.parse("15-BTC/TT");
    assertThat(n.legacy()).isTrue();
    assertThat(n.issuerCode()).isEqualTo("BTC");
    assertThat(n.type()).contains(DocumentType.THONG_TU);
    assertThat(n.format()).isEqualTo("15-BTC/TT");
    assertThat(DocumentNumber.parse(n.format())).isEqualTo(n);
    // the form without a type is as before
    assertThat(DocumentNumber.parse("67-HĐBT").format()).isEqualTo("67-HĐBT");
    assertThat(DocumentNumber.parse("67-HĐBT").typeCode()).isEmpty();
  }

  @Test
  void theProseHeadingGivesTheTitleAndIsNoCitation() {
    DocumentHeader h = DocumentHeader.readLeniently(HEADER);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("15-BTC/TT");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(1991, 3, 16)));
    assertThat(h.title())
        .contains(
            "QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI NGÂN HÀNG THƯƠNG MẠI QUỐC DOANH VÀ NGÂN HÀNG"
                + " ĐẦU TƯ VÀ PHÁT TRIỂN");
    List<String> cited =
        CitationExtractor.extract(HEADER).stream().map(c -> c.number().format()).toList();
    assertThat(cited).containsExactly("196-HĐBT");
  }
}
