package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two classes of header fields a copy garbled: an issuing body's letter that lost its tone mark
 * alone ("HỘI ĐÔNG NHÂN DÂN"), and a number line flattened onto the date line before the place ("Số
 * /QĐ UBND Phú Thọ, ngày …"). Real pages of corpus sets unseen34 and unseen15.
 */
class LostMarksInHeaderTest {
  @Test
  void aBodysLetterThatLostItsToneMarkIsRestored() {
    // Nghị quyết 23/2015/NQ-HĐND of Đắk Nông on caselaw.vn (unseen34)
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "HỘI ĐÔNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "TỈNH ĐẮK NÔNG | Độc lập - Tự do - Hạnh phúc |\n"
                + "Số: 23/2015/NQ-HĐND | Đắk Nông, ngày 10 tháng 12 năm 2015 |\n"
                + "NGHỊ QUYẾT\n"
                + "THÔNG QUA KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2016\n"
                + "HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK NÔNG\n"
                + "KHÓA II - KỲ HỌP THỨ 12\n"
                + "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n");
    assertThat(String.join(" ", h.issuingBody())).startsWith("HỘI ĐỒNG NHÂN DÂN");
    // a variant: another body's words, the "Ố" of "QUỐC" printed "Ô"
    assertThat(RestoredLetters.issuer("ỦY BAN THƯỜNG VỤ QUÔC HỘI"))
        .isEqualTo("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    // counter-examples: a single word without its tone is another word, and a place's spelling
    // without a tone mark is the place's own
    assertThat(RestoredLetters.issuer("BỘ TƯ LỆNH QUÂN KHU 7")).isEqualTo("BỘ TƯ LỆNH QUÂN KHU 7");
    assertThat(RestoredLetters.issuer("UBND TỈNH ĐĂK NÔNG")).isEqualTo("UBND TỈNH ĐĂK NÔNG");
  }

  @Test
  void aNumberLineRunIntoTheDateLineIsNotThePlace() {
    // Quyết định 519/QĐ-UBND of Phú Thọ, 2022, a draft on 123docz (unseen15): its number blank
    assertThat(NumberBeforePlace.place("Số /QĐ UBND Phú Thọ")).isEqualTo("Phú Thọ");
    // the number given, the symbol's hyphen kept
    assertThat(NumberBeforePlace.place("Số: 519 /QĐ-UBND Phú Thọ")).isEqualTo("Phú Thọ");
    // counter-examples: a place alone, and a place in capitals (nothing tells where it starts)
    assertThat(NumberBeforePlace.place("Phú Thọ")).isEqualTo("Phú Thọ");
    assertThat(NumberBeforePlace.place("Số /QĐ UBND PHÚ THỌ")).isEqualTo("Số /QĐ UBND PHÚ THỌ");
  }
}
