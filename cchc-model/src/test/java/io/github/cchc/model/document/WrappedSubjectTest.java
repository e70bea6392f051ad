package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A công văn's "V/v" subject wrapped inside the left column of its header, as a {@code .doc} or a
 * PDF gives it: the lines directly under it go on with it ({@link WrappedSubject}; corpus {@code
 * unseen28}, the .doc and PDF templates of github.com/vpubnd49/VBAI, Skill_The_Thuc_VB_ND30).
 */
class WrappedSubjectTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void theSubjectGoesOnOverTheLinesOfItsColumn() {
    // Công văn of UBND tỉnh Lâm Đồng, 2025 (CV CHUNG/Giao cac don vi danh gia ket qua thuc hien
    // CCHC cua cong an tinh.doc), as the .doc's paragraphs give it
    String text =
        """
        ỦY BAN NHÂN DÂN
        TỈNH LÂM ĐỒNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số:             /UBND-NC
        Lâm Đồng, ngày         tháng 8 năm 2025
        V/v triển khai thực hiện Công
        văn số 3749/BCA-V03
        của Bộ Công an


        Kính gửi:
        - Văn phòng Ủy ban nhân dân tỉnh;
        - Sở Nội vụ;
        """;
    assertThat(title(text))
        .isEqualTo("V/v triển khai thực hiện Công văn số 3749/BCA-V03 của Bộ Công an");
    // Công văn of Văn phòng UBND tỉnh Bình Thuận, 2025 (CV CHUNG/CVVP_phucdapTT182SDTTG.doc)
    String variant =
        """
        UBND TỈNH BÌNH THUẬN
        VĂN PHÒNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số:            /VP-NCKS
        Bình Thuận, ngày         tháng 4 năm 2025
        V/v phúc đáp Tờ trình số
        182/TTr-SDTTG của
        Sở Dân tộc và Tôn giáo
        Kính gửi: Sở Dân tộc và Tôn giáo
        """;
    assertThat(title(variant))
        .isEqualTo("V/v phúc đáp Tờ trình số 182/TTr-SDTTG của Sở Dân tộc và Tôn giáo");
  }

  @Test
  void theSubjectStopsBeforeTheOtherColumn() {
    // Công văn of UBND tỉnh Bình Thuận, 2024 (CV CHUNG, Công điện 131/CĐ-TTg): the subject's last
    // line, then the national title of the right column
    String text =
        """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH THUẬN
        Số:            /UBND-NCKSTTHC
        V/v triển khai Công điện số 131/CĐ-TTg ngày 11/12/2024 của Thủ tướng Chính phủ về cắt giảm đơn giản hóa
        thủ tục hành chính
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bình Thuận, ngày       tháng 12 năm 2024
        """;
    assertThat(title(text))
        .isEqualTo(
            "V/v triển khai Công điện số 131/CĐ-TTg ngày 11/12/2024 của Thủ tướng Chính phủ về"
                + " cắt giảm đơn giản hóa thủ tục hành chính");
  }

  @Test
  void aLineWithoutALetterOrABlankLineEndsTheSubject() {
    // Công văn of Văn phòng UBND tỉnh Bình Thuận, 2024 (cử công chức tham gia đoàn CCHC): a "."
    // under the subject is no part of it
    String text =
        """
        UBND TỈNH BÌNH THUẬN
        VĂN PHÒNG
        Số:             /VP-NCKSTTHC
        V/v cử thành viên tham gia tổ kiểm tra công vụ
        .

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        """;
    assertThat(title(text)).isEqualTo("V/v cử thành viên tham gia tổ kiểm tra công vụ");
    // a web copy: the subject on its line, a blank line, then the date line (Công văn
    // 2617/VPCP-KSTT, 2009, corpus unseen7)
    String web =
        """
        VĂN PHÒNG CHÍNH PHỦ
        Số: 2617/VPCP-KSTT
        V/v gửi báo cáo kết quả thống kê thủ tục hành chính

        Hà Nội, ngày 23 tháng 04 năm 2009
        """;
    assertThat(title(web)).isEqualTo("V/v gửi báo cáo kết quả thống kê thủ tục hành chính");
  }

  @Test
  void theBodyIsNoPartOfTheSubject() {
    assertThat(WrappedSubject.continues("của Bộ Công an")).isTrue();
    assertThat(WrappedSubject.continues("CCHC của tỉnh")).isTrue();
    assertThat(WrappedSubject.continues("Kính gửi: Sở Nội vụ")).isFalse();
    assertThat(WrappedSubject.continues("Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10"))
        .isFalse();
    assertThat(WrappedSubject.continues("Lâm Đồng, ngày       tháng 8 năm 2025")).isFalse();
    assertThat(WrappedSubject.continues("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")).isFalse();
  }

  @Test
  void aSubjectWrittenOutAsVeRightUnderTheNumberLine() {
    // Công văn 5155/SGDĐT-GDTXNNĐH of Hồ Chí Minh City's Sở Giáo dục và Đào tạo, 2025 (corpus
    // unseen51), its Markdown copy's lines as text
    String text =
        """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HỒ CHÍ MINH
        SỞ GIÁO DỤC VÀ ĐÀO TẠO
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 5155/SGDĐT-GDTXNNĐH
        Về hướng dẫn đánh giá, xếp loại trung tâm
        học tập cộng đồng tại phường, xã và đặc khu từ năm 2025
        Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025
        Kính gửi: Ủy ban nhân dân phường, xã và đặc khu
        Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;
        """;
    assertThat(title(text))
        .isEqualTo(
            "Về hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng tại phường, xã và đặc"
                + " khu từ năm 2025");
    // a "Về …" line that is not under the number line is no subject
    String variant =
        """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HỒ CHÍ MINH
        SỞ GIÁO DỤC VÀ ĐÀO TẠO
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 5155/SGDĐT-GDTXNNĐH
        Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025
        Kính gửi: Ủy ban nhân dân phường, xã và đặc khu
        Về hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng
        """;
    assertThat(title(variant)).isNull();
  }
}
