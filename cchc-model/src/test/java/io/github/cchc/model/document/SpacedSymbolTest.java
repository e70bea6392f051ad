package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers and symbols written with spaces inside them: before a separator, as a number typed in
 * front of the symbol's field leaves it ("Số: 123 /KH-UBND"), after one ("35/NQ- CP", unseen of the
 * second round), or around it ("Kết luận số 100 - KL/TW", Yên Bái, unseen9). The header's "Số:"
 * line and citations read them alike; a token that is a number with its symbol by itself is never
 * joined to what follows.
 */
class SpacedSymbolTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  /** A plan's header as typed documents give it, the number typed before its symbol's field. */
  private static final String HEADER =
      """
      ỦY BAN NHÂN DÂN
      TỈNH BẮC NINH
      Số: 123 /KH-UBND
      Bắc Ninh, ngày 05 tháng 3 năm 2024
      KẾ HOẠCH
      Cải cách hành chính năm 2024
      """;

  @Test
  void aNumberLineWithASpaceBeforeTheSymbol() {
    DocumentHeader h = DocumentHeader.readLeniently(HEADER);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("123/KH-UBND");
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH");
  }

  @Test
  void citationsWithSpacesAroundASeparator() {
    assertThat(
            numbers(
                "Căn cứ Quyết định số 1234 /QĐ-UBND ngày 01/02/2024 và Nghị quyết số 66/NQ -CP,"
                    + " Nghị quyết số 35/NQ - CP của Chính phủ"))
        .containsExactly("1234/QĐ-UBND", "66/NQ-CP", "35/NQ-CP");
  }

  @Test
  void aWholeNumberIsNotJoinedToWhatFollows() {
    assertThat(numbers("theo Quyết định số 12/QĐ-UBND - Sở Nội vụ chủ trì"))
        .containsExactly("12/QĐ-UBND");
    assertThat(numbers("Kế hoạch số 12 - Tỉnh ủy giao")).containsExactly("12");
  }

  @Test
  void aSymbolBrokenAtTheEndOfALineAfterItsHyphenGoesOnOnTheNextLine() {
    // Quyết định 2858/QĐ-UBND of Hà Nội (unseen24, PDF), page 2: the Báo cáo thẩm định's symbol
    // breaks after "BC-"
    assertThat(
            numbers(
                "tại Tờ trình số\n2389/TTr-QHKT-NSH-HTKT ngày 29/5/2025 và Báo cáo thẩm định số"
                    + " 2390/BC-\nQHKT-NSH-HTKT ngày 29/5/2025"))
        .containsExactly("2389/TTr-QHKT-NSH-HTKT", "2390/BC-QHKT-NSH-HTKT");
    // Quyết định 14/2007/QĐ-UBND of Quảng Nam (unseen22, thuviennhadat): a spaced hyphen, then
    // the break
    assertThat(
            numbers(
                "Sở Nông nghiệp & Phát triển nông thôn tỉnh tại Tờ trình số 473/TTr -\nNN&PTNT"
                    + " ngày 21/5/2007"))
        .containsExactly("473/TTr-NN&PTNT");
    // a realistic variant: a decree's symbol broken after "NĐ-"
    assertThat(numbers("Nghị định số 15/2020/NĐ-\nCP ngày 03/02/2020"))
        .containsExactly("15/2020/NĐ-CP");
  }

  @Test
  void aLineBreakAfterAWholeSymbolOrANumberAloneEndsIt() {
    assertThat(numbers("theo Quyết định số 12/QĐ-UBND\nSở Nội vụ chủ trì"))
        .containsExactly("12/QĐ-UBND");
    assertThat(numbers("Kế hoạch số 12 -\nTỉnh ủy giao")).containsExactly("12");
  }
}
