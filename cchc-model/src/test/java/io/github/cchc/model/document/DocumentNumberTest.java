package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cchc.model.CchcParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DocumentNumberTest {
  static final List<String> ISSUERS =
      List.of("UBND", "SNgV", "CP", "TW", "TU", "TTg", "SNN", "VPCP", "LĐTBXH", "BNV", "QH15");

  static Gen<DocumentNumber> numbers() {
    Gen<String> types =
        Generate.pick(
            List.of("KH", "QĐ", "NQ", "NĐ", "TT", "CTr", "TB", "HD", "BC", "KL", "TTr", "CT"));
    Gen<String> issuers = Generate.pick(ISSUERS);
    Gen<Integer> shapes = integers().between(0, 4);
    return shapes.flatMap(
        shape ->
            integers()
                .between(1, 99_999)
                .zip(
                    integers().between(1945, 2099),
                    types,
                    issuers,
                    (n, y, t, i) -> {
                      DocumentNumberBuilder b = DocumentNumber.builder().issuerCode(i);
                      switch (shape) {
                        case 0 -> b.number(n).typeCode(t);
                        case 1 -> b.number(n).year(y).typeCode(t);
                        case 2 -> b.number(n).typeCode(t).party(true);
                        case 3 -> b.number(n).addUnitCodes("KSTT");
                        default -> b.typeCode(t).addUnitCodes("VP");
                      }
                      return b.build();
                    }));
  }

  @Test
  void parsesEveryShapeInTheSeeds() {
    DocumentNumber kh = DocumentNumber.parse("24/KH-SNgV");
    assertThat(kh.number()).hasValue(24);
    assertThat(kh.year()).isEmpty();
    assertThat(kh.type()).contains(DocumentType.KE_HOACH);
    assertThat(kh.issuerCode()).isEqualTo("SNgV");
    assertThat(kh.unitCodes()).isEmpty();

    DocumentNumber qd = DocumentNumber.parse("2142/QĐ-UBND");
    assertThat(qd.type()).contains(DocumentType.QUYET_DINH);
    assertThat(qd.issuerCode()).isEqualTo("UBND");

    DocumentNumber nd = DocumentNumber.parse("107/2021/NĐ-CP");
    assertThat(nd.number()).hasValue(107);
    assertThat(nd.year()).hasValue(2021);
    assertThat(nd.type()).contains(DocumentType.NGHI_DINH);
    assertThat(nd.issuerCode()).isEqualTo("CP");

    DocumentNumber nq = DocumentNumber.parse("18-NQ/TW");
    assertThat(nq.party()).isTrue();
    assertThat(nq.type()).contains(DocumentType.NGHI_QUYET);
    assertThat(nq.issuerCode()).isEqualTo("TW");
    assertThat(nq.format()).isEqualTo("18-NQ/TW");

    assertThat(DocumentNumber.parse("37-CTr/TU").type()).contains(DocumentType.CHUONG_TRINH);

    DocumentNumber irregular = DocumentNumber.parse("38-CTr-TU");
    assertThat(irregular.party()).isTrue();
    assertThat(irregular.issuerCode()).isEqualTo("TU");
    assertThat(irregular.format()).isEqualTo("38-CTr/TU");
    assertThat(irregular.asWritten()).contains("38-CTr-TU");
    assertThat(irregular).isEqualTo(DocumentNumber.parse("38-CTr/TU"));

    DocumentNumber congVan = DocumentNumber.parse("5942/UBND-KSTT");
    assertThat(congVan.type()).isEmpty();
    assertThat(congVan.typeCode()).isEmpty();
    assertThat(congVan.issuerCode()).isEqualTo("UBND");
    assertThat(congVan.unitCodes()).containsExactly("KSTT");
    assertThat(congVan.symbol()).isEqualTo("UBND-KSTT");

    DocumentNumber draft = DocumentNumber.parse("/KH-SNgV");
    assertThat(draft.isBlank()).isTrue();
    assertThat(draft.type()).contains(DocumentType.KE_HOACH);
    assertThat(draft.format()).isEqualTo("/KH-SNgV");

    DocumentNumber law = DocumentNumber.parse("45/2019/QH14");
    assertThat(law.typeCode()).isEmpty();
    assertThat(law.issuerCode()).isEqualTo("QH14");
  }

  @Test
  void formatsWithTheOfficialLeadingZeroAndEqualityMeansTheSameDocument() {
    assertThat(DocumentNumber.parse("1/KH-UBND").format()).isEqualTo("01/KH-UBND");
    assertThat(DocumentNumber.parse("1/KH-UBND")).isEqualTo(DocumentNumber.parse("01/KH-UBND"));
    assertThat(DocumentNumber.parse("02/KH-SNgV")).isNotEqualTo(DocumentNumber.parse("02/KH-SNN"));
    assertThat(DocumentNumber.parse("107/2021/NĐ-CP"))
        .isNotEqualTo(DocumentNumber.parse("107/2020/NĐ-CP"));
    assertThat(DocumentNumber.parse(" 24/KH-SNgV ")).hasToString("24/KH-SNgV");
  }

  @Test
  void rejectsBadInputWithOffsetAndReason() {
    assertThatThrownBy(() -> DocumentNumber.parse("24/KH-"))
        .isInstanceOf(CchcParseException.class)
        .satisfies(
            e -> {
              CchcParseException p = (CchcParseException) e;
              assertThat(p.errorIndex()).isEqualTo(6);
              assertThat(p.reason()).isEqualTo("issuer code expected after '-'");
              assertThat(p.input()).isEqualTo("24/KH-");
            });
    assertThatThrownBy(() -> DocumentNumber.parse("24/KH"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("issuer code expected");
    assertThatThrownBy(() -> DocumentNumber.parse("2021-2025"))
        .isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> DocumentNumber.parse("01/01/2024"))
        .isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> DocumentNumber.parse("98%")).isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> DocumentNumber.parse("0/KH-UBND"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> DocumentNumber.parse("")).isInstanceOf(CchcParseException.class);
  }

  @Test
  void builderRejectsValuesThatWouldNotRoundTrip() {
    assertThatThrownBy(() -> DocumentNumber.builder().number(1).issuerCode("KH").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> DocumentNumber.builder().number(1).typeCode("XX").issuerCode("UBND").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DocumentNumber.builder().number(1).issuerCode("ubnd").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parseOfFormatIsIdentity() {
    qt().forAll(numbers()).check(n -> DocumentNumber.parse(n.format()).equals(n));
  }

  @Test
  void arbitraryStringsOnlyEverThrowCchcParseException() {
    Gen<String> symbolish =
        strings()
            .betweenCodePoints('-', 'Z')
            .ofLengthBetween(0, 16)
            .zip(booleans().all(), (s, upper) -> upper ? s : s.toLowerCase());
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20))
        .check(DocumentNumberTest::parsesOrRejects);
    qt().withExamples(5000).forAll(symbolish).check(DocumentNumberTest::parsesOrRejects);
  }

  private static boolean parsesOrRejects(String s) {
    try {
      DocumentNumber n = DocumentNumber.parse(s);
      return DocumentNumber.parse(n.format()).equals(n);
    } catch (CchcParseException e) {
      return e.errorIndex() >= 0 && e.errorIndex() <= e.input().length();
    }
  }
}
