package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A type's name followed by "này" is the document itself, not the name of one cited by "số" after
 * it ({@link ThisDocument}; corpus {@code unseen24}, Thông tư 01/2010/TT-TTCP, .doc).
 */
class ThisDocumentTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aFormsNumberAfterThisDocumentIsNoCitation() {
    assertThat(
            numbers(
                "b) Nếu kê khai bổ sung thì kê khai theo Mẫu số 01A ban hành kèm theo Thông tư này"
                    + " thay cho Mẫu số 01 ban hành kèm theo Thông tư số 2442/2007/TT-TTCP"))
        .containsExactly("2442/2007/TT-TTCP");
    // a realistic variant: an appendix's number after "Quyết định này"
    assertThat(numbers("các biểu mẫu kèm theo Quyết định này tại Phụ lục số 02")).isEmpty();
  }

  @Test
  void aNameThatIsNotThisDocumentIsStillRead() {
    assertThat(numbers("Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13 ngày 19 tháng 6 năm 2015;"))
        .containsExactly("76/2015/QH13");
    assertThat(numbers("Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 05/01/2020"))
        .containsExactly("12/QĐ-UBND");
  }
}
