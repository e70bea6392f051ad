package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document named by its type and a number with a letter, without "số" ("Nghị quyết 30a") is cited
 * by that number wherever its phrase goes on ({@link LetteredNumber}).
 */
class LetteredNumberTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void theNumberBeforeAWordOfTheSentence() {
    // https://vietnamnet.vn/vn/goc-nhin/ha-giang-nhieu-chuyen-bien-trong-cong-tac-giam-ngheo-637830.html
    // (corpus set unseen34)
    assertThat(
            cited(
                "Hà Giang là tỉnh miền núi biên giới phía Bắc có 6/11 huyện, thành phố thuộc diện"
                    + " huyện nghèo được thụ hưởng chính sách theo Nghị Quyết 30a của Chính phủ"
                    + " (gồm 4 huyện cao nguyên đá là Mèo Vạc, Đồng Văn, Yên Minh, Quản Bạ)"))
        .containsExactly("30a");
  }

  @Test
  void theNumberBeforeAComma() {
    // https://m.infonet.vietnamnet.vn/chuyen-de/giam-nghep-ben-vung/den-cuoi-nam-2020-quang-ngai-uoc-giam-ty-le-ho-ngheo-xuong-con-6-07-271185.html
    // (unseen41)
    assertThat(
            cited(
                "Huyện nghèo theo Nghị quyết 30a, ước thực hiện đến cuối năm 2020 giảm xuống còn"
                    + " 20,52%; bình quân giảm 5,25%/năm"))
        .containsExactly("30a");
  }

  @Test
  void theNumberBeforeAFigureAColonAndAStop() {
    // the Ministry of Labour's Báo cáo 59/BC-LĐTBXH of 2010 on thuvienphapluat (unseen22)
    assertThat(
            cited(
                "Bộ Lao động - Thương binh và Xã hội tổng hợp và báo cáo kết quả thực hiện Nghị"
                    + " quyết 30a 6 tháng đầu năm 2010 như sau: hưởng cơ chế, chính sách của Nghị"
                    + " quyết 30a: Thủ tướng Chính phủ có ý kiến chỉ đạo; thực hiện Nghị\nquyết"
                    + " 30a.\n"))
        .containsExactly("30a", "30a", "30a");
  }

  @Test
  void theShortNameInBracketsButNotAProjectNorACount() {
    // the short name a page gives, in brackets inside its sentence, a document it has just cited in
    // full (cchccantho.gov.vn, unseen27), read since the seventeenth round's settled rule;
    // counter-examples: a programme's name; a figure with a unit's letter
    assertThat(
            cited(
                "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Thủ tướng Chính phủ (Nghị"
                    + " quyết 30c), Ủy ban nhân dân (UBND) thành phố Cần Thơ đã ban hành"))
        .containsExactly("30c/NQ-CP", "30c");
    assertThat(cited("các huyện thuộc Chương trình 30a của Chính phủ")).isEmpty();
    assertThat(cited("Kế hoạch 5 năm và Quyết định 12 tháng")).isEmpty();
  }
}
