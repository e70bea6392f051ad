package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of headers found on the fifth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen5}), each with the lines of the real page it came from: the
 * number and symbol of State documents before 1992, and news pages whose first lines are a site's
 * chrome.
 */
class FifthHoldoutLayoutsTest {
  /** Quyết định 67-HĐBT of the Hội đồng Bộ trưởng, 1982 (luatminhkhue.vn), its header. */
  private static final String QD_67_HDBT =
      "HỘI ĐỒNG BỘ TRƯỞNG\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          + "Độc lập - Tự do - Hạnh phúc\n********\n\nSố: 67-HĐBT\n\n"
          + "Hà Nội, ngày 08 tháng 4 năm 1982\n\nQUYẾT ĐỊNH\n\n"
          + "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 67-HĐBT NGÀY 8 THÁNG 4 NĂM 1982 VỀ VIỆC MỞ RỘNG THỊ XÃ THÁI"
          + " BÌNH THUỘC TỈNH THÁI BÌNH\n\nHỘI ĐỒNG BỘ TRƯỞNG\n\n"
          + "Căn cứ Điều 107 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18 tháng 12"
          + " năm 1980;\n"
          + "Căn cứ Quyết định số 64b-HĐBT ngày 12 tháng 9 năm 1981 của Hội đồng Bộ trưởng về điều"
          + " chỉnh địa giới hành chính đối với những huyện, xã có địa giới chưa hợp lý;\n";

  @Test
  void theNumberOfAStateDocumentBefore1992() {
    DocumentNumber n = DocumentNumber.parse("67-HĐBT");
    assertThat(n.legacy()).isTrue();
    assertThat(n.number()).hasValue(67);
    assertThat(n.issuerCode()).isEqualTo("HĐBT");
    assertThat(n.typeCode()).isEmpty();
    assertThat(n.party()).isFalse();
    assertThat(n.format()).isEqualTo("67-HĐBT");
    assertThat(DocumentNumber.parse("64b-HĐBT").format()).isEqualTo("64b-HĐBT");
    // a Party number keeps its form: the code after the hyphen is a type
    assertThat(DocumentNumber.parse("18-NQ/TW").legacy()).isFalse();
    qt().forAll(integers().between(1, 99_999))
        .check(
            k -> {
              DocumentNumber d = DocumentNumber.parse(k + "-HĐBT");
              return d.legacy() && DocumentNumber.parse(d.format()).equals(d);
            });
  }

  @Test
  void theHeaderOfAQuyetDinhOf1982IsRead() {
    DocumentHeader h = DocumentHeader.read(QD_67_HDBT);
    assertThat(h.documentType()).contains(DocumentType.QUYET_DINH);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("67-HĐBT");
    assertThat(h.place()).contains("Hà Nội");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(1982, 4, 8)));
    assertThat(h.title()).contains("VỀ VIỆC MỞ RỘNG THỊ XÃ THÁI BÌNH THUỘC TỈNH THÁI BÌNH");
    assertThat(h.issuingBody()).containsExactly("HỘI ĐỒNG BỘ TRƯỞNG");
    List<Citation> cited = CitationExtractor.extract(QD_67_HDBT);
    assertThat(cited.stream().map(c -> c.number().format())).contains("64b-HĐBT");
  }

  @Test
  void theSignerAboveDaKyAtTheEndOfAWebCopy() {
    // the same page ends with the signer's name and "(Đã ký)", no signature block
    DocumentHeader h =
        DocumentHeader.read(
            QD_67_HDBT
                + "\nĐiều 2.- Uỷ ban nhân dân tỉnh Thái Bình và Ban tổ chức của Chính phủ chịu trách"
                + " nhiệm thi hành Quyết định này.\n\nTố Hữu\n\n(Đã ký)\n");
    assertThat(h.signer()).contains("Tố Hữu");
    assertThat(DocumentHeader.read(QD_67_HDBT).signer()).isEmpty();
  }

  private static String headline(String page) {
    return DocumentHeader.read(page).title().orElse(null);
  }

  @Test
  void aContactLineAboveTheDatelineIsNoHeadline() {
    // kinhtetieudung.vn, Long An (2023): a contact line, the dateline, then the headline
    assertThat(
            headline(
                "0922 281 189 [email protected]\nThứ năm, 20/04/2023 06:58 (GMT+7)\n\n"
                    + "Long An: Xếp thứ 8 về Chỉ số cải cách hành chính năm 2022\n\n"
                    + "Theo dõi KT&TD trên\n\n"
                    + "Sáng 19/4, tại trụ sở Chính phủ, Ban Chỉ đạo cải cách hành chính của Chính"
                    + " phủ đã công bố Chỉ số cải cách hành chính năm 2022 (PAR index 2022) của các"
                    + " Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung"
                    + " ương.\n"))
        .isEqualTo("Long An: Xếp thứ 8 về Chỉ số cải cách hành chính năm 2022");
  }

  @Test
  void fontSizeButtonsAreNoByline() {
    // sonv.langson.gov.vn (2023): "-A A +A" under a line of page tools
    assertThat(
            headline(
                "Skip to main content\n"
                    + "Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, tích cực,"
                    + " chủ động, sáng tạo, bứt phá, hoàn thành xuất sắc, toàn diện nhiệm vụ công"
                    + " tác\n"
                    + "Chế độ ban đêm In trang Xuất PDF Đọc nội dung\n-A A +A\n\n"
                    + "Họp Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn năm 2023\n\n"
                    + "Sáng ngày 01/11/2023, Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn đã tổ"
                    + " chức họp để đánh giá kết quả triển khai thực hiện công tác cải cách hành"
                    + " chính 10 tháng đầu năm 2023.\n"))
        .isEqualTo("Họp Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn năm 2023");
  }

  @Test
  void aBreadcrumbIsNoHeadline() {
    // yenbai.gov.vn (2022)
    assertThat(
            headline(
                "Welcome to Yen Bai Portal\n  • Đường dây nóng: 02163.818.555\n  • English\n\n"
                    + "Tin trong tỉnh >> Chính trị\n\n"
                    + "Văn phòng UBND tỉnh và Thành phố Yên Bái tiếp tục dẫn đầu bảng xếp hạng chỉ"
                    + " số cải cách hành chính năm 2021\n\n"
                    + "09/06/2022 09:26:41 Xem cỡ chữ Google\n"))
        .isEqualTo(
            "Văn phòng UBND tỉnh và Thành phố Yên Bái tiếp tục dẫn đầu bảng xếp hạng chỉ số cải"
                + " cách hành chính năm 2021");
  }

  @Test
  void aTaggedHeadline() {
    // nhandan / TTXVN infographic page (2024)
    assertThat(
            headline(
                "[Infographics] Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành"
                    + " chính nhà nước (SIPAS) năm 2023\n\n"
                    + "Hà Nội (TTXVN 18/4/2024) Người dân hài lòng đối với sự phục vụ của cơ quan"
                    + " hành chính Nhà nước nói chung trong cả nước năm 2023 (SIPAS 2023) ở mức"
                    + " 82,66%, tăng 2,58% so với năm 2022 (80,08%).\n"))
        .isEqualTo(
            "[Infographics] Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành"
                + " chính nhà nước (SIPAS) năm 2023");
  }

  @Test
  void datesFusedWithTheHeadlineAreTakenOff() {
    // plo.vn, Đồng Tháp and Đồng Nai (2026)
    assertThat(
            headline(
                "Đồng Tháp ban hành kế hoạch cải cách hành chính 2026, lấy sự hài lòng của người"
                    + " dân làm thước đo 19/01/2026 13:17\n\n"
                    + "(PLO)- Đồng Tháp xác định cải cách hành chính năm 2026 phải xuất phát từ"
                    + " người dân, lấy người dân làm trung tâm, nâng cao chất lượng phục vụ và hiệu"
                    + " quả hoạt động của bộ máy hành chính nhà nước.\n"))
        .isEqualTo(
            "Đồng Tháp ban hành kế hoạch cải cách hành chính 2026, lấy sự hài lòng của người dân"
                + " làm thước đo");
    assertThat(
            headline(
                " date 2026-01-20 Đồng Nai: Giải quyết thủ tục hành chính đúng hạn phải đạt tối"
                    + " thiểu 98% 20/01/2026 15:35\n\n"
                    + "(PLO)- Theo Kế hoạch năm 2026 của tỉnh Đồng Nai, giải quyết hồ sơ thủ tục"
                    + " hành chính đúng hạn phải đạt tối thiểu 98% và 100% phản ánh, kiến nghị liên"
                    + " quan đến thủ tục hành chính được xử lý đúng hạn.\n"))
        .isEqualTo("Đồng Nai: Giải quyết thủ tục hành chính đúng hạn phải đạt tối thiểu 98%");
  }
}
