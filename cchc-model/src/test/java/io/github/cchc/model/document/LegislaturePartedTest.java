package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A law's symbol with the legislature's number parted from "QH" by a space, as Nghị quyết
 * 45/2025/NQ-HĐND of Tây Ninh gives it on nhansu.vn (corpus {@code unseen16}): the number is read
 * whole, the legislature's with it.
 */
class LegislaturePartedTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void theLegislaturesNumberAfterASpace() {
    assertThat(cited("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH 15;"))
        .containsExactly("72/2025/QH15");
    assertThat(cited("Căn cứ Luật Đầu tư công số 58/2024/QH 15 ngày 29 tháng 11 năm 2024;"))
        .containsExactly("58/2024/QH15");
  }

  @Test
  void aNumberThatGoesOnIsNotTheLegislatures() {
    // a count after the symbol, not the legislature: "QH15" stays as written, "15 điều" is a count
    assertThat(cited("Luật số 72/2025/QH15 có 15 điều")).containsExactly("72/2025/QH15");
    assertThat(cited("theo Luật số 72/2025/QH 150 lần")).containsExactly("72/2025/QH");
  }
}
