package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of headers the eighth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen8}) missed, each with the lines of the real page: a headline
 * that ends with a full stop, and a web page whose title line gives the document's type, number,
 * date and subject in one sentence.
 */
class EighthHoldoutLayoutsTest {
  /** Sơn La Department of Home Affairs, Công văn 972/SNV-CCHC (sonoivu.sonla.gov.vn, 2018). */
  private static final String CV_972 =
      """
      Công văn số 972/SNV-CCHC ngày 18/7/2018 V/v tham gia dự thảo hướng dẫn tự đánh giá, chấm\
       điểm để xác định Chỉ số CCHC.

      Đăng ngày: 20/07/2018 08:00:54

      Kính gửi:

      – Các sở, ban, ngành;

      – UBND các huyện, thành phố.

      Thực hiện Quyết định số 1051/QĐ-UBND Quy định về tiêu chí và quy trình xác định Chỉ số cải\
       cách hành chính hàng năm của các sở, ban, ngành, ủy ban nhân dân các huyện, thành phố.
      """;

  /**
   * A news page's headline citing a document with its issuer (baodantoc's page on Quảng Nam's Quyết
   * định 553/QĐ-TTg, corpus): the headline is the page's title whole, not "của Thủ tướng …".
   */
  @Test
  void aHeadlineCitingADocumentWithItsIssuerIsTheTitleWhole() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "Quyết định số 553/QĐ-TTg ngày 15/5/2018 của Thủ tướng Chính phủ về Quy hoạch tổng thể"
                + " phát triển kinh tế - xã hội tỉnh Quảng Nam đến năm 2020, tầm nhìn đến năm"
                + " 2030\n\nQuảng Nam đặt mục tiêu phấn đấu tốc độ tăng trưởng GRDP bình quân giai"
                + " đoạn 2021 - 2025 đạt khoảng 9 - 10%/năm.\n");
    assertThat(h.title().orElseThrow())
        .startsWith("Quyết định số 553/QĐ-TTg ngày 15/5/2018 của Thủ tướng Chính phủ về Quy hoạch");
  }

  @Test
  void aTitleLineGivesTheNumberTheDateAndTheSubject() {
    DocumentHeader h = DocumentHeader.readLeniently(CV_972);
    assertThat(h.documentType()).contains(DocumentType.CONG_VAN);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("972/SNV-CCHC");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2018, 7, 18)));
    assertThat(h.title())
        .contains("V/v tham gia dự thảo hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số CCHC");
  }

  @Test
  void addresseesSetApartByBlankLinesAreAllRead() {
    DocumentHeader h = DocumentHeader.readLeniently(CV_972);
    assertThat(h.addressees()).containsExactly("Các sở, ban, ngành", "UBND các huyện, thành phố");
  }

  @Test
  void aTitleLineWithoutANumberAndDateStaysTheTitle() {
    String line =
        "Công văn hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số CCHC năm 2018\n\n"
            + "Đăng ngày: 20/07/2018 08:00:54\n";
    DocumentHeader h = DocumentHeader.readLeniently(line);
    assertThat(h.numberSymbol()).isEmpty();
    assertThat(h.title())
        .contains("Công văn hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số CCHC năm 2018");
  }

  /** Thanh Hóa Department of Construction (sxd.thanhhoa.gov.vn), Chỉ thị 01/CT-UBND of 2021. */
  private static final String CT_01 =
      """
      Lượt xem: 652 | Gửi lúc: 19/01/2021 08:58:34
      Bookmark and Share

      Chỉ thị tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước.

      Ngày 01/01/2021, Chủ tịch UBND tỉnh ban hành Chỉ thị số 01/CT-UBND về việc tăng cường kỷ\
       luật, kỷ cương trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Thanh Hóa.
      """;

  @Test
  void aHeadlinesFullStopIsNotPartOfTheTitle() {
    DocumentHeader h = DocumentHeader.readLeniently(CT_01);
    assertThat(h.title())
        .contains("Chỉ thị tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước");
  }

  @Test
  void aShortLineOfChromeBetweenHeadlineAndLeadDoesNotHideTheHeadline() {
    // kinhtedothi.vn
    String kinhtedothi =
        """
        Chung tay cải cách thủ tục hành chính

        Chia sẻ Zalo

        KTĐT - Hưởng ứng Cuộc thi “Chung tay cải cách thủ tục hành chính” do Văn phòng Chính phủ\
         và Hội đồng Tư vấn cải cách thủ tục hành chính phát động, UBND TP Hà Nội đã có văn bản số\
         11137/UBND-KSTT yêu cầu Thủ trưởng các sở, ban, ngành tổ chức tuyên truyền cuộc thi.
        """;
    assertThat(DocumentHeader.readLeniently(kinhtedothi).title())
        .contains("Chung tay cải cách thủ tục hành chính");
    // baomoi.com (Tuổi Trẻ)
    String baomoi =
        """
        Hà Nội còn 455 thủ tục hành chính

        Gốc
        TT(Hà Nội) - Ngày 9-10, đoàn công tác cải cách hành chính của Chính phủ đã làm việc với\
         UBND TP Hà Nội. Theo báo cáo của UBND TP, hiện trên địa bàn Hà Nội mở rộng áp dụng 455\
         thủ tục hành chính.
        """;
    assertThat(DocumentHeader.readLeniently(baomoi).title())
        .contains("Hà Nội còn 455 thủ tục hành chính");
  }

  @Test
  void aShortLineThatIsNotFollowedByALeadIsNoHeadline() {
    String menu = "Trang tin điện tử Sở Nội vụ\n\nGốc\n\nLiên hệ\n";
    assertThat(DocumentHeader.readLeniently(menu).title()).isEmpty();
  }

  /** Tiền Giang, Quyết định 33/2009 (corpus unseen7): its foot, without "Nơi nhận". */
  private static final String QD_33_FOOT =
      """
      Điều 4.
      Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các\
       cơ quan có trách nhiệm thi hành Quyết định này./.
      |
      TM.
      ỦY BAN NHÂN DÂN TỈNH
      KT. CHỦ TỊCH
      PHÓ CHỦ TỊCH
      Nguyễn Văn Phòng
      |
      QUY ĐỊNH
      """;

  @Test
  void aSignatureBetweenTableBarsWithoutNoiNhanNamesTheSigner() {
    assertThat(DocumentHeader.readLeniently(QD_33_FOOT).signer()).contains("Nguyễn Văn Phòng");
  }

  @Test
  void barsAroundBodyTextNameNoSigner() {
    String text = QD_33_FOOT.replace("Nguyễn Văn Phòng", "các cơ quan có liên quan thi hành.");
    assertThat(DocumentHeader.readLeniently(text).signer()).isEmpty();
  }

  /** Xã Xuân Phú (Đồng Nai), Quy chế làm việc 2021-2026: motto and heading wrapped. */
  private static final String QUY_CHE =
      """
      ỦY BAN NHÂN DÂN
      XÃ XUÂN PHÚ
      |
      |
      CỘNG HOÀ XÃ HỘI
      CHỦ NGHĨA VIỆT NAM
      Độc lập -
      Tự do - Hạnh phúc
      |
      QUY CHẾ LÀM
      VIỆC
      CỦA ỦY
      BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026
      (Ban hành
      kèm theo Quyết định số: 59/QĐ-UBND
      Ngày 22 tháng
      7 năm 2021 của Ủy ban nhân dân xã Xuân
      Phú)
      Chương I
      """;

  @Test
  void aHeadingWrappedInsideItsTitleIsReadWholeAndTheMottoIsNoHeadline() {
    DocumentHeader h = DocumentHeader.readLeniently(QUY_CHE);
    assertThat(h.title()).contains("LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026");
  }

  @Test
  void anEllipsisStaysInTheTitle() {
    assertThat(DocumentHeaderReader.withoutFinalStop("Cải cách hành chính..."))
        .isEqualTo("Cải cách hành chính...");
    assertThat(DocumentHeaderReader.withoutFinalStop("Năm 2023.")).isEqualTo("Năm 2023");
  }

  /**
   * The same title line under a type's longer name ("Chương trình hành động", an alias of Chương
   * trình): the number and date follow the name as written, not the type's full name.
   */
  @Test
  void aTitleLineUnderATypesLongerName() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "Chương trình hành động số 17/CTr-UBND ngày 07/02/2022 thực hiện Nghị quyết số"
                + " 76/NQ-CP của Chính phủ\n\nĐăng ngày: 10/02/2022\n");
    assertThat(h.documentType()).contains(DocumentType.CHUONG_TRINH);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("17/CTr-UBND");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2022, 2, 7)));
    assertThat(h.title()).contains("thực hiện Nghị quyết số 76/NQ-CP của Chính phủ");
  }
}
