package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of numbers, citations and headers the sixth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen6}) missed, each with the lines of the real page: a year after
 * a hyphen ("19-2017/NQ-CP"), Party type codes of their own ("147-CTHĐ/TU", "562-CV/BCS"), "số"
 * that lost its letters in a copy ("s20/2008/NĐ-CP"), a header's own number line written with its
 * type ("Nghị quyết số: 653/2019/UBTVQH14"), a header flattened onto one line with table bars, a
 * place wrapped inside its name and a headline under a site's menu.
 */
class SixthHoldoutLayoutsTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aYearAfterAHyphenIsPartOfTheNumber() {
    // Quyết định 507/QĐ-BCT of the Ministry of Industry and Trade (hieuluat.vn)
    String s =
        "Căn cứ Nghị quyết số 19-2017/NQ-CP ngày 06 tháng 02 năm 2017 của Chính phủ về tiếp tục"
            + " thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh";
    assertThat(cited(s)).containsExactly("19-2017/NQ-CP");
    DocumentNumber n = DocumentNumber.parse("19-2017/NQ-CP");
    assertThat(n.number()).hasValue(19);
    assertThat(n.year()).hasValue(2017);
    assertThat(n.type()).contains(DocumentType.NGHI_QUYET);
    assertThat(n.hyphenedYear()).isTrue();
    assertThat(n).isNotEqualTo(DocumentNumber.parse("19/NQ-CP"));
    assertThat(DocumentNumber.parse("107/2021/NĐ-CP").hyphenedYear()).isFalse();
    qt().forAll(integers().between(1, 999), integers().between(1990, 2099))
        .check(
            (k, y) -> {
              DocumentNumber d = DocumentNumber.parse(k + "-" + y + "/NQ-CP");
              return d.hyphenedYear() && DocumentNumber.parse(d.format()).equals(d);
            });
  }

  @Test
  void partyTypeCodesOfTheirOwnBeforeAPartyBody() {
    // an article of the Lê Duẩn political school of Quảng Trị; Quyết định 742/QĐ-UBND of Vĩnh Long
    assertThat(
            cited(
                "Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy về thực hiện"
                    + " Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị"))
        .containsExactly("147-CTHĐ/TU", "37-NQ/TW");
    assertThat(
            cited(
                "Thực hiện Công văn số 562-CV/BCS ngày 20/12/2022 của Ban Cán sự Đảng UBND tỉnh về"
                    + " việc triển khai thực hiện Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ"
                    + " tỉnh;"))
        .containsExactly("562-CV/BCS", "07-NQ/TU");
    DocumentNumber n = DocumentNumber.parse("562-CV/BCS");
    assertThat(n.party()).isTrue();
    assertThat(n.typeCode()).contains("CV");
    assertThat(n.issuerCode()).isEqualTo("BCS");
    // an unknown code before a body that is no Party body is still refused
    assertThat(CitationExtractor.extract("Công văn số 12-XY/UBND ngày 01/01/2020")).isEmpty();
  }

  @Test
  void soThatLostItsLettersInACopy() {
    // Quyết định 06/2018/QĐ-UBND of Ninh Bình as its web copy gives it
    String s =
        "Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về việc tiếp nhận, xử lý"
            + " phản ánh, kiến nghị;\n"
            + "Căn cứ Nghị định s 63/2010/NĐ-CP ngày 08/6/2010 của Chinh phủ về kiểm soát thủ tục"
            + " hành chính;\n"
            + "Căn cứ Nghị định s48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một"
            + " sđiều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;\n";
    assertThat(cited(s)).containsExactly("20/2008/NĐ-CP", "63/2010/NĐ-CP", "48/2013/NĐ-CP");
    // a lone "s" before a number is no citation without a type name before it
    assertThat(cited("Tổng cộng s 63 hồ sơ, s20 trường hợp")).isEmpty();
  }

  /** Nghị quyết 653/2019/UBTVQH14 (vanbanphapluat.co): the site's lines, then the header. */
  private static final String NQ_653 =
      "Nghị quyết 653/2019/UBTVQH14\n\n"
          + "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\n\n"
          + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
          + "Nghị quyết số: 653/2019/UBTVQH14\n\n"
          + "Hà Nội, ngày 12 tháng 3 năm 2019\n\n \n\nNGHỊ QUYẾT\n\n"
          + "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021\n\n"
          + "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
          + "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n";

  @Test
  void aNumberLineWithItsTypeIsTheDocumentsOwnNumber() {
    DocumentHeader h = DocumentHeader.read(NQ_653);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("653/2019/UBTVQH14");
    assertThat(h.documentType()).contains(DocumentType.NGHI_QUYET);
    assertThat(h.issuingBody()).containsExactly("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI");
    // the site's title line names it (a citation), the header's number line does not
    assertThat(cited(NQ_653)).containsExactly("653/2019/UBTVQH14", "57/2014/QH13");
    // in a sentence, "số:" still cites: "Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN"
    assertThat(cited("Căn cứ Nghị quyết số: 653/2019/UBTVQH14 ngày 12/3/2019;"))
        .containsExactly("653/2019/UBTVQH14");
  }

  @Test
  void aHeaderFlattenedOntoOneLineWithTableBars() {
    // Quyết định 507/QĐ-BCT (hieuluat.vn): the whole header table on one line
    String page =
        "BỘ CÔNG THƯƠNG ------- Số: 507/QĐ-BCT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự"
            + " do - Hạnh phúc --------------- Hà Nội, ngày 21 tháng 02 năm 2017 |\n"
            + "----------------------\n"
            + "BỘ TRƯỞNG BỘ CÔNG THƯƠNG\n"
            + "Căn cứ Nghị định số 95/2012/NĐ-CP ngày 12 tháng 11 năm 2012 của Chính phủ quy định"
            + " chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;\n"
            + "QUYẾT ĐỊNH:\n";
    DocumentHeader h = DocumentHeader.read(page);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("507/QĐ-BCT");
    assertThat(h.documentType()).contains(DocumentType.QUYET_DINH);
    assertThat(h.place()).contains("Hà Nội");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2017, 2, 21)));
    assertThat(h.issuingBody()).containsExactly("BỘ CÔNG THƯƠNG");
  }

  @Test
  void aPlaceWrappedInsideItsName() {
    // Kế hoạch 3170/KH-UBND of Cao Bằng (thuvienphapluat.vn)
    String page =
        "ỦY\nBAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 3170/KH-UBND\n|\nCao\n"
            + "Bằng, ngày 09 tháng 10 năm 2018\n|\nKẾ HOẠCH\n"
            + "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 63/QĐ-TTG NGÀY 12 THÁNG 01 NĂM 2018\n"
            + "Thực hiện Quyết định số 63/QĐ-TTg\n";
    DocumentHeader h = DocumentHeader.read(page);
    assertThat(h.place()).contains("Cao Bằng");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2018, 10, 9)));
    // the motto's end above a one-word place is not part of it
    DocumentHeader motto =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do -\n"
                + "Hạnh phúc\n\nSố: 18/CT-UBND\n\nHuế, ngày 29 tháng 12 năm 2025\n\nCHỈ THỊ\n");
    assertThat(motto.place()).contains("Huế");
  }

  @Test
  void aHeadlineUnderASitesMenu() {
    // baochinhphu.vn: a menu of the 63 provinces, then the headline and its lead
    StringBuilder page = new StringBuilder();
    for (String p : List.of("An Giang", "Bình Dương", "Bình Phước", "Bình Thuận", "Bình Định")) {
      for (int k = 0; k < 13; k++) {
        page.append("  • ").append(p).append('\n');
      }
    }
    page.append("\nChỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1)\n\n")
        .append("(Chinhphu.vn) - Văn phòng Chính phủ vừa có Thông cáo báo chí chỉ đạo, điều hành")
        .append(" của Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1).\n\n19/07/2025 18:15\n");
    assertThat(DocumentHeader.read(page.toString()).title())
        .contains("Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1)");
  }
}
