package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A header flattened onto one line whose national title has the misprinted "CỘNG HỊA" (the Giồng
 * Trơm Báo cáo's misprint, unseen11) is split into its cells as the well-printed one is: the cells
 * are found on the line folded as its lines are.
 */
class FlattenedMisprintedTitleTest {
  /** Quyết định 507/QĐ-BCT's one-line header (unseen6), with the national title misprinted. */
  private static final String ONE_LINE =
      "BỘ CÔNG THƯƠNG ------- Số: 507/QĐ-BCT | CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do"
          + " - Hạnh phúc --------------- Hà Nội, ngày 21 tháng 02 năm 2017 |\n"
          + "QUYẾT ĐỊNH\n";

  @Test
  void theCellsOfAMisprintedOneLineHeader() {
    DocumentHeader h = DocumentHeader.readLeniently(ONE_LINE);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("507/QĐ-BCT");
    assertThat(h.place()).hasValue("Hà Nội");
    assertThat(h.date().flatMap(d -> d.toLocalDate())).hasValue(LocalDate.of(2017, 2, 21));
    assertThat(h.issuingBody()).containsExactly("BỘ CÔNG THƯƠNG");
    // the same header well printed reads the same
    DocumentHeader well = DocumentHeader.readLeniently(ONE_LINE.replace("HỊA", "HÒA"));
    assertThat(well.numberSymbol()).isEqualTo(h.numberSymbol());
    assertThat(well.issuingBody()).isEqualTo(h.issuingBody());
  }
}
