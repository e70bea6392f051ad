package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A law cited by a name of twelve words before "số" (Luật 51/2024/QH15 citing Luật 30/2023/QH15,
 * corpus unseen62).
 */
class LongLawNameTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(Citation::numberSymbol).toList();
  }

  @Test
  void aLawNamedInTwelveWordsIsCited() {
    assertThat(
            cited(
                "Điều 2. Sửa đổi, bổ sung Luật Lực lượng tham gia bảo vệ an ninh, trật tự \n"
                    + "ở cơ sở số 30/2023/QH15 \nBãi bỏ khoản 2 Điều 32."))
        .containsExactly("30/2023/QH15");
  }

  @Test
  void aNameOfAnotherTypeIsNoLawsNameHoweverLong() {
    assertThat(
            CitationExtractor.extract(
                    "Kế hoạch thực hiện các nhiệm vụ trọng tâm về cải cách hành chính của tỉnh trong"
                        + " năm số 30/KH-UBND")
                .stream()
                .map(c -> c.type())
                .toList())
        .doesNotContain(DocumentType.LUAT);
  }
}
