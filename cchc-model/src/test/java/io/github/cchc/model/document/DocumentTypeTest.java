package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.CchcParseException;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
  @Test
  void parsesAbbreviationsAndFullNames() {
    assertThat(DocumentType.parse("QĐ")).isEqualTo(DocumentType.QUYET_DINH);
    assertThat(DocumentType.parse("Quyết định")).isEqualTo(DocumentType.QUYET_DINH);
    assertThat(DocumentType.parse("KẾ HOẠCH")).isEqualTo(DocumentType.KE_HOACH);
    assertThat(DocumentType.parse("CTr")).isEqualTo(DocumentType.CHUONG_TRINH);
    assertThat(DocumentType.parse("Chương trình hành động")).isEqualTo(DocumentType.CHUONG_TRINH);
    assertThat(DocumentType.parse("NĐ")).isEqualTo(DocumentType.NGHI_DINH);
    assertThat(DocumentType.parse("HD")).isEqualTo(DocumentType.HUONG_DAN);
    assertThat(DocumentType.parse("HĐ")).isEqualTo(DocumentType.HOP_DONG);
    assertThat(DocumentType.parse("Công văn")).isEqualTo(DocumentType.CONG_VAN);
    assertThat(DocumentType.parse("TTr")).isEqualTo(DocumentType.TO_TRINH);
  }

  @Test
  void everyTypeRoundTripsThroughItsNameAndAbbreviation() {
    for (DocumentType t : DocumentType.values()) {
      assertThat(DocumentType.parse(t.fullName())).isEqualTo(t);
      t.abbreviation().ifPresent(a -> assertThat(DocumentType.parse(a)).isEqualTo(t));
    }
    assertThat(DocumentType.CONG_VAN.abbreviation()).isEmpty();
    assertThat(DocumentType.LUAT.abbreviation()).isEmpty();
  }

  @Test
  void rejectsUnknownTypes() {
    assertThatThrownBy(() -> DocumentType.parse("UBND"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("unknown document type");
  }
}
