package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page whose first paragraph begins like a date line ("Sáng ngày 01/11/2023, …", the year
 * "năm 2023" far on in the sentence) is read: the sentence dates nothing and places nothing, where
 * it made the whole page a "date line: unexpected text after the date" error (unseen5, Lạng Sơn).
 */
class ProseLikeDateLineTest {
  private static final String PAGE =
      "Họp Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn năm 2023\n\n"
          + "Sáng ngày 01/11/2023, Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn đã tổ chức họp để"
          + " đánh giá kết quả triển khai thực hiện công tác cải cách hành chính 10 tháng đầu năm"
          + " 2023, phương hướng nhiệm vụ trọng tâm những tháng cuối năm 2023.\n\n"
          + "Tham dự cuộc họp có đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh, Phó"
          + " Trưởng Ban Chỉ đạo cải cách hành chính tỉnh.\n";

  @Test
  void aSentenceThatBeginsLikeADateLineIsNotOne() {
    Plan read = PlanReader.readAnyText("langson-snv-hop-bcd-cchc-2023.txt", PAGE);
    assertThat(read.header().flatMap(h -> h.place())).isEmpty();
    assertThat(read.header().flatMap(h -> h.date())).isEmpty();
  }

  @Test
  void aDateLineWithItsPlaceIsStillRead() {
    Plan read =
        PlanReader.readText(
            "kh.txt",
            "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 316/KH-UBND\n\n"
                + "Lạng Sơn, ngày 25 tháng 12 năm 2025\n\nKẾ HOẠCH\n"
                + "Cải cách hành chính năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
                + "Tối thiểu 80% hồ sơ được giải quyết trực tuyến toàn trình.\n");
    assertThat(read.header().flatMap(h -> h.place())).contains("Lạng Sơn");
    assertThat(read.header().flatMap(h -> h.date()).map(Object::toString)).isPresent();
  }
}
