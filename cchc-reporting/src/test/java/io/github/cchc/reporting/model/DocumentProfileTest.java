package io.github.cchc.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.reporting.render.VietnameseFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A document profile read from its JSON form, and the errors of a wrong one. */
class DocumentProfileTest {
  private static final String SO_NOI_VU =
      "{\n"
          + "  \"governingBody\": \"UBND TỈNH BÌNH PHƯỚC\",\n"
          + "  \"issuingBody\": \"SỞ NỘI VỤ\",\n"
          + "  \"symbol\": \"BC-SNV\",\n"
          + "  \"place\": \"Bình Phước\",\n"
          + "  \"addressees\": [\"Ủy ban nhân dân tỉnh Bình Phước\"],\n"
          + "  \"signature\": {\"authority\": \"KT. GIÁM ĐỐC\", \"title\": \"PHÓ GIÁM ĐỐC\","
          + " \"name\": \"Nguyễn Văn A\"},\n"
          + "  \"recipients\": [\"Như trên\", \"Bộ Nội vụ (Vụ Cải cách hành chính)\"],\n"
          + "  \"archive\": \"VT, CCHC\"\n"
          + "}\n";

  @Test
  void aDraftLeavesTheNumberBlankBeforeTheSymbol() {
    DocumentProfile profile = DocumentProfile.readText("so-noi-vu.json", SO_NOI_VU);
    OfficialHeader header = profile.header(LocalDate.of(2025, 1, 10));
    assertThat(VietnameseFormat.numberLine(header))
        .isEqualTo("Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-SNV");
    assertThat(header.governingBody()).contains("UBND TỈNH BÌNH PHƯỚC");
    assertThat(VietnameseFormat.dateLine(header))
        .isEqualTo("Bình Phước, ngày 10 tháng 01 năm 2025");
    assertThat(profile.signature().orElseThrow().authority()).contains("KT. GIÁM ĐỐC");
    assertThat(profile.recipientLines())
        .containsExactly("Như trên", "Bộ Nội vụ (Vụ Cải cách hành chính)", "Lưu: VT, CCHC");
  }

  @Test
  void aNumberBelowTenTakesALeadingZeroAndTheProfileDateWins() {
    DocumentProfile profile =
        DocumentProfile.readText(
            "so-noi-vu.json",
            SO_NOI_VU.replace("\"symbol\"", "\"number\": 5, \"date\": \"2025-01-15\", \"symbol\""));
    OfficialHeader header = profile.header(LocalDate.of(2025, 1, 10));
    assertThat(VietnameseFormat.numberLine(header)).isEqualTo("Số: 05/BC-SNV");
    assertThat(header.date()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(
            DocumentProfile.readText(
                    "x", SO_NOI_VU.replace("\"symbol\"", "\"number\": 124, \"symbol\""))
                .numberSymbol())
        .contains("124/BC-SNV");
  }

  @Test
  void aSymbolWithASlashIsRejectedWithItsPlace() {
    assertThatThrownBy(
            () -> DocumentProfile.readText("so-noi-vu.json", SO_NOI_VU.replace("BC-SNV", "BC/SNV")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageStartingWith("so-noi-vu.json:")
        .hasMessageContaining("symbol \"BC/SNV\" is not a ký hiệu");
  }

  @Test
  void anAuthorityOutsideTheDecreeIsRejected() {
    assertThatThrownBy(
            () ->
                DocumentProfile.readText(
                    "so-noi-vu.json", SO_NOI_VU.replace("KT. GIÁM ĐỐC", "THAY MẶT GIÁM ĐỐC")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("does not start with TM., KT., TL., TUQ. or Q.");
  }

  @Test
  void nhuTrenWithoutAddresseesIsRejected() {
    assertThatThrownBy(
            () ->
                DocumentProfile.readText(
                    "p.json", SO_NOI_VU.replace("[\"Ủy ban nhân dân tỉnh Bình Phước\"]", "[]")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("\"Như trên\" refers to the addressees");
  }

  @Test
  void anUnknownFieldIsRejectedWithItsLine() {
    InvalidProfileException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidProfileException.class,
            () ->
                DocumentProfile.readText(
                    "p.json", SO_NOI_VU.replace("\"place\"", "\"noiNhan\": 1,\n  \"place\"")));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("noiNhan");
  }

  @Test
  void aMissingIssuerIsRejected() {
    assertThatThrownBy(
            () -> DocumentProfile.readText("p.json", SO_NOI_VU.replace("\"issuingBody\"", "\"x\"")))
        .isInstanceOf(InvalidProfileException.class);
    assertThatThrownBy(() -> DocumentProfile.readText("p.json", "{\"issuingBody\": \"SỞ NỘI VỤ\""))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageStartingWith("p.json:1:");
  }
}
