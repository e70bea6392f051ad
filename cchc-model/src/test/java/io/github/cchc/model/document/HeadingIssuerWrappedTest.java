package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A type heading that names its issuer by "của" with the body's level wrapped to the next line: the
 * level ends the heading, the title starts after it.
 */
class HeadingIssuerWrappedTest {
  private static final String HEAD =
      "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
          + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 03/CTr-UBND\n|\n"
          + "Phú Yên, ngày 01\ntháng 3 năm 2022\n|\n";

  @Test
  void theLevelWrappedAfterTheHeadingsIssuerIsNoPartOfTheTitle() {
    // Chương trình 03/CTr-UBND of Phú Yên on thuvienphapluat (corpus)
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HEAD
                + "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA UBND\nTỈNH\n"
                + "THỰC HIỆN NGHỊ QUYẾT SỐ 99/NQ-CP NGÀY 30/8/2021 CỦA CHÍNH PHỦ\n"
                + "Thực hiện Nghị quyết số\n99/NQ-CP ngày 30/8/2021 của Chính phủ");
    assertThat(h.title()).hasValue("THỰC HIỆN NGHỊ QUYẾT SỐ 99/NQ-CP NGÀY 30/8/2021 CỦA CHÍNH PHỦ");
  }

  @Test
  void aTitleThatOpensOnAProvinceAfterAPlainHeadingKeepsIt() {
    // the heading names no issuer: a title opening on "TỈNH …" is the title's
    DocumentHeader h =
        DocumentHeader.readLeniently(
            HEAD
                + "KẾ HOẠCH\nTỈNH\nPHÚ YÊN CHUYỂN ĐỔI SỐ NĂM 2022\n"
                + "Thực hiện Nghị quyết số 99/NQ-CP ngày 30/8/2021 của Chính phủ");
    assertThat(h.title().orElseThrow()).startsWith("TỈNH");
  }
}
