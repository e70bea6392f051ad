package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A legal site's category "Văn bản khác" before the document's number on its first line is a
 * citation of that number, as the site's other lines naming the document are ({@link
 * OtherDocumentCategory}).
 */
class OtherDocumentCategoryTest {
  private static List<String> read(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void theCategoryLineAndTheTitleLine() {
    // vanbanphapluat.co's copy of Kế hoạch 2302/KH-UBND of Quảng Trị (corpus set unseen22)
    assertThat(
            read(
                "Văn bản khác 2302/KH-UBND\n\nKế hoạch 2302/KH-UBND năm 2019 về sắp xếp các đơn vị"
                    + " hành chính cấp huyện, cấp xã giai đoạn 2019-2021 do tỉnh Quảng Trị ban"
                    + " hành\n"))
        .containsExactly("Kế hoạch 2302/KH-UBND", "Kế hoạch 2302/KH-UBND");
    // its copy of Kế hoạch 571/KH-UBND of Đắk Nông (unseen18)
    assertThat(read("Văn bản khác 571/KH-UBND\n")).containsExactly("Kế hoạch 571/KH-UBND");
  }

  @Test
  void theWordsInASentenceGiveNone() {
    // counter-examples: the words in a body's sentence, and the site's property row naming the
    // category after the number (phapluatcongdong's "Loại văn bản: | Văn bản khác |", unseen34)
    assertThat(read("Thực hiện các văn bản khác có liên quan của Ủy ban nhân dân tỉnh.")).isEmpty();
    assertThat(read("Số hiệu: | 49/KH-UBND | Loại văn bản: | Văn bản khác |")).isEmpty();
  }
}
