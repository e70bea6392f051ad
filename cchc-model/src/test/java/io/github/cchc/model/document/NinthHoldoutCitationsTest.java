package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of citations the ninth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen9}) missed, each with the sentence of the real page and a
 * second case of the class: a number in parentheses after the type's name, a list after a plural
 * type name and a colon, numbers sharing the symbol written after the last of them, a hyphen set
 * off by spaces, and the code of a board of a Party committee.
 */
class NinthHoldoutCitationsTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aNumberInParenthesesAfterTheTypeName() {
    // baomoi.com, "Thu hồi cơ sở nhà, đất sử dụng không đúng quy định"
    assertThat(
            numbers(
                "Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, cơ"
                    + " quan ngang Bộ, cơ quan thuộc Chính phủ"))
        .containsExactly("73/TTg-CN");
    // the same with a date inside the parentheses
    assertThat(numbers("UBND tỉnh đã ban hành Quyết định (số 1234/QĐ-UBND ngày 05/3/2024) về"))
        .containsExactly("1234/QĐ-UBND");
    // a figure in parentheses after a type name is no citation
    assertThat(numbers("các Quyết định (12 văn bản) đã được rà soát")).isEmpty();
  }

  @Test
  void aListAfterAPluralTypeNameAndAColon() {
    // hatinh.gov.vn, "Kết quả triển khai thực hiện Đề án 06/CP tháng 7/2025"
    assertThat(
            numbers(
                "tham mưu UBND tỉnh ban hành các Quyết định: 1628/QĐ-UBND ngày 28/6/2025 Công bố"
                    + " Danh mục và phê duy"))
        .containsExactly("1628/QĐ-UBND");
    // a list of such numbers, each with its symbol and date
    assertThat(
            numbers(
                "ban hành các Quyết định: 1628/QĐ-UBND ngày 28/6/2025, 1701/QĐ-UBND ngày"
                    + " 04/7/2025 và 1702/QĐ-UBND ngày 04/7/2025 về"))
        .containsExactly("1628/QĐ-UBND", "1701/QĐ-UBND", "1702/QĐ-UBND");
    // after a citation, a number without its symbol does not go on the list
    assertThat(numbers("Quyết định số 1628/QĐ-UBND ngày 28/6/2025, 15 đơn vị đã"))
        .containsExactly("1628/QĐ-UBND");
  }

  @Test
  void numbersSharingTheSymbolAfterTheLast() {
    // luatminhkhue.vn, Chỉ thị 01/CT-UB of Ho Chi Minh City (1982), words glued as the copy has
    // them
    assertThat(
            numbers(
                "Ủy bannhân dân thành phố có Chỉ thị 01, 13, 33/CT-UB v.v.. và ngành công an cũng"
                    + " cónhiều kế hoạch"))
        .containsExactly("01/CT-UB", "13/CT-UB", "33/CT-UB");
    // with "số", "và" and a Party symbol
    assertThat(numbers("thực hiện các Nghị quyết số 17, 18 và 19-NQ/TW của Ban Chấp hành"))
        .containsExactly("17-NQ/TW", "18-NQ/TW", "19-NQ/TW");
    // numbers without a symbol at the end stay a number cited alone
    assertThat(numbers("Chỉ thị số 17, 18 của Ban Thường vụ")).containsExactly("17");
  }

  @Test
  void aHyphenSetOffBySpaces() {
    // yenbai.gov.vn, Chỉ thị 17 of the Ban Thường vụ Tỉnh ủy Yên Bái
    assertThat(
            numbers(
                "quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư “về"
                    + " việc đổi mới"))
        .containsExactly("100-KL/TW");
    // an en dash, a space on one side only, a State symbol
    assertThat(numbers("Chỉ thị số 08 – CT/TU và Nghị quyết 35 -NQ/TW"))
        .containsExactly("08-CT/TU", "35-NQ/TW");
    // a dash that starts a clause is no part of the number
    assertThat(numbers("Nghị quyết số 66 - Chính phủ giao")).containsExactly("66");
  }

  @Test
  void theCodeOfABoardOfAPartyCommittee() {
    // societynewstech.com, Kết luận 127-KL/TW (letters garbled, the citation as written)
    assertThat(
            numbers(
                "kết lũận củá Trụng ương, Bộ Chính trị (Công văn số 8011-CV/BTCTW, ngày"
                    + " 27/02/2025), Bộ Chính trị"))
        .containsExactly("8011-CV/BTCTW");
    // a guide of a province's board of propaganda, and of the Central Inspection Commission
    assertThat(numbers("Hướng dẫn số 12-HD/BTGTU và Quy định số 05-QĐ/UBKTTW"))
        .containsExactly("12-HD/BTGTU", "05-QĐ/UBKTTW");
    // a bloc's Party committee and the Central Military Commission, with a type code of their
    // own or cited like a State document
    assertThat(numbers("Công văn số 12-CV/ĐUK và Nghị quyết số 1658/NQ-QUTW"))
        .containsExactly("12-CV/ĐUK", "1658-NQ/QUTW");
    assertThat(DocumentNumber.isPartyBody("BTCTW")).isTrue();
    assertThat(DocumentNumber.isPartyBody("BTTTT")).isFalse();
    assertThat(DocumentNumber.isPartyBody("UBND")).isFalse();
  }
}
