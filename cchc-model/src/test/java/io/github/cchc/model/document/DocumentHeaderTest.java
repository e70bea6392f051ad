package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentHeaderTest {
  @Test
  void seed000SignedPlan() {
    String text = Seeds.read(Seeds.PLAN_24_KH_SNGV);
    DocumentHeader h = DocumentHeader.read(text);
    assertThat(h.article()).isFalse();
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.numberSymbol()).contains(DocumentNumber.parse("24/KH-SNgV"));
    assertThat(h.place()).contains("Bình Phước");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2024, 2, 22)));
    assertThat(h.title())
        .contains("Thực hiện các chỉ tiêu phấn đấu nâng cao chỉ số cải cách hành chính năm 2024");
    assertThat(h.signature())
        .contains(Signature.builder().title("GIÁM ĐỐC").name("Phạm Thị Anh Thư").build());
    assertThat(h.recipients()).containsExactly("Sở Nội vụ", "Ban Giám đốc", "Các phòng NV");
    assertThat(h.archive()).containsExactly("VT");
    assertThat(text.substring(h.bodyStart())).startsWith("Quyết định số 2142/QĐ-UBND");
    assertThat(text.substring(h.bodyEnd())).startsWith("Nơi nhận:");
    assertThat(text.substring(h.bodyStart(), h.bodyEnd()).strip())
        .endsWith("thực hiện tốt Kế hoạch này./.");
  }

  @Test
  void seed002PlanWithoutNumberLineSignedByADeputy() {
    DocumentHeader h = DocumentHeader.read(Seeds.read(Seeds.PLAN_SNN_NO_NUMBER));
    assertThat(h.article()).isFalse();
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.numberSymbol()).isEmpty();
    assertThat(h.place()).isEmpty();
    assertThat(h.date()).isEmpty();
    assertThat(h.title())
        .contains(
            "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng về sự phục vụ"
                + " hành chính (SIPAS) năm 2024");
    Signature s = h.signature().orElseThrow();
    assertThat(s.authority()).contains(SigningAuthority.KT);
    assertThat(s.onBehalfOf()).contains("GIÁM ĐỐC");
    assertThat(s.title()).isEqualTo("PHÓ GIÁM ĐỐC");
    assertThat(s.name()).contains("Nguyễn Phúc Đạt");
    assertThat(h.recipients())
        .containsExactly(
            "Sở Nội vụ",
            "Lãnh đạo Sở",
            "Các phòng, đơn vị trực thuộc Sở",
            "CC,VC của Sở (Dự phòng, chính thức) cử ra làm việc tại Trung tâm PVHC công tỉnh");
    assertThat(h.archive()).containsExactly("VT", "VP");
  }

  @Test
  void seed004UnsignedDraftHasABlankNumberAndAPartialDate() {
    DocumentHeader h = DocumentHeader.read(Seeds.read(Seeds.DRAFT_KIEN_GIANG));
    assertThat(h.article()).isFalse();
    DocumentNumber n = h.numberSymbol().orElseThrow();
    assertThat(n.isBlank()).isTrue();
    assertThat(n.format()).isEqualTo("/KH-SNgV");
    assertThat(h.place()).contains("Kiên Giang");
    assertThat(h.date()).contains(PartialDate.ofYearMonth(2024, 2));
    assertThat(h.title())
        .contains(
            "Thực hiện công tác thông tin, tuyên truyền và phát động phong trào thi đua thực hiện"
                + " nhiệm vụ về cải cách hành chính năm 2024");
    assertThat(h.signature()).contains(Signature.builder().title("GIÁM ĐỐC").build());
    assertThat(h.recipients())
        .containsExactly(
            "VP UBND Tỉnh", "Sở Nội vụ (Phòng CCHC & TCPCP)", "BGD Sở", "Các Phòng thuộc Sở");
    assertThat(h.archive()).containsExactly("VT", "hctam");
  }

  @Test
  void seed001IsAnArticleAboutThePlan() {
    DocumentHeader h = DocumentHeader.read(Seeds.read(Seeds.ARTICLE_BINH_PHUOC));
    assertThat(h.article()).isTrue();
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.title())
        .contains("Kế hoạch cải cách hành chính Nhà nước tỉnh Bình Phước năm 2024");
    assertThat(h.publishedOn()).contains(LocalDate.of(2024, 1, 1));
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2023, 12, 29)));
    assertThat(h.numberSymbol()).isEmpty();
    assertThat(h.signature()).isEmpty();
    assertThat(h.recipients()).isEmpty();
  }

  @Test
  void seed003IsAnArticleThatNamesThePlan() {
    DocumentHeader h = DocumentHeader.read(Seeds.read(Seeds.ARTICLE_TIEN_GIANG));
    assertThat(h.article()).isTrue();
    assertThat(h.title())
        .contains(
            "Kế hoạch khắc phục những hạn chế, thiếu sót chưa đạt điểm chuẩn về Chỉ số cải cách"
                + " hành chính của Sở Ngoại vụ trong năm 2020");
    assertThat(h.publishedOn()).contains(LocalDate.of(2021, 7, 30));
    assertThat(h.numberSymbol()).contains(DocumentNumber.parse("1368/KH-SNgV"));
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2020, 12, 25)));
  }

  @Test
  void malformedNumberOrDateLinesAreRejectedWithTheirOffset() {
    String badNumber = "\nSố: 24/KH-\n\nBình Phước, ngày 22 tháng 02 năm 2024\n\nKẾ HOẠCH\n";
    assertThatThrownBy(() -> DocumentHeader.read(badNumber))
        .isInstanceOf(CchcParseException.class)
        .satisfies(e -> assertThat(((CchcParseException) e).errorIndex()).isEqualTo(11));
    String badDate = "Số: 24/KH-SNgV\nBình Phước, ngày 32 tháng 02 năm 2024\n";
    assertThatThrownBy(() -> DocumentHeader.read(badDate))
        .isInstanceOf(CchcParseException.class)
        .satisfies(e -> assertThat(((CchcParseException) e).errorIndex()).isEqualTo(32))
        .hasMessageContaining("day 32");
  }

  @Test
  void arbitraryTextOnlyEverThrowsCchcParseException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
        .check(
            s -> {
              for (String t :
                  new String[] {
                    s, "KẾ HOẠCH\n" + s + "\nNơi nhận:\n- " + s + "\n" + s, "Số: " + s
                  }) {
                try {
                  DocumentHeader.read(t);
                } catch (CchcParseException e) {
                  // allowed
                }
              }
              return true;
            });
  }

  @Test
  void numberAndDateLineFlattenedOntoOneLine() {
    DocumentHeader h =
        DocumentHeader.read(
            "Số: 24/KH-SNgV      Bình Phước, ngày 22 tháng 02 năm 2024\n\nKẾ HOẠCH\nThực hiện"
                + " các chỉ tiêu\n\nNội dung./.\n\nNơi nhận:\n- Sở Nội vụ;\n\nGIÁM ĐỐC\n");
    assertThat(h.numberSymbol()).contains(DocumentNumber.parse("24/KH-SNgV"));
    assertThat(h.place()).contains("Bình Phước");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2024, 2, 22)));
    assertThat(h.title()).contains("Thực hiện các chỉ tiêu");
    assertThat(h.recipients()).containsExactly("Sở Nội vụ");
    assertThat(h.signature()).contains(Signature.builder().title("GIÁM ĐỐC").build());
  }

  @Test
  void issuingBodyLinesAtTheTopOfTheOfficialLayout() {
    DocumentHeader h =
        DocumentHeader.read(
            "UBND TỈNH BÌNH PHƯỚC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "SỞ NGOẠI VỤ\n"
                + "Độc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 24/KH-SNgV\n\nBình Phước, ngày 22 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
                + "Thực hiện các chỉ tiêu\n\nNội dung./.\n");
    assertThat(h.issuingBody()).containsExactly("UBND TỈNH BÌNH PHƯỚC", "SỞ NGOẠI VỤ");
    assertThat(h.numberSymbol()).contains(DocumentNumber.parse("24/KH-SNgV"));
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(DocumentHeader.read(Seeds.read(Seeds.PLAN_24_KH_SNGV)).issuingBody()).isEmpty();
  }
}
