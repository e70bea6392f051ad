package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A further item of a list of citations whose "số" a copy that lost letters left as a lone "s": the
 * sentence of Kế hoạch 158/KH-UBND of Lào Cai (2022) as hethongphapluat.com gives it (corpus {@code
 * unseen29}, whose copy also has "Thtướng" and "xây dng").
 */
class ListedLostSoTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void aListedItemWhoseSoLostItsLetters() {
    String text =
        "Căn cứ các Quyết định của Thtướng Chính phủ: số 318/QĐ-TTg ngày 08/3/2022 ban hành Bộ tiêu"
            + " chí quốc gia về xã xây dựng nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn"
            + " mới nâng cao giai đoạn 2021-2025; số 319/QĐ-TTg ngày 08/3/2022 quy định xã nông"
            + " thôn mới kiểu mẫu giai đoạn 2021-2025; s320/QĐ-TTg ngày 08/3/2022 ban hành Bộ"
            + " tiêu chí quốc gia về huyện, quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn"
            + " thành nhiệm vụ nông thôn mới;";
    assertThat(cited(text))
        .containsExactly("Quyết định 318/QĐ-TTg", "Quyết định 319/QĐ-TTg", "Quyết định 320/QĐ-TTg");
  }

  @Test
  void theLoneLetterSpacedFromTheNumber() {
    String text =
        "Căn cứ các Nghị định của Chính phủ: số 20/2008/NĐ-CP ngày 14/02/2008 về tiếp nhận, xử lý"
            + " phản ánh, kiến nghị; s 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành"
            + " chính;";
    assertThat(cited(text)).containsExactly("Nghị định 20/2008/NĐ-CP", "Nghị định 63/2010/NĐ-CP");
  }

  @Test
  void anSEndingAWordOrAnotherSentenceStartsNoItem() {
    // "s" the end of a word ("Pts") is no "số"; a new sentence ends the list
    String word =
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 318/QĐ-TTg ngày 08/3/2022 ban hành Bộ"
            + " tiêu chí; Pts320/QĐ-TTg ngày 08/3/2022";
    assertThat(cited(word)).containsExactly("Quyết định 318/QĐ-TTg");
    String sentence =
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 318/QĐ-TTg ngày 08/3/2022 ban hành Bộ"
            + " tiêu chí. Các xã; s320/QĐ-TTg ngày 08/3/2022";
    assertThat(cited(sentence)).containsExactly("Quyết định 318/QĐ-TTg");
  }
}
