package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of headers the ninth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen9}) missed, each with the lines of the real page and a second
 * case of the class: "Kính gửi" and its addressees wrapped in a narrow table cell or run into one
 * line, and a site's tag line in lower case over a news page's headline.
 */
class NinthHoldoutLayoutsTest {
  /** Công văn 4336/BTTTT-THH of 2021 (thuviennhadat.vn), from its "Kính gửi" cell. */
  private static final String CV_4336 =
      """
      Kính
      gửi:
      |
      - Các Bộ, cơ quan ngang Bộ, cơ quan
      thuộc Chính phủ;
      - UBND các tỉnh, thành phố trực thuộc Trung ương.
      |
      Căn cứ Nghị định số 47/2020/NĐ-CP
      ngày 09/4/2020 của Chính phủ về Quản lý, kết nối và chia sẻ dữ liệu số của cơ
      quan nhà nước;
      """;

  @Test
  void addresseesWrappedInANarrowCell() {
    DocumentHeader h = DocumentHeader.readLeniently(CV_4336);
    assertThat(h.addressees())
        .containsExactly(
            "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            "UBND các tỉnh, thành phố trực thuộc Trung ương");
  }

  @Test
  void oneAddresseeWrappedOnTheKinhGuiLine() {
    String text =
        """
        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố
        trực thuộc Trung ương

        Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Văn bản số 7722/VPCP-KSTT ngày 22/10/2021.
        """;
    assertThat(DocumentHeader.readLeniently(text).addressees())
        .containsExactly("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
  }

  @Test
  void itemsRunIntoTheKinhGuiLine() {
    // the addressees of Công văn 4336/BTTTT-THH as a copy that runs the list into one line gives
    // them
    String text =
        "Kính gửi: - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; - UBND các tỉnh, thành"
            + " phố trực thuộc Trung ương.\n\nCăn cứ Nghị định số 47/2020/NĐ-CP\n";
    assertThat(DocumentHeader.readLeniently(text).addressees())
        .containsExactly(
            "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            "UBND các tỉnh, thành phố trực thuộc Trung ương");
  }

  @Test
  void anItemThatEndedIsNotContinuedByTheBody() {
    // the item ends with ';' or '.': the line after it is not part of it, even in lower case
    String text =
        """
        Kính gửi:
        - Sở Nội vụ;
        - Sở Tài chính.
        căn cứ ý kiến chỉ đạo của Thủ tướng Chính phủ
        """;
    assertThat(DocumentHeader.readLeniently(text).addressees())
        .containsExactly("Sở Nội vụ", "Sở Tài chính");
  }

  @Test
  void aTagLineInLowerCaseIsNoTitle() {
    // vtv.vn, "Phải giảm khoảng 2% biên chế mỗi năm", under the site's tag "đề án tinh giản biên
    // chế"
    String vtv =
        """
        TV& VIDEO

        đề án tinh giản biên chế

        Phải giảm khoảng 2% biên chế mỗi năm

        Phải giảm khoảng 2% biên chế mỗi năm

        VTV.vn - Thủ tướng vừa ban hành Chỉ thị về việc đẩy mạnh thực hiện chủ trương tinh giản\
         biên chế, trong đó nêu rõ: Mỗi năm Bộ, ngành, địa phương phải giảm 1,5-2% biên chế.
        """;
    DocumentHeader h = DocumentHeader.readLeniently(vtv);
    assertThat(h.title()).contains("Phải giảm khoảng 2% biên chế mỗi năm");
    assertThat(h.documentType()).isEmpty();
    // a tag naming a plan over another page's headline
    String tagged =
        """
        kế hoạch cải cách hành chính năm 2025

        Tỉnh đặt mục tiêu 90% thủ tục hành chính trực tuyến toàn trình

        Theo kế hoạch, đến năm 2025, tỉnh đặt mục tiêu 90% thủ tục hành chính đủ điều kiện được\
         cung cấp trực tuyến toàn trình.
        """;
    assertThat(DocumentHeader.readLeniently(tagged).title())
        .contains("Tỉnh đặt mục tiêu 90% thủ tục hành chính trực tuyến toàn trình");
  }
}
