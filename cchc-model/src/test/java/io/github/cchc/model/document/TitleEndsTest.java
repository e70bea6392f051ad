package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a title ends, as the held-out sets unseen15, unseen18 and unseen19 (test resources {@code
 * io/github/cchc/model/corpus}) showed it read wrongly: a title in capitals wrapped inside a range
 * of years, a title in sentence case over an implementing plan's first sentence, and a page's date
 * in brackets glued to its title line. Each with the lines of the real page and a second case.
 */
class TitleEndsTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void aTitleInCapitalsWrappedInsideARangeOfYears() {
    // Nghị quyết 155/2018/NQ-HĐND of Hưng Yên, thuviennhadat.vn (unseen18)
    String text =
        """
        HỘI ĐỒNG NHÂN DÂN
        TỈNH HƯNG YÊN
        -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 155/2018/NQ-HĐND
        Hưng Yên, ngày 12 tháng 7 năm 2018
        NGHỊ QUYẾT
        PHÊ DUYỆT KẾ HOẠCH THỰC HIỆN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC
        GIA XÂY DỰNG NÔNG THÔN MỚI VÀ GIẢM NGHÈO BỀN VỮNG TỈNH HƯNG YÊN GIAI ĐOẠN 2016
        - 2020
        HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN
        KHÓA XVI, KỲ HỌP THỨ SÁU
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        """;
    assertThat(title(text))
        .isEqualTo(
            "PHÊ DUYỆT KẾ HOẠCH THỰC HIỆN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI"
                + " VÀ GIẢM NGHÈO BỀN VỮNG TỈNH HƯNG YÊN GIAI ĐOẠN 2016 - 2020");
    // the same wrap with an en dash
    String variant =
        """
        ỦY BAN NHÂN DÂN
        TỈNH LẠNG SƠN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND
        Lạng Sơn, ngày 5 tháng 2 năm 2021
        KẾ HOẠCH
        THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021
        – 2025
        I. MỤC ĐÍCH, YÊU CẦU
        """;
    assertThat(title(variant))
        .isEqualTo("THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021 – 2025");
  }

  @Test
  void aLineOfCapitalsAfterAYearIsNotARangesTail() {
    String text =
        """
        ỦY BAN NHÂN DÂN
        TỈNH LẠNG SƠN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND
        Lạng Sơn, ngày 5 tháng 2 năm 2021
        KẾ HOẠCH
        THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2021
        - Căn cứ Quyết định số 47/QĐ-UBND ngày 12/01/2021
        """;
    assertThat(title(text)).isEqualTo("THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2021");
  }

  @Test
  void aTitleInSentenceCaseOverAnImplementingPlansFirstSentence() {
    // Kế hoạch of the steering committee of huyện Đăk R'lấp, 2023 (unseen19)
    String text =
        """
        KẾ HOẠCH
        Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023
        Triển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        """;
    assertThat(title(text))
        .isEqualTo("Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023");
    String variant =
        """
        KẾ HOẠCH
        Cải cách hành chính năm 2024 của xã Tân Hòa
        Triển khai thực hiện Kế hoạch số 120/KH-UBND ngày 10/01/2024 của UBND huyện, UBND xã ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        """;
    assertThat(title(variant)).isEqualTo("Cải cách hành chính năm 2024 của xã Tân Hòa");
  }

  @Test
  void aPagesDateInBracketsClosingItsTitleLine() {
    // moc.gov.vn (unseen15)
    String text =
        """
        Kế hoạch thực hiện Phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới"(21/09/2011)

        Thực hiện Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua, Bộ Nông nghiệp ban hành Kế hoạch.
        """;
    assertThat(title(text))
        .isEqualTo(
            "Kế hoạch thực hiện Phong trào thi đua \"Cả nước chung sức xây dựng nông thôn mới\"");
    // a bracket with more than a date stays
    assertThat(title("Năm 2020 có 50% số xã đạt chuẩn nông thôn mới (VTV1 - 19h - 10/01/17)\n"))
        .endsWith("(VTV1 - 19h - 10/01/17)");
  }
}
