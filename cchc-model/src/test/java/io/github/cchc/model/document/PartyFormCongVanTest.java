package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A công văn numbered in the Party's form, "N-CV/BODY", by a body the Party's list does not name (a
 * mass organisation, a Ban cán sự đảng writing under its UBND's code): its number line "Số 34 - CV/
 * HNDT" spaced and without a colon, its subject in quotation marks, and its citations. Real pages
 * of corpus sets unseen32 (hoinongdan.hanam.gov.vn) and unseen30 (Cà Mau's Liên minh HTX).
 */
class PartyFormCongVanTest {
  @Test
  void aMassOrganisationsCongVanIsRead() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "HỘI\nNÔNG DÂN VIỆT NAM\nBCH HND TỈNH HÀ NAM\n*\nSố 34 - CV/ HNDT\n“V/v tuyên\n"
                + "truyền Đại hội Hội Nông dân Việt Nam lần thứ VIII.”\n|\nCỘNG HÒA\n"
                + "XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập- Tự do- Hạnh phúc\nHà Nam, ngày 08 tháng\n"
                + "11 năm 2023\n|\nKính\ngửi:\n"
                + "Ban Thường vụ Hội Nông dân các huyện, thị xã, thành phố.\nĐại\nhội đại biểu toàn"
                + " quốc Hội Nông dân Việt Nam lần VIII, nhiệm kỳ 2023 - 2028 sẽ diễn ra.\n");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).hasValue("34-CV/HNDT");
    assertThat(h.documentType()).hasValue(DocumentType.CONG_VAN);
    assertThat(h.title()).hasValue("V/v tuyên truyền Đại hội Hội Nông dân Việt Nam lần thứ VIII.");
  }

  @Test
  void itsCitationIsRead() {
    List<String> cited =
        CitationExtractor.extract(
                "chỉ đạo của Ban cán sự đảng Ủy ban nhân dân tỉnh tại Công văn số 571-CV/UBND ngày"
                    + " 06/12/2022 và Công văn số 591-CV/BCSĐ")
            .stream()
            .map(c -> c.number().format())
            .toList();
    assertThat(cited).containsExactly("571-CV/UBND", "591-CV/BCSĐ");
  }

  @Test
  void anotherCodeInTheTypesPlaceStaysUnread() {
    // counter-examples: a code that is no type's before a State body, and a number line with more
    // on it than its number
    assertThat(SpacedPartyNumberLine.read("Số 34 - XY/ HNDT")).isNull();
    assertThat(SpacedPartyNumberLine.read("Số 34 - CV/ HNDT ngày 08/11/2023 về việc")).isNull();
  }
}
