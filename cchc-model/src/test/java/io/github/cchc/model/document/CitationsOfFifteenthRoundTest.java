package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations missed on the first run of corpus sets unseen38–unseen40, each a class: a list after a
 * singular type, its issuer and a colon; list items after ';' without "số"; a Party type code in
 * another letter case; a type and a bare number ending a headline in brackets or followed by its
 * issuer.
 */
class CitationsOfFifteenthRoundTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aListAfterASingularTypeAndItsIssuersColon() {
    // Quyết định 36/2016 of Kon Tum on hethongphapluat (unseen38)
    assertThat(
            cited(
                "Căn cứ Quyết định của Thủ tướng Chính phủ: số 491/QĐ-TTg ngày 16/4/2009 về việc ban"
                    + " hành Bộ tiêu chí Quốc gia về nông thôn mới; số 558/QĐ-TTg ngày 05/4/2016 về"
                    + " việc ban hành tiêu chí huyện nông thôn mới"))
        .containsExactly("491/QĐ-TTg", "558/QĐ-TTg");
    // counter-example: a property row, its colon followed by the number without "số"
    assertThat(cited("Số hiệu văn bản: 02/2011/TTLT-VPCP-BNV")).isEmpty();
  }

  @Test
  void itemsAfterASemicolonWithoutSo() {
    // Công văn 573 of 2024 on law dissemination, thuvienphapluat (unseen39)
    assertThat(
            cited(
                "các Quyết\nđịnh của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế"
                    + " hoạch\nthực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày 21/6/2021 quy định"
                    + " về\nthành phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp PBGDPL;"
                    + " 25/2021/QĐ-TTg\nngày 22/7/2021 quy định về xã, phường, thị trấn"))
        .containsExactly("1521/QĐ-TTg", "80-KL/TW", "21/2021/QĐ-TTg", "25/2021/QĐ-TTg");
    // counter-examples: a number whose symbol names no type, and an item after a full stop
    assertThat(cited("theo Quyết định số 12/QĐ-UBND ngày 02/01/2020; 15/UBND-VX ngày 05/01/2020"))
        .containsExactly("12/QĐ-UBND");
    assertThat(cited("theo Quyết định số 12/QĐ-UBND ngày 02/01/2020. 15/QĐ-UBND ngày 05/01/2020"))
        .containsExactly("12/QĐ-UBND");
  }

  @Test
  void aPartyTypeCodeInAnotherLetterCase() {
    // Quyết định 2435/QĐ-UBND of An Giang, 2016, on hethongphapluat (unseen38)
    assertThat(cited("Căn cứ Chương trình hành động số 23-Ctr/TU ngày 16/5/2013 của Ban Chấp hành"))
        .containsExactly("23-CTr/TU");
    assertThat(cited("thực hiện Tờ trình số 45/Ttr-UBND ngày 02/3/2020"))
        .containsExactly("45/TTr-UBND");
  }

  @Test
  void aBareNumberEndingAHeadlineOrFollowedByItsIssuer() {
    // thuvienphapluat's headline of Công văn 31/CV-BCĐTKNQ18 (unseen40)
    assertThat(cited("Giảm tối thiểu 20% công chức viên chức khi tinh gọn bộ máy (Công văn 31)"))
        .containsExactly("31");
    assertThat(cited("mục tiêu tại Quyết định 2269 Bộ Công Thương ban hành"))
        .containsExactly("2269");
    // counter-examples: a year, a project's number, a decimal, another capitalised word, one digit
    assertThat(cited("tăng so với Kế hoạch 2025.")).isEmpty();
    assertThat(cited("thuộc Chương trình 135.")).isEmpty();
    assertThat(cited("theo Kế hoạch 12 Hà Nội")).isEmpty();
    assertThat(cited("đạt Kế hoạch 1.")).isEmpty();
    // a short name in brackets inside a sentence, after the full citation (Nam Định on baomoi,
    // unseen10), and a number before a full stop (vtcnews, unseen39), both read since the settled
    // rule of the seventeenth round (BareNumberCitationTest)
    assertThat(
            cited("giai đoạn 2021-2025, định hướng đến năm 2030 (Nghị quyết 09), với sự vào cuộc"))
        .containsExactly("09");
    assertThat(cited("soạn thảo Nghị quyết 70. Và Nghị quyết 70 ra đời đã trở thành"))
        .containsExactly("70", "70");
  }

  @Test
  void aCitationInBracketsWithSo() {
    // evbn.edu.vn on Chỉ thị 10-CT/TW (unseen35)
    assertThat(
            cited(
                "Bộ Chính trị (khoá VIII) đã ban hành Chỉ thị về phổ cập giáo dục trung học cơ sở"
                    + " (số 61-CT/TW, ngày 28-12-2000)."))
        .containsExactly("61-CT/TW");
    assertThat(
            cited("Thủ tướng đã ký Quyết định phê duyệt Đề án (số 1719/QĐ-TTg ngày 14/10/2021)."))
        .containsExactly("1719/QĐ-TTg");
    // counter-examples: a symbol naming no type, a bracket without "số"
    assertThat(cited("theo ý kiến của Sở (số 15/UBND-VX ngày 02/3/2020)")).isEmpty();
    assertThat(cited("đã ban hành Chỉ thị về phổ cập giáo dục (61-CT/TW, ngày 28-12-2000)"))
        .isEmpty();
  }
}
