package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The national title wrapped after its first word under a page's table of properties ({@link
 * WrappedNationalTitle}): the header of Quyết định 166/QĐ-UBND of Nghệ An (2022) as
 * thuvienphapluat.vn gives it (corpus {@code unseen46}), its property rows as the page prints them.
 */
class WrappedNationalTitleTest {
  private static final String PROPERTIES =
      "Đang tải văn bản...\nSố hiệu:\n|\n166/QĐ-UBND\n|\n|\nLoại văn bản:\n|\nQuyết định\n"
          + "Nơi ban hành:\n|\nTỉnh Nghệ An\n|\n|\nNgười ký:\n|\nNguyễn Đức Trung\n|\n"
          + "Ngày ban hành:\n|\n18/01/2022\n|\n|\nNgày hiệu lực:\n|\nĐã biết\n|\n";

  private static String issuer(String national) {
    String text =
        PROPERTIES
            + "ỦY\nBAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\n|\n"
            + national
            + "\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
            + "Số:\n166/QĐ-UBND\n|\nNghệ\nAn, ngày 18 tháng 01 năm 2022\n|\n"
            + "QUYẾT ĐỊNH\nVỀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ -\n"
            + "XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2022\n"
            + "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n";
    return String.join(" ", DocumentHeader.readLeniently(text).issuingBody());
  }

  @Test
  void theTitleWrappedAfterItsFirstWord() {
    assertThat(issuer("CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        .isEqualTo("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
  }

  @Test
  void theTitleWrappedAfterItsSecondWord() {
    // a realistic variant: the cell wrapped after "CỘNG HÒA"
    assertThat(issuer("CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        .isEqualTo("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
  }

  @Test
  void aLoneWordThatTheNextLineDoesNotContinue() {
    // counter-examples: "CỘNG" before anything but the title's words, and the whole title
    assertThat(WrappedNationalTitle.opens("cong", "dong dan cu")).isFalse();
    assertThat(WrappedNationalTitle.opens("cong hoa xa hoi chu nghia viet nam", "doc lap"))
        .isFalse();
    assertThat(WrappedNationalTitle.opens("cong", "hoa xa hoi chu nghia viet nam")).isTrue();
  }
}
