package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The closed-list fields of a header whose copy lost its precomposed letters (issuing body, place):
 * the letters are put back where exactly one known word fits; the title is kept as printed.
 */
class RestoredLettersTest {

  @Test
  void issuingBodyThatLostItsFirstLetter() {
    // Kế hoạch 2516/KH-UBND of Kon Tum, 2014, as luatminhkhue.vn gives it (corpus unseen18)
    String text =
        "Y BAN NHÂN DÂN\nTỈNH KON TUM\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 2516/KH-UBND\n\n"
            + "Kon Tum, ngày 03 tháng 10 năm 2014\n\nKẾ HOẠCH\n\n"
            + "TRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG"
            + " CHÍNHPHỦ VỀ QUY ĐỊNH TIÊU CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM\n\n"
            + "Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ;\n";
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");
    // free text is kept as printed, glued words and all
    assertThat(h.title()).hasValueSatisfying(t -> assertThat(t).startsWith("TRIỂNKHAI THỰC HIỆN"));
  }

  @Test
  void provinceWordThatLostItsMiddleLetter() {
    // Quyết định 1930/QĐ-UBND of Lai Châu, 2025, as nhansu.vn gives it (corpus unseen15)
    String text =
        "ỦY BAN NHÂN DÂN\nTNH LAI CHÂU\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 1930/QĐ-UBND\n\n"
            + "Lai Châu, ngày 11 tháng 7 năm 2025\n\nQUYẾT ĐỊNH\n\n"
            + "VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\n\n"
            + "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n";
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
  }

  @Test
  void placeThatLostALetter() {
    // Kế hoạch 571/KH-UBND of Đắk Nông, 2022, as vanbanphapluat.co gives it (corpus unseen18)
    String text =
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 571/KH-UBND\n\n"
            + "Đk Nông, ngày 03 tháng 10 năm 2022\n\n \n\nKẾ HOẠCH\n\n"
            + "NÂNG CAO NĂNG LỰC Y TẾ CƠ SỞ TRONG TÌNH HÌNH MỚI\n\n"
            + "Căn cứ Luật Khám bệnh, chữa bệnh;\n";
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.place()).hasValue("Đắk Nông");
  }

  @Test
  void lettersLeftAsSpacesOrDroppedInOtherWordsOfTheList() {
    // variants of the class: the letter left as a space ("T NH"), a district's and a council's
    // words, a ministry's name, a province after the 2025 merger printed in small letters
    assertThat(RestoredLetters.issuer("UBND T NH QU NG NINH")).isEqualTo("UBND TỈNH QUẢNG NINH");
    assertThat(RestoredLetters.issuer("H I Đ NG NHÂN DÂN")).isEqualTo("HỘI ĐỒNG NHÂN DÂN");
    assertThat(RestoredLetters.issuer("B N I V")).isEqualTo("BỘ NỘI VỤ");
    assertThat(RestoredLetters.place("Hà Ni")).isEqualTo("Hà Nội");
    assertThat(RestoredLetters.place("Cn Thơ")).isEqualTo("Cần Thơ");
    // a known name with a small letter where it has a capital (Nghị định 109/2004/NĐ-CP, tuning-p)
    assertThat(RestoredLetters.place("Hà nội")).isEqualTo("Hà Nội");
    assertThat(RestoredLetters.place("thừa thiên huế")).isEqualTo("Thừa Thiên Huế");
  }

  @Test
  void wordsPrintedWholeOrFittingNoneOrTwoAreKept() {
    // "Y" of "BỘ Y TẾ" is a word of the list as printed: not "ỦY"
    assertThat(RestoredLetters.issuer("BỘ Y TẾ")).isEqualTo("BỘ Y TẾ");
    assertThat(RestoredLetters.issuer("ỦY BAN NHÂN DÂN TỈNH KON TUM"))
        .isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");
    // a district the list does not hold is kept as printed
    assertThat(RestoredLetters.place("Sa Thy")).isEqualTo("Sa Thy");
    // "Hà Nam" is a province as printed, not "Hà Nội" nor anything else
    assertThat(RestoredLetters.place("Hà Nam")).isEqualTo("Hà Nam");
    // a lone letter that is no known word with its marked letters lost is kept
    assertThat(RestoredLetters.place("H")).isEqualTo("H");
  }
}
