package io.github.cchc.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TableTest {
  private static TableBuilder table() {
    return Table.builder()
        .caption("Bảng 1. Tỷ lệ hồ sơ giải quyết đúng hạn")
        .addColumns(Column.of("Đơn vị"), Column.of("Đúng hạn", "hồ sơ"), Column.of("Tỷ lệ", "%"));
  }

  @Test
  void aRowMustHaveOneCellPerColumn() {
    assertThatThrownBy(
            () -> table().addRows(Row.of(Cell.text("Sở Tư pháp"), Cell.count(985))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 2 cells, the table 3");
  }

  @Test
  void headerGroupsMustSpanTheColumns() {
    assertThatThrownBy(
            () -> table().addGroups(HeaderGroup.of("", 1), HeaderGroup.of("Hồ sơ", 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("span 2 columns, the table has 3");
  }

  @Test
  void cellsAreTypedAndTextIsStoredInNfc() {
    assertThatThrownBy(() -> Cell.builder().kind(CellKind.INTEGER).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Cell.builder().kind(CellKind.INTEGER).value(new BigDecimal("1.5")).build())
        .hasMessageContaining("whole");
    String decomposed = Normalizer.normalize("Sở Tư pháp", Normalizer.Form.NFD);
    assertThat(Cell.text(decomposed).text()).contains("Sở Tư pháp");
    assertThat(Paragraph.of(decomposed).text()).isEqualTo("Sở Tư pháp");
  }

  @Test
  void theHeaderDefaultsToTheOfficialNationalTitleAndMotto() {
    OfficialHeader header =
        OfficialHeader.builder()
            .issuingBody("SỞ NGOẠI VỤ")
            .place("Bình Phước")
            .date(java.time.LocalDate.of(2024, 2, 22))
            .build();
    assertThat(header.nationalTitle()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(header.motto()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
  }
}
