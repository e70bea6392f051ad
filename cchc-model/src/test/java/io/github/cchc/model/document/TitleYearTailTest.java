package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title in capitals whose year or period the copy wrapped onto a line of its own keeps it ({@link
 * TitleYearTail}).
 */
class TitleYearTailTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  private static final String HEAD =
      "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -"
          + " Tự do - Hạnh phúc\n---------------\n|\nSố: 22/KH-UBND\n|\nTiền Giang, ngày\n17 tháng"
          + " 01 năm 2025\n|\n";

  @Test
  void theYearAfterNăm() {
    // https://thuvienphapluat.vn/van-ban/Thuong-mai/Ke-hoach-22-KH-UBND-2025-thuc-hien-Nghi-quyet-01-NQ-CP-phat-trien-kinh-te-xa-hoi-Tien-Giang-641021.aspx
    // (corpus set unseen27)
    assertThat(
            title(
                HEAD
                    + "KẾ HOẠCH\nTHỰC\nHIỆN NGHỊ QUYẾT SỐ 01/NQ-CP VÀ NGHỊ QUYẾT SỐ 02/NQ-CP CỦA"
                    + " CHÍNH PHỦ, NGHỊ QUYẾT\nCỦA TỈNH ỦY, NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH"
                    + " VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI\nVÀ CẢI THIỆN MÔI TRƯỜNG KINH DOANH, NÂNG"
                    + " CAO NĂNG LỰC CẠNH TRANH CẤP TỈNH NĂM\n2025\nNăm 2024 là năm thứ 4 thực"
                    + " hiện các Nghị quyết của\n"))
        .endsWith("NÂNG CAO NĂNG LỰC CẠNH TRANH CẤP TỈNH NĂM 2025");
  }

  @Test
  void thePeriodAfterGiaiĐoạn() {
    // https://thuviennhadat.vn/vbpl/quyet-dinh-3327-qd-ubnd-2022-thuc-hien-cai-thien-dinh-duong-chuong-trinh-giam-ngheo-binh-dinh-534862.html
    // (unseen23)
    assertThat(
            title(
                "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT"
                    + " NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 3327/QĐ-UBND\n|\n"
                    + "Bình Định, ngày\n12 tháng 10 năm 2022\n|\nQUYẾT ĐỊNH\nBAN\nHÀNH KẾ HOẠCH"
                    + " THỰC HIỆN NỘI DUNG “CẢI THIỆN DINH DƯỠNG” THUỘC CHƯƠNG TRÌNH MỤC\nTIÊU"
                    + " QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN\n"
                    + "2021-2025\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa"
                    + " phương ngày\n"))
        .endsWith("TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021-2025");
  }

  @Test
  void onlyAfterAWordOfTime() {
    assertThat(TitleYearTail.after(List.of("… NHIỆM KỲ"), "2020 - 2025")).isTrue();
    // counter-examples: a figure under a title that does not end with a word of time, a line
    // with words after its year
    assertThat(TitleYearTail.after(List.of("… KINH TẾ - XÃ HỘI"), "2025")).isFalse();
    assertThat(TitleYearTail.after(List.of("… CẤP TỈNH NĂM"), "2025 của tỉnh")).isFalse();
    assertThat(TitleYearTail.after(List.of(), "2025")).isFalse();
  }
}
