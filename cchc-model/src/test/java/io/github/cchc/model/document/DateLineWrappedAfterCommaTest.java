package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date line wrapped right after the place's comma, as a table cell of a web copy wraps it. */
class DateLineWrappedAfterCommaTest {

  @Test
  void placeAndCommaThenTheDate() {
    // Kế hoạch 64/KH-UBND of Bạc Liêu on thuvienphapluat (corpus unseen16)
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n64/KH-UBND\n|\n"
                + "Bạc Liêu,\nngày 05 tháng 4 năm 2023\n|\nKẾ HOẠCH\nCHUYỂN\n"
                + "ĐỔI SỐ TỈNH BẠC LIÊU NĂM 2023\n");
    assertThat(h.place()).hasValue("Bạc Liêu");
    assertThat(h.date().map(Object::toString)).hasValue("2023-04-05");
    // a place of one word, the comma then the day
    DocumentHeader one =
        DocumentHeader.readLeniently(
            "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nSố: 12/KH-UBND\n\nKhánh Hòa,\n"
                + "ngày 09 tháng 10 năm 2018\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2019\n");
    assertThat(one.place()).hasValue("Khánh Hòa");
  }

  @Test
  void aHeadingWithACommaIsNotAPlace() {
    // "I. MỤC ĐÍCH,⏎YÊU CẦU" (corpus unseen2, unseen7): in capitals, not followed by "ngày"
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "Số: 12/KH-UBND\nI. MỤC ĐÍCH,\nYÊU CẦU\nNhững năm qua,\nngày càng nhiều hồ sơ\n");
    assertThat(h.place()).isEmpty();
  }
}
