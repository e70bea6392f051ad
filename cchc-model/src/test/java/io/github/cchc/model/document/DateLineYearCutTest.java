package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A date line whose year a copy cut at the line's end, as a site cuts a cell of its header table:
 * the place is read, the date is not.
 */
class DateLineYearCutTest {

  @Test
  void theYearCutAtTheLinesEndKeepsThePlace() {
    // Kế hoạch 150/KH-UBND of Hà Nội on luatvietnam (corpus tuning-h): "năm 201" ends the cell
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN Số: 150/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày"
                + " 23 tháng 7 năm 201\nKẾ HOẠCH\nThực hiện Đề án nâng cao hiệu quả quản lý nhà"
                + " nước\n");
    assertThat(h.place()).hasValue("Hà Nội");
    assertThat(h.date()).isEmpty();
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("150/KH-UBND");
    // the same cut on a line of its own
    DocumentHeader own =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 4233/KH-UBND\n"
                + "Ninh Thuận, ngày 23 tháng 7 năm 20\nKẾ HOẠCH\nNâng cao chỉ số chuyển đổi số\n");
    assertThat(own.place()).hasValue("Ninh Thuận");
    assertThat(own.date()).isEmpty();
  }

  @Test
  void aYearWrappedToTheNextLineIsNoCut() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 4233/KH-UBND\n"
                + "Ninh Thuận, ngày 23 tháng 7 năm\n2022\nKẾ HOẠCH\nNâng cao chỉ số chuyển đổi số\n");
    assertThat(h.place()).hasValue("Ninh Thuận");
    assertThat(h.date().map(Object::toString)).hasValue("2022-07-23");
  }
}
