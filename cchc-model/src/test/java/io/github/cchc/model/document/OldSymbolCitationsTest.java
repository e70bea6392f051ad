package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations of old symbols and of ordinances (corpus {@code tuning-p} and {@code unseen28}): a dot
 * joining two parts of one code ({@link DottedCode}), and an ordinance named by its subject before
 * "số", as a law is.
 */
class OldSymbolCitationsTest {
  private static List<String> symbols(String text) {
    return CitationExtractor.extract(text).stream().map(Citation::numberSymbol).toList();
  }

  @Test
  void aDotJoinsTwoPartsOfACode() {
    // Quyết định 256/2004/QĐ-UB of Cần Thơ (.doc in TCVN3, tuning-p)
    assertThat(
            symbols(
                "tỉnh Cần Thơ giai đoạn 2002-2005 và Quyết định số 1330/QĐ-CT.UB ngày 27/4/2004"
                    + " của Chủ tịch Ủy ban nhân dân tỉnh"))
        .containsExactly("1330/QĐ-CT.UB");
    assertThat(
            symbols(
                "đánh giá cán bộ, công chức theo Quyết định số 11/1998/QĐ-TC.CCVC của Bộ trưởng,"
                    + " Trưởng ban Ban Tổ chức - Cán bộ Chính phủ"))
        .containsExactly("11/1998/QĐ-TC.CCVC");
    // Tờ trình 3367/TTr-SNV of Bình Thuận, 2024 (PDF, unseen28): a code without a type
    assertThat(
            symbols(
                "(1) Hội Cựu giáo chức tỉnh có Văn bản số 16/CGC.BT ngày 19/8/2024 báo cáo về tổ"
                    + " chức đại hội nhiệm kỳ"))
        .containsExactly("16/CGC.BT");
  }

  @Test
  void aSentenceGluedToASymbolIsNoPartOfIt() {
    // a copy that lost the space after the sentence's dot: neither a body's code nor a word
    // after the dot makes a dotted code
    assertThat(symbols("theo Quyết định số 12/QĐ-UBND.UBND tỉnh giao")).isEmpty();
    assertThat(symbols("theo Quyết định số 12/QĐ-UBND.Ngày 5/5/2020")).isEmpty();
    // the dot an old symbol writes for the hyphen after its type is read as before
    assertThat(symbols("Quyết định số 136/2001/QĐ.TTg ngày 17/9/2001"))
        .containsExactly("136/2001/QĐ.TTg");
    assertThat(DottedCode.joins("QĐ-CT.UB", 5, 8)).isTrue();
    assertThat(DottedCode.joins("QĐ-UBND.UBND", 7, 12)).isFalse();
    assertThat(DottedCode.joins("QĐ-CT.U", 5, 7)).isFalse();
  }

  @Test
  void anOrdinanceIsNamedAsALawIs() {
    // Nghị định 28/2003/NĐ-CP (.doc in TCVN3, tuning-p): seven words of the ordinance's name
    assertThat(
            symbols(
                "Căn cứ Pháp lệnh phát hành công trái xây dựng Tổ quốc số 12/1999/PL-UBTVQH10 ngày"
                    + " 27 tháng 4 năm 1999;"))
        .containsExactly("12/1999/PL-UBTVQH10");
    // the ordinance on people with meritorious services, as decrees of 2006 cite it
    assertThat(
            symbols(
                "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày"
                    + " 29 tháng 6 năm 2005;"))
        .containsExactly("26/2005/PL-UBTVQH11");
    // another type keeps its short name: eight words between a plan and "số" are a sentence
    assertThat(symbols("Kế hoạch tổ chức các hoạt động kỷ niệm ngày thành lập tỉnh số 12/KH-UBND"))
        .isEmpty();
  }
}
