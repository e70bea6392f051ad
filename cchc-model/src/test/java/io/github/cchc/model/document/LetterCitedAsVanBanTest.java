package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A letter cited by the generic name "Văn bản số …", as the tuning set's Hà Nội page cites one. */
class LetterCitedAsVanBanTest {
  private static List<String> read(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void aVănBảnWithoutATypeInItsSymbolIsACôngVăn() {
    // hanoimoi.vn, Hà Nội's check of public service (2013), corpus tuning set
    assertThat(
            read(
                "(HNM) - Ngày 17-4, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Văn bản số"
                    + " 2748/UBND-TH gửi giám đốc các sở, ban, ngành và Chủ tịch UBND các quận,"
                    + " huyện, thị xã về việc tăng cường thực hiện Chỉ thị."))
        .containsExactly("Công văn 2748/UBND-TH");
  }

  @Test
  void aVănBảnWhoseSymbolNamesItsTypeTakesThatType() {
    // the symbol, not the generic name, says what a decision cited as "văn bản" is
    assertThat(read("Thực hiện Văn bản số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh."))
        .containsExactly("Quyết định 12/2020/QĐ-UBND");
  }

  @Test
  void vănBảnWithoutANumberIsNoCitation() {
    assertThat(read("Các văn bản quy phạm pháp luật năm 2025 được ban hành đúng quy định."))
        .isEmpty();
  }
}
