package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A date line's place named by its number ({@link NumberedPlace}): the head of Nghị quyết
 * 01/2008/NQ-HĐND of the Hội đồng nhân dân of Quận 2, Thành phố Hồ Chí Minh, as vanban123 gives it
 * (corpus {@code unseen33}).
 */
class NumberedPlaceTest {
  private static final String NQ_01 =
      """
      HỘI
      ĐỒNG NHÂN DÂN QUẬN 2 |
      CỘNG
      HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
      Số: 01/2008/NQ-HĐND |
      Quận 2, ngày 11 tháng 01 năm 2008 |
      VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008
      HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14
      """;

  @Test
  void aDistrictNamedByItsNumber() {
    DocumentHeader h = DocumentHeader.readLeniently(NQ_01);
    assertThat(h.place()).hasValue("Quận 2");
    assertThat(h.date().flatMap(d -> d.toLocalDate())).hasValue(LocalDate.of(2008, 1, 11));
    DocumentHeader ward =
        DocumentHeader.readLeniently(NQ_01.replace("Quận 2, ngày", "Phường 11, ngày"));
    assertThat(ward.place()).hasValue("Phường 11");
  }

  @Test
  void otherDigitsBeforeTheCommaAreNoPlace() {
    assertThat(NumberedPlace.before("quan 2, ngay 11", 6)).isTrue();
    assertThat(NumberedPlace.before("so 2, ngay 11", 4)).isFalse();
    assertThat(NumberedPlace.before("quan 2 khoa iii, ngay 11", 15)).isFalse();
    assertThat(NumberedPlace.before("quan 123, ngay 11", 8)).isFalse();
    DocumentHeader h = DocumentHeader.readLeniently(NQ_01.replace("Quận 2, ngày", "Số 2, ngày"));
    assertThat(h.place()).isEmpty();
  }
}
