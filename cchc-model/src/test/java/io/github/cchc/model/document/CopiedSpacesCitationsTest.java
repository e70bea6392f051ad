package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations whose spaces a copy lost or added (corpus {@code unseen23}, Báo cáo 1377/BC-BNN-TCTL of
 * 2014 on luatminhkhue): a type's name glued ({@link GluedName}) and a space inside the last code
 * of a joint symbol ({@link SplitCode}).
 */
class CopiedSpacesCitationsTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aTypesNameGluedByACopy() {
    assertThat(
            numbers(
                "TTg ngày 30/11/2012 của Thủ tướng Chính phủ và Quyếtđịnh số 1658/QĐ-BKHĐT ngày"
                    + " 06/12/2012 của Bộ Kế hoạch và Đầu tư"))
        .containsExactly("1658/QĐ-BKHĐT");
    // a variant of the class: another name of two words glued, with its capital
    assertThat(numbers("Thực hiện Kếhoạch số 120/KH-UBND ngày 15/3/2024 của UBND tỉnh"))
        .containsExactly("120/KH-UBND");
    assertThat(GluedName.of("nghi dinh")).isEqualTo("nghidinh");
    // a name of one word has no glued form: "Luật" stays a word of its own
    assertThat(GluedName.of("luat")).isNull();
  }

  @Test
  void aSpaceInsideTheLastCodeOfAJointSymbol() {
    assertThat(
            numbers(
                "môi trường nông thôn giai đoạn 2012 -2015; Thông tư liên tịch số"
                    + " 27/2013/TTLT-BNNPTNT-B YT-BGDĐT ngày31/5/2013 hướng dẫn"))
        .containsExactly("27/2013/TTLT-BNNPTNT-BYT-BGDĐT");
    // a variant: the split after the first code of the symbol
    assertThat(numbers("Thông tư liên tịch số 11/2014/TTLT-B TC-BNV ngày 10/5/2014"))
        .containsExactly("11/2014/TTLT-BTC-BNV");
    // words after the space that do not go on with a hyphen are the sentence's
    assertThat(numbers("theo Thông tư liên tịch số 27/2013/TTLT-BNNPTNT-B YT và Bộ"))
        .containsExactly("27/2013/TTLT-BNNPTNT-B");
  }
}
