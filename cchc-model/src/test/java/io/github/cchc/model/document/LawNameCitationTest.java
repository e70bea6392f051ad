package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A law cited by its name before "số", where the name is long or holds a comma: "Luật Cán bộ, công
 * chức số 22/2008/QH12", "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13". Only a law's
 * name goes on past a comma or six words; another type's name does not, so "Kế hoạch năm 2024, hồ
 * sơ số …" starts no citation of the plan. The first sentence is the "Căn cứ" line of decisions of
 * appointment (a Sở Kế hoạch và Đầu tư's Quyết định, as published in a public repository of
 * document templates).
 */
class LawNameCitationTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void aLawsNameWithACommaBeforeSo() {
    assertThat(
            cited(
                "Căn cứ Luật Cán bộ, công chức số 22/2008/QH12 và Luật sửa đổi, bổ sung một số điều"
                    + " của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14;"))
        .containsExactly("Luật 22/2008/QH12", "Luật 52/2019/QH14");
    assertThat(cited("Căn cứ Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20/11/2018;"))
        .containsExactly("Luật 36/2018/QH14");
  }

  @Test
  void anotherTypesNameStopsAtTheComma() {
    assertThat(cited("theo Kế hoạch năm 2024, hồ sơ số 123/ABC được giao")).isEmpty();
  }
}
