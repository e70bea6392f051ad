package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settled rule of the seventeenth round (issue 16, the lead's decision, corpus README): a
 * document named by its type and a bare number is a citation anywhere, labelled by its number once
 * per occurrence; a year, a count, a figure, a symbol and a national programme's name are not
 * ({@link BareNumberEnd}).
 */
class BareNumberCitationTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aShortNameInBracketsOrBeforeAStopOrAComma() {
    // baomoi's Nam Định page (unseen10), ict-thainguyen (unseen), vietnamnet's Tiền Giang
    // (unseen47)
    assertThat(
            cited("giai đoạn 2021-2025, định hướng đến năm 2030 (Nghị quyết 09), với sự vào cuộc"))
        .containsExactly("09");
    assertThat(cited("Chính phủ điện tử giai đoạn 2019-2020, định hướng đến 2025 (Nghị quyết 17)."))
        .containsExactly("17");
    assertThat(cited("giai đoạn 2012 - 2020 (Nghị quyết 15). Đảng bộ, chính quyền"))
        .containsExactly("15");
    // dttc's Sóc Trăng (unseen3), vtcnews (unseen39), cchccantho (unseen27)
    assertThat(cited("Qua 2 năm triển khai thực hiện Nghị quyết 07, tỉnh đã đạt được"))
        .containsExactly("07");
    assertThat(cited("soạn thảo Nghị quyết 70. Và Nghị quyết 70 ra đời đã trở thành"))
        .containsExactly("70", "70");
    assertThat(cited("của Thủ tướng Chính phủ (Nghị quyết 30c), Ủy ban nhân dân thành phố"))
        .containsExactly("30c");
    // vtv8 (unseen47), hoatieu's headline (unseen19)
    assertThat(cited("các cơ chế từ Nghị quyết 98 (sửa đổi) về cơ chế đặc thù"))
        .containsExactly("98");
    assertThat(cited("Văn bản 1277 2024 về tổ chức thi tốt nghiệp")).containsExactly("1277");
  }

  @Test
  void aTypeNameInSmallLetters() {
    // vietnamnet (unseen14), tuoitre (unseen13)
    assertThat(cited("Bộ KH&CN cũng đã ban hành văn bản 5199 hướng dẫn sáp nhập"))
        .containsExactly("5199");
    assertThat(cited("Qua 7 năm thực hiện nghị quyết 18, bước đầu tạo chuyển biến"))
        .containsExactly("18");
    // a copy whose marks are garbled gives no type's name (societynewstech, unseen9)
    assertThat(cited("Ban Chỉ đạọ Trùng ương tổng kết Nghị qúỷết 18.")).isEmpty();
  }

  @Test
  void aDeAnNamedByItsNumberIsADocument() {
    // baophutho's Ban Chỉ đạo page (unseen), Cần Thơ's QĐ 256/2004/QĐ-UB (tuning-p): "Đề án 06" is
    // the Đề án of Quyết định 06/QĐ-TTg, cited by its number, also inside a body's name
    assertThat(cited("Tổ công tác triển khai Đề án 06 của Chính phủ và Đề án 06 tỉnh"))
        .containsExactly("06", "06");
    assertThat(cited("tin học hóa quản lý nhà nước (Đề án 112) giai đoạn 2002-2005"))
        .containsExactly("112");
  }

  @Test
  void aProgrammeOrAProjectNamedByItsNumber() {
    // a national programme's name stays none, nor a project's figure
    assertThat(cited("thuộc Chương trình 135, Chương trình 1719 và Dự án 12.")).isEmpty();
    assertThat(cited("Đề án 1 triệu căn hộ nhà ở xã hội")).isEmpty();
    assertThat(cited("theo Đề án 06/CP của Chính phủ")).isEmpty();
  }

  @Test
  void numbersThatStayFiguresCountsOrYears() {
    assertThat(cited("tăng so với Kế hoạch 2025.")).isEmpty();
    assertThat(cited("Kế hoạch 12 tháng đầu năm và Kế hoạch 5 năm đã hoàn thành")).isEmpty();
    assertThat(cited("đạt 95% (Kế hoạch 10%), tăng")).isEmpty();
    assertThat(cited("Kế hoạch 10,5% và Kế hoạch 1.000 tỷ đồng")).isEmpty();
    assertThat(cited("vượt kế hoạch 4 chỉ tiêu, vượt Kế hoạch 12 chỉ tiêu")).isEmpty();
    assertThat(cited("theo Kế hoạch 12 Hà Nội")).isEmpty();
    assertThat(cited("đạt Kế hoạch 1.")).isEmpty();
    assertThat(cited("Quyết định 30 triệu đồng cho mỗi xã")).isEmpty();
    assertThat(cited("vượt Kế hoạch 15 ngày so với dự kiến")).isEmpty();
    // a period's years after a count (thuviennhadat, unseen39) against a year alone
    assertThat(cited("để về đích Kế hoạch 05 năm 2021 - 2025, các địa phương")).isEmpty();
    assertThat(cited("theo Kế hoạch 56 năm 2024 của tỉnh")).containsExactly("56");
    assertThat(cited("triển khai Chỉ thị 05 năm 2024.")).containsExactly("05");
    // a number that is part of a full symbol is read once, as the symbol
    assertThat(cited("triển khai Nghị quyết 57-NQ/TW của Bộ Chính trị"))
        .containsExactly("57-NQ/TW");
  }
}
