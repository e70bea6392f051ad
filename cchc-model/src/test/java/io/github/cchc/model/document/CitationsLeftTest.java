package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations the readers missed or misread on the tuned sets (issue 16, part H), each a class with
 * the real sentence and a variant: a number and year without "số" before the date, the State's
 * numbers of the form before 1992 with the type first, a Party body's code typed in Telex, a Nghị
 * định given the Prime Minister's code, an underscore for a symbol's hyphen.
 */
class CitationsLeftTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void numberAndYearWithoutSoBeforeTheDate() {
    // Kế hoạch 3070/KH-UBND of Bỉm Sơn, 2024 (corpus binary, the PDF's text layer)
    assertThat(
            cited(
                "Trang bị các sổ quản lý BMNN theo quy định tại Thông tư 24/2020 ngày\n"
                    + "10/3/2020 của Bộ Công an về ban hành Biểu mẫu"))
        .containsExactly("24/2020");
    assertThat(cited("theo Nghị định 61/2018 ngày 23/4/2018 của Chính phủ"))
        .containsExactly("61/2018");
    // without the date after it, a number and a year may be anything: not read
    assertThat(cited("Thông tư 24/2020 quy định biểu mẫu")).isEmpty();
  }

  @Test
  void oldStateNumbersWithTheTypeFirstAreNotTheParty() {
    // Thông tư 15-BTC/TT of 1991 (corpus unseen10): the order of the Chủ tịch Hội đồng Nhà nước
    List<Citation> c =
        CitationExtractor.extract(
            "Căn cứ Pháp lệnh Ngân hàng hợp tác xã tín dụng và Công ty tài chính ban hành\n"
                + "theo lệnh số 38-LCT/HĐNN ngày 24-5-1990 của Chủ tịch Hội đồng Nhà nước");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).number().format()).isEqualTo("38-LCT/HĐNN");
    assertThat(c.get(0).number().party()).isFalse();
    assertThat(c.get(0).number().legacy()).isTrue();
    assertThat(DocumentNumber.parse("16-NQ/HĐNN").party()).isFalse();
    // Quyết định 215-NQ/QHK6 of the Standing Committee, 1978 (corpus tuning-h, hethongphapluat)
    assertThat(DocumentNumber.parse("215-NQ/QHK6").party()).isFalse();
    assertThat(DocumentNumber.parse("215-NQ/QHK6").format()).isEqualTo("215-NQ/QHK6");
    // the Party's own numbers keep their form and are the Party's
    assertThat(DocumentNumber.parse("18-NQ/TW").party()).isTrue();
    assertThat(DocumentNumber.parse("173-CV/BCS").party()).isTrue();
  }

  @Test
  void partyBodyCodeTypedInTelex() {
    // cafef's page on digital health, 2025 (corpus unseen17)
    assertThat(cited("thành lập Ban chỉ đạo triển khai kế hoạch số 02-KH/BCDDTWW ngày 19/6/2025."))
        .containsExactly("02-KH/BCĐTW");
    assertThat(cited("theo Kế hoạch số 15-KH/BTGTWW ngày 02/3/2024"))
        .containsExactly("15-KH/BTGTW");
    // keys that make no Party body's code are left as printed
    assertThat(cited("Kế hoạch số 05-KH/BCDD ngày 02/3/2024")).containsExactly("05-KH/BCDD");
  }

  @Test
  void decreeGivenThePrimeMinistersCodeButTheGovernmentsName() {
    // Kế hoạch 3070/KH-UBND of Bỉm Sơn, 2024 (corpus binary)
    assertThat(
            cited(
                "đúng quy định của Luật Bảo vệ BMNN, Nghị định số\n26/2020/NĐ-TTg ngày 28/02/2020"
                    + " của Chính phủ về Quy định chi tiết"))
        .containsExactly("26/2020/NĐ-CP");
    // the Prime Minister's own decision keeps its code
    assertThat(cited("Quyết định số 26/QĐ-TTg ngày 28/02/2020 của Thủ tướng Chính phủ"))
        .containsExactly("26/QĐ-TTg");
  }

  @Test
  void underscoreTypedForTheHyphen() {
    // Quyết định 09/2010 of Cần Thơ (corpus binary, the .doc)
    assertThat(
            cited(
                "Căn cư Quyết định số 10/2007/QĐ_BKHCN ngày 11 tháng 5 năm 2007 của Bộ Khoa học"
                    + " và Công nghệ"))
        .containsExactly("10/2007/QĐ-BKHCN");
    assertThat(cited("Thông tư số 01/2018/TT_VPCP ngày 23/11/2018"))
        .containsExactly("01/2018/TT-VPCP");
  }

  @Test
  void literalLineBreakEscapesEndASymbol() {
    // Kế hoạch 54/KH-UBND of Lạng Sơn on dulieuphapluat (corpus unseen19): "\\r\\n" as text
    assertThat(
            cited(
                "Thực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019 của Thủ tướng Chính"
                    + " phủ"))
        .containsExactly("1896/QĐ-TTg");
    assertThat(cited("Căn cứ Nghị định số 61/2018/NĐ-CP\\r\\n ngày 23/4/2018"))
        .containsExactly("61/2018/NĐ-CP");
  }

  @Test
  void planOfActionNamedWithItsQualifier() {
    // Kế hoạch 334/KH-UBND of Lạng Sơn on nhansu (corpus unseen19): the site's title line
    assertThat(
            cited(
                "Kế hoạch hành động 334/KH-UBND năm 2025 phát triển chính quyền số trên địa bàn"
                    + " tỉnh Lạng Sơn"))
        .containsExactly("334/KH-UBND");
    String header =
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n\nSố: 334/KH-UBND\n"
            + "Lạng Sơn, ngày 31 tháng 12 năm 2025\nKẾ HOẠCH HÀNH ĐỘNG\n"
            + "PHÁT TRIỂN CHÍNH QUYỀN SỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN\n"
            + "Thực hiện Quyết định 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ;\n";
    DocumentHeader h = DocumentHeader.readLeniently(header);
    assertThat(h.documentType()).hasValue(DocumentType.KE_HOACH);
    assertThat(h.title()).hasValue("PHÁT TRIỂN CHÍNH QUYỀN SỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN");
  }
}
