package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A law's date and signer in its closing adoption clause (Luật 51/2024/QH15 and 69/2020/QH14 from
 * the official gazette, corpus unseen62).
 */
class AdoptionClauseTest {
  private static final String TOP =
      " \n \nCÔNG BÁO/Số 1183 + 1184/Ngày 24-12-2020 \n3 \n \nQUỐC HỘI \n \nLuật số: 69/2020/QH14 \n"
          + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \nLUẬT \n"
          + "NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG \n \n"
          + "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
          + "Điều 1. Phạm vi điều chỉnh\nLuật này quy định hoạt động đưa người lao động đi làm"
          + " việc ở nước ngoài.\n";

  @Test
  void theClauseDatesTheLawAndItsSignerIsUnderIt() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            TOP
                + "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, \n"
                + "kỳ họp thứ 10 thông qua ngày 13 tháng 11 năm 2020. \n \n \n"
                + "CHỦ TỊCH QUỐC HỘI \n \nNguyễn Thị Kim Ngân \n");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2020, 11, 13)));
    assertThat(h.signer()).hasValue("Nguyễn Thị Kim Ngân");
  }

  @Test
  void anotherLawPassedOnADayIsNoClause() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            TOP
                + "Luật Việc làm được Quốc hội thông qua ngày 16 tháng 11 năm 2013 được áp dụng.\n"
                + "CHỦ TỊCH QUỐC HỘI \n \nNguyễn Thị Kim Ngân \n");
    assertThat(h.date()).isEmpty();
  }
}
