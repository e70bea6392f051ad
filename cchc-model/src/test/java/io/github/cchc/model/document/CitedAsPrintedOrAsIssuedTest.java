package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two classes of cited symbols: a steering committee's symbol kept in the form printed (the Party
 * and the State both have a Ban Chỉ đạo Trung ương), and a type code with one letter typed twice
 * read as the cited type's code. Real pages of corpus sets unseen32 and unseen35.
 */
class CitedAsPrintedOrAsIssuedTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aSteeringCommitteesSymbolKeepsTheFormPrinted() {
    // Quyết định 3292/QĐ-UBND of Hà Tĩnh, 2018, on hethongphapluat (unseen35): the State's Ban
    // Chỉ đạo Trung ương of the national target programmes, in the State form
    assertThat(
            cited(
                "Căn cứ Quyết định số 01/QĐ-BCĐTW ngày 22/8/2018 của Ban chỉ đạo Trung ương các"
                    + " chương trình mục tiêu Quốc gia ban hành kế hoạch triển khai Chương trình mỗi"
                    + " xã một sản phẩm"))
        .containsExactly("01/QĐ-BCĐTW");
    // the Party's, in the Party form, as printed (Đồng Nai's Sở Công Thương page, unseen20)
    assertThat(cited("thực hiện Kế hoạch số 02-KH/BCĐTW ngày 25/11/2019 của Ban Chỉ đạo"))
        .containsExactly("02-KH/BCĐTW");
    // counter-example: a Party committee's code cited in the State form is still the Party's
    assertThat(cited("theo Nghị quyết số 59/NQ-TW ngày 24/01/2025 của Bộ Chính trị"))
        .containsExactly("59-NQ/TW");
  }

  @Test
  void aTypeCodeWithALetterTypedTwiceIsTheCitedTypesCode() {
    // Quyết định 1568/QĐ-TTg of 2025 on hethongphapluat (unseen32)
    assertThat(
            cited(
                "Căn cứ Tờ trình số 294/TTtr-BCT ngày 13 tháng 01 năm 2025 của Bộ Công Thương"
                    + " trình Thủ tướng Chính phủ về Kế hoạch tổng thể phát triển thương mại điện tử"))
        .containsExactly("294/TTr-BCT");
    // a variant: the Quyết định's "QĐ" with its Q typed twice
    assertThat(cited("theo Quyết định số 12/QQĐ-UBND ngày 05/01/2024 của UBND tỉnh"))
        .containsExactly("12/QĐ-UBND");
    // counter-examples: another letter, or a code that is not the cited type's, stays as printed
    assertThat(cited("theo Tờ trình số 12/TTrg-UBND ngày 05/01/2024"))
        .containsExactly("12/TTrg-UBND");
    assertThat(MisprintedSymbol.doubledLetter("TTTr", "TTr")).isTrue();
    assertThat(MisprintedSymbol.doubledLetter("TTrr", "TTr")).isTrue();
    assertThat(MisprintedSymbol.doubledLetter("TTrg", "TTr")).isFalse();
    assertThat(MisprintedSymbol.doubledLetter("QĐQĐ", "QĐ")).isFalse();
  }
}
