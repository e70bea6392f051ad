package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of headers and citations found on the second unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen2}), each with the strings of the real page it came from.
 */
class SecondHoldoutLayoutsTest {
  /** Công văn 4836/BNN-VPĐP of the Ministry of Agriculture (vanbanphapluat.co). */
  private static final String CONG_VAN =
      "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          + "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 4836/BNN-VPĐP\n"
          + "V/v báo cáo sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới"
          + " (2016-2018)\n\nHà Nội, ngày 25 tháng 06 năm 2018\n\n \n\n"
          + "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
          + "Thực hiện Quy chế quản lý, điều hành thực hiện các Chương trình mục tiêu quốc gia.\n";

  @Test
  void aCongVanIsTypedTitledByItsSubjectAndAddressed() {
    DocumentHeader h = DocumentHeader.read(CONG_VAN);
    assertThat(h.documentType()).contains(DocumentType.CONG_VAN);
    assertThat(h.title())
        .contains(
            "V/v báo cáo sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới"
                + " (2016-2018)");
    assertThat(h.addressees())
        .containsExactly("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2018, 6, 25)));
  }

  @Test
  void addresseesListedUnderKinhGui() {
    DocumentHeader h =
        DocumentHeader.read(
            CONG_VAN.replace(
                "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n",
                "Kính gửi:\n- Bộ Kế hoạch và Đầu tư;\n- Ủy ban nhân dân các tỉnh.\n"));
    assertThat(h.addressees()).containsExactly("Bộ Kế hoạch và Đầu tư", "Ủy ban nhân dân các tỉnh");
    // and a document without one has none
    assertThat(DocumentHeader.read("KẾ HOẠCH\nCải cách hành chính năm 2025\n").addressees())
        .isEmpty();
  }

  @Test
  void aTitleLineUnderTheDateLineWhenTheHeadingIsLost() {
    // Kế hoạch 270/KH-UBND of Bắc Giang as hethongphapluat.com flattens it
    DocumentHeader h =
        DocumentHeader.read(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 270/KH-UBND | Bắc Giang, ngày 19 tháng 01 năm 2022 |\n"
                + "THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH VÀ CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG NĂM"
                + " 2022\n"
                + "Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát"
                + " thủ tục hành chính.\n");
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.title())
        .contains(
            "THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH VÀ CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG NĂM"
                + " 2022");
  }

  @Test
  void theProseHeadingOfAnOlderDirective() {
    // Chỉ thị 16/2001/CT-TTg as luatvietnam.vn gives it, "Xà" for "XÃ" included
    DocumentHeader h =
        DocumentHeader.read(
            "CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\n"
                + "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\n"
                + "PHÁT TRIỂN KINH TẾ - Xà HỘI VÀ DỰ TOÁN NGÂN SÁCH\nNHÀ NƯỚC NĂM 2002\n"
                + "Thực hiện Nghị quyết\ncủa Quốc hội về nhiệm vụ và dự toán ngân sách nhà nước"
                + " năm 2001.\n");
    assertThat(h.documentType()).contains(DocumentType.CHI_THI);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("16/2001/CT-TTg");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2001, 6, 21)));
    assertThat(h.title())
        .contains(
            "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - Xà HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC"
                + " NĂM 2002");
  }

  @Test
  void aHeadingAndItsTitleOnOneLine() {
    // a Báo cáo of the Bắc Kạn People's Committee Office on sotuphap.backan.gov.vn
    DocumentHeader h =
        DocumentHeader.read(
            "Skip Ribbon Commands\nSkip to main content\n\n"
                + "BÁO CÁO Kết quả chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người"
                + " dân, doanh nghiệp tháng 8/2023\n\n( Cập nhật lúc: 12/09/2023  )\n\n"
                + "Thực hiện Kế hoạch số 572/KH-UBND ngày 08/9/2022 của UBND tỉnh về triển khai"
                + " thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.\n");
    assertThat(h.documentType()).contains(DocumentType.BAO_CAO);
    assertThat(h.title())
        .contains(
            "Kết quả chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh"
                + " nghiệp tháng 8/2023");
  }

  @Test
  void headlinesAfterADatelineBeforeABylineOrRepeatedByTheLead() {
    // baodansinh.vn: a dateline above the headline, whose colon is not a label
    assertThat(
            DocumentHeader.read(
                    "THỨ SÁU, NGÀY 03 THÁNG 12 NĂM 2021 11:32\n\n"
                        + "Ninh Bình: Tỷ lệ hộ nghèo giảm còn 1,65%\n\n"
                        + "Theo số liệu rà soát, tỷ lệ hộ nghèo đầu năm 2021 tỉnh Ninh Bình là"
                        + " 1,87%, hộ cận nghèo là 3,15, đến nay giảm còn 1,65% và hộ cận nghèo"
                        + " còn 2,45%.\n")
                .title())
        .contains("Ninh Bình: Tỷ lệ hộ nghèo giảm còn 1,65%");
    // baoquangnam.vn: the reporter's byline under the headline
    assertThat(
            DocumentHeader.read(
                    "Tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước\n\n"
                        + "BẢO NGUYÊN |\n\n"
                        + "Chủ tịch UBND tỉnh vừa ban hành Chỉ thị số 26/CT-UBND về tăng cường"
                        + " kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước.\n")
                .title())
        .contains("Tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước");
    // thainguyentv.vn: the lead opens with the headline again
    assertThat(
            DocumentHeader.read(
                    "9 sở có chỉ số hài lòng năm 2022 đạt trên 90%\n"
                        + "9 sở có chỉ số hài lòng năm 2022 đạt trên 90%.\n\n"
                        + "Gồm các sở: Văn hóa, Thể thao và Du lịch; Tư pháp.\n")
                .title())
        .contains("9 sở có chỉ số hài lòng năm 2022 đạt trên 90%");
  }

  @Test
  void aLawCitedByItsNameWrappedAcrossALine() {
    // Quyết định 892/QĐ-UBND of Quảng Nam (thuviennhadat.vn)
    List<String> numbers =
        CitationExtractor.extract(
                "quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ\n"
                    + "chức chính phủ số 76/2015/QH13 và Luật Tổ chức chính quyền địa phương số\n"
                    + "77/2015/QH13 ngày 22/11/2019;")
            .stream()
            .map(c -> c.number().format())
            .toList();
    assertThat(numbers).containsExactly("76/2015/QH13", "77/2015/QH13");
  }

  @Test
  void aSlashForTheHyphenAfterTheType() {
    // Quyết định 186/QĐ-UBND of An Giang (phapluatcongdong.vn) cites "Thông tư liên tịch số:
    // 183/2010/TTLT/BTC-BNN"; the number parses (the citation scanner still misses it in that
    // sentence: see the corpus README)
    assertThat(DocumentNumber.parse("183/2010/TTLT/BTC-BNN").format())
        .isEqualTo("183/2010/TTLT-BTC-BNN");
  }
}
