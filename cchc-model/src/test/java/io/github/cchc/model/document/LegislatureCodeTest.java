package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Quốc hội's code of a cited symbol read back as issued ({@link LegislatureCode}): a
 * legislature at odds with the year, and a Pháp lệnh given the Quốc hội's code alone.
 */
class LegislatureCodeTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aLawOf2015GivenTheFourteenthLegislature() {
    // Căn cứ of Nghị định 302/2025/NĐ-CP (tnt305 on GitHub, corpus unseen48)
    assertThat(cited("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH14 đã được sửa đổi, bổ sung"))
        .containsExactly("83/2015/QH13");
    // a realistic variant: a law of 2019 given the thirteenth
    assertThat(cited("Căn cứ Luật Đầu tư công số 39/2019/QH13 ngày 13 tháng 6 năm 2019;"))
        .containsExactly("39/2019/QH14");
  }

  @Test
  void anOrdinanceGivenTheQuocHoisCode() {
    // Căn cứ of Nghị quyết 07/2023 of Cao Bằng on its provincial plan (vanban123, corpus unseen45)
    assertThat(
            cited(
                "Pháp lệnh số 01/2018/QH14 ngày 22 tháng 12 năm 2018 sửa đổi, bổ sung một số"
                    + " điều của 04 Pháp lệnh có liên quan đến quy hoạch;"))
        .containsExactly("01/2018/UBTVQH14");
  }

  @Test
  void aYearTermsChangedAndAResolutionAreLeftAsPrinted() {
    // counter-examples: 2016 had the thirteenth and the fourteenth legislatures; a Nghị quyết
    // may be the Quốc hội's or its Standing Committee's; a right code stays
    assertThat(cited("Căn cứ Luật Tiếp cận thông tin số 104/2016/QH13 ngày 06 tháng 4 năm 2016;"))
        .containsExactly("104/2016/QH13");
    assertThat(cited("Căn cứ Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016;"))
        .containsExactly("1211/2016/UBTVQH13");
    assertThat(cited("Căn cứ Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017;"))
        .containsExactly("21/2017/QH14");
  }
}
