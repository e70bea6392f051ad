package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A law cited by a name that lists its subjects with two commas before "số" (the look back of
 * {@code CitationScanner.namedTypeBefore} over {@code MAX_LAW_NAME_COMMAS} commas).
 */
class LawNameCommasTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void aLawNameWithTwoCommasWrappedAfterLuat() {
    // Căn cứ of Quyết định 213/QĐ-UBND of Hải Phòng, 2025 (tnt305 on GitHub, corpus unseen45)
    assertThat(
            cited(
                "*Căn cứ Luật\nphòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29"
                    + " tháng 11\nnăm 2024;*"))
        .containsExactly("Luật 55/2024/QH15");
    // a realistic variant of the class
    assertThat(cited("Căn cứ Luật Đất đai, nhà ở, kinh doanh bất động sản số 31/2024/QH15;"))
        .containsExactly("Luật 31/2024/QH15");
  }

  @Test
  void anotherTypesNameStopsAtItsComma() {
    // counter-example: only a law's name goes past a comma; a report's number alone is no
    // citation without its name
    assertThat(cited("Theo Báo cáo tình hình kinh tế, xã hội, quốc phòng số 18 năm nay")).isEmpty();
  }
}
