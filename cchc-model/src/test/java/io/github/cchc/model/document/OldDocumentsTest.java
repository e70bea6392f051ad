package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.CchcParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Old documents of the 1990s and 2000s (issue 16, part O; corpus {@code unseen40}'s three TCVN3
 * {@code .doc} files of viparse-corpus): a ministry's number with its drafting unit after the type
 * ({@link OldMinistryForm}), a space printed for the hyphen of an old number ({@link
 * SpaceForHyphen}).
 */
class OldDocumentsTest {
  private static List<String> symbols(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aMinistrysNumberCarriesItsUnitAfterItsType() {
    // Quyết định 1141-TC/QĐ/CĐKT of the Bộ Tài chính, 1995 (its own prose heading), and Quyết
    // định 1296-TC/QĐ/CĐKT of 1996 cited in Thông tư 155/1998/TT-BTC
    DocumentNumber n = DocumentNumber.parse("1141-TC/QĐ/CĐKT");
    assertThat(n.format()).isEqualTo("1141-TC/QĐ/CĐKT");
    assertThat(n.legacy()).isTrue();
    assertThat(n.party()).isFalse();
    assertThat(n.issuerCode()).isEqualTo("TC");
    assertThat(n.typeCode()).contains("QĐ");
    assertThat(n.unitCodes()).containsExactly("CĐKT");
    assertThat(symbols("(Quyết định số 1296-TC/QĐ/CĐKT ngày 31/12/1996 của Bộ Tài chính)."))
        .containsExactly("1296-TC/QĐ/CĐKT");
    // the one-slash form of the same ministry and the form before 1992 read as before
    assertThat(DocumentNumber.parse("60-TC/CĐKT").format()).isEqualTo("60-TC/CĐKT");
    assertThat(DocumentNumber.parse("15-BTC/TT").unitCodes()).isEmpty();
    // no type after the first slash: no such form
    assertThatThrownBy(() -> DocumentNumber.parse("18-NQ/TW/X"))
        .isInstanceOf(CchcParseException.class);
  }

  @Test
  void aSpacePrintedForTheHyphenOfAnOldNumber() {
    // Thông tư 155/1998/TT-BTC of the Bộ Tài chính (.doc in TCVN3, unseen40)
    assertThat(
            symbols(
                "triển khai thống nhất các quy định tại Thông tư số 60 TC/CĐKT ngày 01/09/1997"
                    + " của Bộ Tài chính và giải quyết những vướng mắc"))
        .containsExactly("60-TC/CĐKT");
    assertThat(
            symbols(
                "ban hành theo Quyết định số 1141 TC/QĐ/CĐKT ngày 01/11/1995 và các Thông tư"
                    + " sửa đổi"))
        .containsExactly("1141-TC/QĐ/CĐKT");
    // a realistic variant: a Party number printed so
    assertThat(symbols("thực hiện Nghị quyết số 18 NQ/TW ngày 25/10/2017"))
        .containsExactly("18-NQ/TW");
    // counter-examples: a space for a slash, a word after the number, a number alone
    assertThat(symbols("theo Quyết định số 1234 QĐ-UBND ngày 5/5/2020"))
        .doesNotContain("1234-QĐ-UBND");
    assertThat(symbols("Nghị quyết số 66 của Chính phủ")).containsExactly("66");
    assertThat(symbols("Nghị định số 15/CP ngày 2-3-1993 của Chính phủ")).containsExactly("15/CP");
  }

  @Test
  void aListWhoseItemsCarryDatesWithHyphens() {
    // Quyết định 1141-TC/QĐ/CĐKT of the Bộ Tài chính, 1995 (.doc in TCVN3, unseen40)
    List<Citation> read =
        CitationExtractor.extract(
            "ban hành theo các Quyết định số 212-TC/CĐKT ngày 15-12-1989, 224-TC/CĐKT ngày"
                + " 18-4-1990, 598-TC/CĐKT ngày 8-12-1990, 1205-TC/CĐKT và 1206-TC/CĐKT ngày"
                + " 14-12-1994 và Thông tư số 07-TC/CĐKT ngày 21-2-1994 của Bộ Tài chính.");
    assertThat(read)
        .extracting(c -> c.number().format())
        .containsExactly(
            "212-TC/CĐKT",
            "224-TC/CĐKT",
            "598-TC/CĐKT",
            "1205-TC/CĐKT",
            "1206-TC/CĐKT",
            "07-TC/CĐKT");
    assertThat(read.get(0).date()).hasValue(java.time.LocalDate.of(1989, 12, 15));
    // the same sentence's first "Căn cứ" (the decision's own text): a date of the State's form
    assertThat(
            CitationExtractor.extract(
                    "- Căn cứ Nghị định số 15/CP ngày 2-3-1993 của Chính phủ về nhiệm vụ, quyền hạn")
                .get(0)
                .date())
        .hasValue(java.time.LocalDate.of(1993, 3, 2));
    // counter-example: a day without its year is no date, and the list does not go on past it
    assertThat(
            CitationExtractor.extract(
                    "theo Quyết định số 212-TC/CĐKT ngày 15-12, 224 cán bộ được tuyển dụng")
                .stream()
                .map(c -> c.number().format()))
        .containsExactly("212-TC/CĐKT");
  }
}
