package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseDatesTestAccess;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LegalReferenceTest {
  static final List<String> ISSUERS =
      List.of(
          "UBND tỉnh",
          "Ủy ban nhân dân tỉnh Tiền Giang",
          "Chính phủ",
          "Thủ tướng Chính phủ",
          "Ban Chấp hành Trung ương khoá XII",
          "Ban Thường vụ Tỉnh ủy",
          "Sở Ngoại vụ");
  static final List<String> TITLES =
      List.of(
          "về việc công bố điểm Chỉ số cải cách hành chính năm 2020",
          "Ban hành Kế hoạch Cải cách hành chính Nhà nước năm 2024",
          "về Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030");

  static Gen<LegalReference> references() {
    Gen<DocumentType> types = Generate.enumValues(DocumentType.class);
    Gen<Optional<LocalDate>> dates =
        VietnameseDatesTestAccess.dates()
            .zip(integers().between(0, 3), (d, k) -> k == 0 ? Optional.empty() : Optional.of(d));
    Gen<Optional<String>> issuers =
        integers()
            .between(-1, ISSUERS.size() - 1)
            .map(i -> i < 0 ? Optional.empty() : Optional.of(ISSUERS.get(i)));
    Gen<Optional<String>> titles =
        integers()
            .between(-1, TITLES.size() - 1)
            .map(i -> i < 0 ? Optional.empty() : Optional.of(TITLES.get(i)));
    return DocumentNumberTest.numbers()
        .zip(
            types,
            dates,
            issuers,
            (n, t, d, i) -> LegalReference.builder().type(t).number(n).date(d).issuer(i).build())
        .zip(titles, (r, t) -> LegalReference.builder().from(r).title(t).build());
  }

  @Test
  void parsesTheIssueExampleAndFormatsItBack() {
    String text = "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh";
    LegalReference r = LegalReference.parse(text);
    assertThat(r.type()).isEqualTo(DocumentType.QUYET_DINH);
    assertThat(r.number()).isEqualTo(DocumentNumber.parse("2142/QĐ-UBND"));
    assertThat(r.date()).contains(LocalDate.of(2023, 12, 29));
    assertThat(r.issuer()).contains("UBND tỉnh");
    assertThat(r.title()).isEmpty();
    assertThat(r.format()).isEqualTo(text);
  }

  @Test
  void readsDatesInEveryFormAndTheTitle() {
    LegalReference words =
        LegalReference.parse(
            "Kế hoạch số 10/KH-UBND ngày 17 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh về phát"
                + " động chuyên đề thi đua");
    assertThat(words.date()).contains(LocalDate.of(2020, 1, 17));
    assertThat(words.issuer()).contains("Ủy ban nhân dân tỉnh");
    assertThat(words.title()).contains("về phát động chuyên đề thi đua");
    assertThat(words.format())
        .isEqualTo(
            "Kế hoạch số 10/KH-UBND ngày 17/01/2020 của Ủy ban nhân dân tỉnh về phát động"
                + " chuyên đề thi đua");
    LegalReference shortDate =
        LegalReference.parse("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
    assertThat(shortDate.date()).contains(LocalDate.of(2021, 7, 15));
    LegalReference party = LegalReference.parse("Nghị quyết số 18-NQ/TW, ngày 25/10/2017");
    assertThat(party.format()).isEqualTo("Nghị quyết số 18-NQ/TW ngày 25/10/2017");
    assertThat(LegalReference.parse("Công văn số 5942/UBND-KSTT").date()).isEmpty();
  }

  @Test
  void equalityMeansTheSameDocument() {
    assertThat(
            LegalReference.parse(
                "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Ban hành Kế hoạch"))
        .isEqualTo(
            LegalReference.parse(
                "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh Bình"
                    + " Phước"));
    assertThat(LegalReference.parse("Kế hoạch số 02/KH-SNgV ngày 02/01/2024"))
        .isNotEqualTo(LegalReference.parse("Kế hoạch số 02/KH-SNN ngày 02/01/2024"));
  }

  @Test
  void rejectsBadInputWithOffsetAndReason() {
    assertThatThrownBy(() -> LegalReference.parse("Quyết định số ngày 32/13/2023"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(
            e -> {
              CchcParseException p = (CchcParseException) e;
              assertThat(p.errorIndex()).isEqualTo(14);
              assertThat(p.reason()).contains("document number expected");
            });
    assertThatThrownBy(() -> LegalReference.parse("Quyết định số 12/QĐ-UBND ngày 32/13/2023"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(e -> assertThat(((CchcParseException) e).errorIndex()).isEqualTo(33));
    assertThatThrownBy(() -> LegalReference.parse("Kế hoạch số 24/KH-"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(e -> assertThat(((CchcParseException) e).errorIndex()).isEqualTo(18));
    assertThatThrownBy(() -> LegalReference.parse("Trên 98% hồ sơ"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("document type expected");
  }

  @Test
  void parseOfFormatIsIdentity() {
    qt().forAll(references())
        .check(
            r -> {
              LegalReference back = LegalReference.parse(r.format());
              return back.equals(r)
                  && back.format().equals(r.format())
                  && back.issuer().equals(r.issuer())
                  && back.title().equals(r.title());
            });
  }

  @Test
  void arbitraryStringsOnlyEverThrowCchcParseException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(
            s -> {
              for (String t : new String[] {s, "Kế hoạch số " + s, "Quyết định " + s}) {
                try {
                  LegalReference.parse(t);
                } catch (CchcParseException e) {
                  // expected for most inputs
                }
              }
              return true;
            });
  }
}
