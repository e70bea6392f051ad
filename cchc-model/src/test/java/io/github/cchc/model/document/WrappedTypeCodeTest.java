package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A symbol cut at a line's end right after its type's code, its hyphen lost with the break: the
 * "Căn cứ" of Thông tư 06/2019/TT-BTTTT as tailieu.vn copies it (corpus unseen19,
 * tailieu-btttt-tt-06-2019-tai-nguyen-internet), each line closed by the page's "<br>
 * " tag.
 */
class WrappedTypeCodeTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aTypeCodeAtALinesEndAndTheIssuersCodeOnTheNext() {
    assertThat(
            numbers(
                "tháng 3 năm 2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số"
                    + " 72/2013/NĐ<br />\nCP và Nghị định số 150/2018/NĐCP ngày 07/11/2018 của"
                    + " Chính phủ"))
        .containsExactly("72/2013/NĐ-CP", "150/2018/NĐ-CP");
    // without the tag, as a copy that dropped it leaves the line
    assertThat(numbers("theo Quyết định số 12/2024/QĐ\nUBND ngày 05/3/2024 của tỉnh"))
        .containsExactly("12/2024/QĐ-UBND");
  }

  @Test
  void aLineThatOpensOnAWordOrASymbolWithItsIssuerIsNotJoined() {
    // the next line opens on a word: nothing to join, the number is not made up
    assertThat(numbers("của Nghị định số 72/2013/NĐ\nChính phủ quy định")).isEmpty();
    // a symbol with its issuer at the line's end is read as it is
    assertThat(numbers("Nghị định số 72/2013/NĐ-CP\nCP và")).containsExactly("72/2013/NĐ-CP");
  }
}
