package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of citations of the eighteenth round (issue 16, part Hq), each on the corpus pages' own
 * sentences, with a near case that must not be read.
 */
class EighteenthRoundCitationsTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void anIssuersNameEndsBeforeAnotherDocumentAndItsNumber() {
    // Thanh Hóa's Kế hoạch 70/KH-UBND (unseen13): the body named after the Đề án it carries out
    assertThat(
            cited(
                "Công văn số 1246/UBND-TCT ngày 22/8/2022 của Tổ công tác Đề án 06 tỉnh về việc"
                    + " tuyên truyền"))
        .containsExactly("1246/UBND-TCT", "06");
    // thuvienphapluat's Công văn 31 (unseen40): "của Chính phủ có Công văn 31/…" is no issuer
    assertThat(
            cited(
                "Ban Chỉ đạo về tổng kết việc thực hiện Nghị quyết 18-NQ/TW của Chính phủ có Công"
                    + " văn 31/CV-BCĐTKNQ18 về việc thực hiện Nghị định 178/2024/NĐ-CP"))
        .containsExactly("18-NQ/TW", "31/CV-BCĐTKNQ18", "178/2024/NĐ-CP");
    Citation c =
        CitationExtractor.extract(
                "Công văn số 1246/UBND-TCT ngày 22/8/2022 của Tổ công tác Đề án 06")
            .get(0);
    assertThat(c.text()).endsWith("của Tổ công tác");
    // near: a type's name without a number is a word of the body's name
    assertThat(
            cited(
                "Công văn số 1246/UBND-TCT ngày 22/8/2022 của Ban Chỉ đạo Chương trình mục tiêu"
                    + " quốc gia tỉnh về việc"))
        .containsExactly("1246/UBND-TCT");
  }

  @Test
  void aBareNumberBeforeAnIssuersNameAndAMark() {
    // baodongkhoi's Bến Tre (unseen19)
    assertThat(
            cited(
                "đã đăng ký với Tổ công tác triển khai Đề án 06 Chính phủ, Chủ tịch UBND tỉnh yêu"
                    + " cầu"))
        .containsExactly("06");
    // near: another capitalised word is no issuer's name
    assertThat(cited("theo Kế hoạch 12 Hà Nội, năm 2025")).isEmpty();
  }

  @Test
  void aBareNumberWithItsDateOnTheNextLine() {
    // Thông báo 624/TB-VPCP (unseen42): its title's last line over its first sentence
    assertThat(
            cited(
                "CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06\n"
                    + "Ngày 15 tháng 11 năm 2025, tại Trụ sở Chính phủ"))
        .containsExactly("06");
    // near: a count of days on the next line, no date after it
    assertThat(cited("thực hiện Kế hoạch 30\nngày làm việc")).isEmpty();
  }

  @Test
  void anAbbreviatedTypeSoAndANumberAlone() {
    // diendandoanhnghiep's Hưng Yên (unseen19)
    assertThat(cited("tầm nhìn đến năm 2030 (NQ số 06). Sở Thông tin và Truyền thông tham mưu"))
        .containsExactly("06");
    // near: a plan's figure, a count after an abbreviation, a body's capitals
    assertThat(cited("đạt 45% (KH 42%), KH 7, UBND số 12 trên")).isEmpty();
  }
}
