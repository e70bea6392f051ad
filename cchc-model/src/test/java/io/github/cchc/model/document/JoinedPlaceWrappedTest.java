package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A place joined of two names by a dash, wrapped inside its first name in a narrow header cell: the
 * head of Kế hoạch 118/KH-UBND of Bà Rịa - Vũng Tàu (2020) as thuvienphapluat.vn gives it (corpus
 * {@code unseen30}).
 */
class JoinedPlaceWrappedTest {
  private static final String KH_118 =
      """
      ỦY
      BAN NHÂN DÂN
      TỈNH BÀ RỊA - VŨNG TÀU
      -------
      |
      CỘNG
      HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      ---------------
      |
      Số:
      118/KH-UBND
      |
      Bà\s
      Rịa - Vũng Tàu, ngày 28 tháng 8 năm 2020
      |
      KẾ HOẠCH
      PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2021
      """;

  @Test
  void theFirstNameAboveTheDateLine() {
    DocumentHeader h = DocumentHeader.readLeniently(KH_118);
    assertThat(h.place()).hasValue("Bà Rịa - Vũng Tàu");
    assertThat(h.date().flatMap(d -> d.toLocalDate())).hasValue(LocalDate.of(2020, 8, 28));
  }

  @Test
  void anotherJoinedPlace() {
    String text = KH_118.replace("Bà \nRịa - Vũng Tàu", "Phan\nRang - Tháp Chàm");
    assertThat(DocumentHeader.readLeniently(text).place()).hasValue("Phan Rang - Tháp Chàm");
  }

  @Test
  void aPlaceOfTwoWordsBeforeItsDashIsNotJoinedToTheLineAbove() {
    // "Bà Rịa" whole on the date line: the line above is not part of the place
    String text = KH_118.replace("Bà \nRịa - Vũng Tàu", "Tỉnh\nBà Rịa - Vũng Tàu");
    assertThat(DocumentHeader.readLeniently(text).place()).hasValue("Bà Rịa - Vũng Tàu");
  }
}
