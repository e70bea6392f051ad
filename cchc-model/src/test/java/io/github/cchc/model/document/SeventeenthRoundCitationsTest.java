package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of citations the fresh sets of the seventeenth round (unseen50 to unseen52, test
 * resources {@code io/github/cchc/model/corpus}) missed or misread: a symbol a copy broke after its
 * ampersand ({@link SpacedSymbol}), a Party code whose W a Telex keyboard turned into "Ư" ({@link
 * MisprintedSymbol}), and an item of a list opened by "Số" with its capital after the colon ({@link
 * CitationLists}). Each test has the real sentence (its page named) and a near case that is not
 * read so.
 */
class SeventeenthRoundCitationsTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aSymbolBrokenAfterItsAmpersand() {
    // Công văn 4085 of Hồ Chí Minh City (2025, unseen51): "QLN&TTBĐS" is one code
    assertThat(
            numbers("Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025"))
        .containsExactly("15972/SXD-QLN&TTBĐS");
    assertThat(numbers("Tờ trình số 473/TTr-SNN&\nPTNT ngày 2/3/2020"))
        .containsExactly("473/TTr-SNN&PTNT");
    // a whole symbol then an ampersand between words: nothing joined
    assertThat(numbers("Công văn số 15972/SXD-QLN & các phòng ban"))
        .containsExactly("15972/SXD-QLN");
  }

  @Test
  void aPartyCodeWithTheUHornForItsW() {
    // hanict.hanoi.gov.vn on Chương trình 21-CTr/TU of Hà Nội (unseen52)
    assertThat(
            numbers(
                "Chương trình hành động số 21-CTr/TU ngày 2-2-2023 của Thành ủy Hà Nội thực hiện"
                    + " Nghị quyết số 29-NQ/TƯ ngày 17-11-2022 của Ban Chấp hành Trung ương"))
        .containsExactly("21-CTr/TU", "29-NQ/TW");
    assertThat(numbers("Chỉ thị số 05-CT/TƯ ngày 15/5/2016 của Bộ Chính trị"))
        .containsExactly("05-CT/TW");
    // a code that is no Party body's with the W either: kept as printed
    assertThat(numbers("Kế hoạch số 12-KH/BTƯX ngày 1/2/2020")).containsExactly("12-KH/BTƯX");
  }

  @Test
  void aListItemWithACapitalSoAfterTheColon() {
    // Quyết định 196/QĐ-UBND of Quảng Ngãi (2025, unseen50), on lawnet
    assertThat(
            numbers(
                "Nghị quyết số 25/NQ-CP ngày 05/02/2025 của Chính phủ về mục tiêu tăng trưởng;"
                    + " Công điện của Thủ tướng Chính phủ: Số 137/CĐ-TTg ngày 20/12/2024 về việc"
                    + " thúc đẩy tăng trưởng"))
        .containsExactly("25/NQ-CP", "137/CĐ-TTg");
    // "Số" opening its own line under a colon (a header's number line) starts no item
    assertThat(numbers("Công điện của Thủ tướng Chính phủ:\nSố 137/CĐ-TTg")).isEmpty();
  }
}
