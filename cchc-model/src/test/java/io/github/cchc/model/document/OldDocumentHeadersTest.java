package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headers and signers of old documents as their Word files give them (issue 16, part O; corpus
 * {@code unseen40}'s TCVN3 {@code .doc} files of viparse-corpus, and two more of the same
 * repository): the prose heading with its type on the line ({@link OneLineHeading}, {@link
 * OneLineProseHeading}), a ministry's number in the heading ({@link OldMinistryForm}), the
 * signature block flattened into the "Nơi nhận" list or closing the text in small letters ({@link
 * FlattenedOldSignature}).
 */
class OldDocumentHeadersTest {

  /** Nghị định 114/2003/NĐ-CP (.doc in TCVN3, viparse-corpus 2004-NghiDinh114_2003.doc). */
  private static final String ND_114 =
      "Chính phủ\n\n\nNghị định của Chính phủ số 114/2003/NĐ-CP\n"
          + "ngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn.\n\n\nChính phủ\n\n"
          + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n\n"
          + "Theo đề nghị của Bộ trưởng Bộ Nội vụ,\n\n\nNghị Định:\n\n\nChương I\n"
          + "Những quy định chung\n\nĐiều 1. Phạm vi áp dụng\n\n"
          + "Nghị định này quy định về chức danh, tiêu chuẩn, nghĩa vụ, quyền lợi.\n\n"
          + "Điều 29. Trách nhiệm thi hành\nBộ trưởng Bộ Nội vụ hướng dẫn thi hành Nghị định"
          + " này.\n\nTM. CHÍNH PHỦ\nThủ tướng\nPhan Văn Khải\n\n\n";

  /** Nghị định 116/2003/NĐ-CP (.doc in TCVN3, viparse-corpus 2004-NghiDinh116_2003.doc). */
  private static final String ND_116 =
      "\nNghị định của Chính phủ\nsố 116/2003/NĐ-CP ngày 10/10/2003\n"
          + "về việc tuyển dụng, sử dụng và quản lý cán bộ, công chức\n"
          + "trong các đơn vị sự nghiệp của Nhà nước.\n\n\n\nChính phủ\n\n"
          + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n\n"
          + "Điều 55. Trách nhiệm thi hành\nCác Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chịu"
          + " trách nhiệm thi hành Nghị định này./.\n\nTM. Chính phủ\nThủ tướng\nPhan Văn Khải\n";

  /** Quyết định 1141-TC/QĐ/CĐKT (.doc in TCVN3, viparse-corpus 2004-B6.doc). */
  private static final String QD_1141 =
      "QUYẾT ĐỊNH\nCỦA BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 1141-TC/QĐ/CĐKT\n"
          + "NGÀY 01 THÁNG 11 NĂM 1995 VỀ VIỆC BAN HÀNH\nCHẾ ĐỘ KẾ TOÁN DOANH NGHIỆP\n\n"
          + "BỘ TRƯỞNG BỘ TÀI CHÍNH\n\n- Căn cứ Nghị định số 15/CP ngày 2-3-1993 của Chính phủ về"
          + " nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ.\n";

  /** Thông tư 155/1998/TT-BTC (.doc in TCVN3, viparse-corpus 2004-B8.doc): its foot. */
  private static final String TT_155_FOOT =
      "BỘ TÀI CHÍNH\n\nSố:155/1998/TT/BTC\n\nHà nội, ngày 8 tháng 12 năm 1998\n\nTHÔNG TƯ\n"
          + "HƯỚNG DẪN BỔ SUNG MỘT SỐ ĐIỂM TẠI THÔNG TƯ 60 TC/CĐKT\n\n"
          + "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Tài chính.\n\n\n"
          + "Nơi nhận:\n\nKT/BỘ TRƯỞNG BỘ TÀI CHÍNH\n\n\n\n- Ban Kinh tế  TW;\n\nThứ trưởng\n\n\n\n"
          + "- Văn phòng Quốc hội;\n\n\n\n- Văn phòng Chính phủ;\n\n\n\n"
          + "- Các Bộ, cơ quan ngang bộ,\ncác cơ quan khác thuộc Chính phủ;\n\n\n\n"
          + "- Phòng Thương mại và Công nghiệp Việt nam;\n\nTrần Văn Tá\n\n\n\n"
          + "- Ban Quản lý các Khu Chế xuất và Công nghiệp;\n\n\n\n- Lưu Văn phòng, Vụ CĐKT.\n";

  @Test
  void aProseHeadingWithItsTypeOnTheLine() {
    DocumentHeader h = DocumentHeader.readLeniently(ND_114);
    assertThat(h.documentType()).contains(DocumentType.NGHI_DINH);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("114/2003/NĐ-CP");
    assertThat(h.date().map(Object::toString)).hasValue("2003-10-10");
    assertThat(h.title()).hasValue("về cán bộ, công chức xã, phường, thị trấn");
    // the heading's own number is not a citation of itself
    assertThat(CitationExtractor.extract(ND_114)).isEmpty();

    DocumentHeader h116 = DocumentHeader.readLeniently(ND_116);
    assertThat(h116.numberSymbol().map(DocumentNumber::format)).hasValue("116/2003/NĐ-CP");
    assertThat(h116.date().map(Object::toString)).hasValue("2003-10-10");
    assertThat(h116.title())
        .hasValue(
            "về việc tuyển dụng, sử dụng và quản lý cán bộ, công chức trong các đơn vị sự nghiệp"
                + " của Nhà nước");
    assertThat(CitationExtractor.extract(ND_116)).isEmpty();
  }

  @Test
  void theSameWordsInTheBodyAreACitation() {
    // the heading's words opening a line far down the text, or after "Căn cứ": cited as before
    StringBuilder body = new StringBuilder("CHÍNH PHỦ\n");
    for (int i = 0; i < 10; i++) {
      body.append("Điều ").append(i + 1).append(". Nội dung của điều.\n");
    }
    body.append("Nghị định của Chính phủ số 114/2003/NĐ-CP ngày 10/10/2003 về cán bộ.\n");
    assertThat(CitationExtractor.extract(body.toString()))
        .extracting(Citation::numberSymbol)
        .containsExactly("114/2003/NĐ-CP");
    assertThat(
            CitationExtractor.extract(
                "Căn cứ Nghị định của Chính phủ số 114/2003/NĐ-CP ngày 10/10/2003 về cán bộ;"))
        .extracting(Citation::numberSymbol)
        .containsExactly("114/2003/NĐ-CP");
  }

  @Test
  void aMinistrysNumberInTheProseHeading() {
    DocumentHeader h = DocumentHeader.readLeniently(QD_1141);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("1141-TC/QĐ/CĐKT");
    assertThat(h.date().map(Object::toString)).hasValue("1995-11-01");
    assertThat(h.title()).hasValue("VỀ VIỆC BAN HÀNH CHẾ ĐỘ KẾ TOÁN DOANH NGHIỆP");
    assertThat(CitationExtractor.extract(QD_1141))
        .extracting(Citation::numberSymbol)
        .containsExactly("15/CP");
  }

  @Test
  void aCurrentHeaderReadsAsBefore() {
    // the layout of Nghị định 30/2020/NĐ-CP: the heading in capitals, the title under it
    String current =
        "CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "---------------\nSố: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\n\nNGHỊ ĐỊNH\n"
            + "VỀ CÔNG TÁC VĂN THƯ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
            + "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, TCCV (2).\n\n"
            + "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\n\nNguyễn Xuân Phúc\n";
    DocumentHeader h = DocumentHeader.readLeniently(current);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("30/2020/NĐ-CP");
    assertThat(h.title()).hasValue("VỀ CÔNG TÁC VĂN THƯ");
    assertThat(h.issuingBody()).containsExactly("CHÍNH PHỦ");
    assertThat(h.signer()).hasValue("Nguyễn Xuân Phúc");
  }

  @Test
  void theSignerOfAnOldBlock() {
    assertThat(DocumentHeader.readLeniently(ND_114).signer()).hasValue("Phan Văn Khải");
    assertThat(DocumentHeader.readLeniently(ND_116).signer()).hasValue("Phan Văn Khải");
    assertThat(DocumentHeader.readLeniently(TT_155_FOOT).signer()).hasValue("Trần Văn Tá");
    // counter-example: the body going on after the mark gives no signer
    assertThat(
            FlattenedOldSignature.signer(
                java.util.List.of(
                    "TM. CHÍNH PHỦ", "Thủ tướng", "Các Bộ trưởng chịu trách nhiệm thi hành.")))
        .isEmpty();
  }

  @Test
  void aProseHeadingAtTheTopOverAnAppendedFormsHeader() {
    // Thông tư 169/1998/TT-BTC of the Bộ Tài chính (.doc in TCVN3, viparse-corpus
    // 2004-TT1691998.doc): no issuing-body block; the tờ khai it appends has a national title
    StringBuilder text =
        new StringBuilder(
            "THÔNG TƯ\nCỦA BỘ TÀI CHÍNH SỐ 169/1998/TT-BTC  NGÀY 22 THÁNG 12 NĂM 1998\n"
                + "HƯỚNG DẪN CHẾ ĐỘ THUẾ ÁP DỤNG ĐỐI VỚI CÁC TỔ CHỨC,\nCÁ NHÂN NƯỚC NGOÀI HOẠT ĐỘNG"
                + " KINH DOANH TẠI VIỆT NAM\n\nCăn cứ Luật thuế Giá trị gia tăng số 02/1997/QH9"
                + " ngày 10/5/1997;\n\nA. PHẠM VI ÁP DỤNG.\n\n");
    for (int i = 1; i <= 30; i++) {
      text.append(i).append(". Nhà thầu thực hiện nghĩa vụ thuế theo hướng dẫn này.\n");
    }
    text.append(
        "MẪU SỐ 01 NT-TCT\nTỜ KHAI NỘP THUẾ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n");
    DocumentHeader h = DocumentHeader.readLeniently(text.toString());
    assertThat(h.documentType()).contains(DocumentType.THONG_TU);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("169/1998/TT-BTC");
    assertThat(h.date().map(Object::toString)).hasValue("1998-12-22");
    assertThat(h.issuingBody()).containsExactly("BỘ TÀI CHÍNH");
  }
}
