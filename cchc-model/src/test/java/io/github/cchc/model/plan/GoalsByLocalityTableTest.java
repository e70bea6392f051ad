package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page that copies a table of goals by locality, flattened one cell a line: its heading cell
 * "TT" (the row numbers) is no type heading ("TT" is also Thông tư's symbol), so the page is read
 * as an article under its headline, and the table's rows, a name and a figure under a heading of
 * goals ("Mục tiêu tăng trưởng GRDP 2025 (%)"), are its goals ({@link GoalTable}); the same table
 * under a heading of results stays unread. From thuvienphapluat.vn's "Những tỉnh thành nào tăng
 * trưởng GRDP năm 2025 từ 10% trở lên theo Nghị quyết 25?" (tuning-tables).
 */
class GoalsByLocalityTableTest {
  private static final String HEAD =
      """
      Những tỉnh thành nào tăng trưởng GRDP năm 2025 từ 10% trở lên theo Nghị quyết 25?

      18/02/2025 09:02 AM

      Chính phủ ban hành Nghị quyết 25/NQ-CP ngày 05/02/2025 về mục tiêu tăng trưởng các ngành, \
      lĩnh vực và địa phương bảo đảm mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên.

      Theo đó, mục tiêu tăng trưởng GRDP năm 2025 của các tỉnh, thành phố trực thuộc Trung ương \
      tại Phụ lục II ban hành kèm theo Nghị quyết 25/NQ-CP ngày 05/02/2025 như sau:

      TT

      \s

      """;

  private static final String ROWS =
      """


      I

      Vùng Đồng bằng sông Hồng

      \s

      1

      Thành phố Hà Nội

      8,0

      2

      Vĩnh Phúc

      9,0

      3

      Bắc Ninh

      8,0

      4

      Quảng Ninh

      12,0
      """;

  private static List<String> told(Plan p) {
    return p.targets().stream()
        .map(t -> t.comparator() + " " + t.value().orElseThrow().toPlainString() + " " + t.text())
        .toList();
  }

  @Test
  void aTableOfGoalsByLocalityIsReadRowByRowUnderTheArticlesHeadline() {
    String page = HEAD + "Mục tiêu tăng trưởng GRDP 2025 (%)" + ROWS;
    DocumentHeader header = DocumentHeader.readLeniently(page);
    assertThat(header.article()).isTrue();
    assertThat(header.documentType()).isEmpty();
    Plan p = PlanReader.readAnyText("grdp.txt", page);
    assertThat(p.article()).isTrue();
    assertThat(p.title())
        .contains(
            "Những tỉnh thành nào tăng trưởng GRDP năm 2025 từ 10% trở lên theo Nghị quyết 25?");
    assertThat(told(p))
        .containsExactly(
            "GE 8 " + p.targets().get(0).text(),
            "GE 8.0 Thành phố Hà Nội: 8,0%",
            "GE 9.0 Vĩnh Phúc: 9,0%",
            "GE 8.0 Bắc Ninh: 8,0%",
            "GE 12.0 Quảng Ninh: 12,0%");
  }

  @Test
  void aGoalsTableUnderAnotherHeadingOfGoalsIsReadAsWell() {
    // a realistic variant of the class: "Chỉ tiêu … (%)", as a plan's annex heads its column
    String page = HEAD + "Chỉ tiêu tăng trưởng GRDP năm 2025 (%)" + ROWS;
    assertThat(told(PlanReader.readAnyText("grdp.txt", page)))
        .contains("GE 12.0 Quảng Ninh: 12,0%");
  }

  @Test
  void theSameTableOfResultsStaysUnread() {
    // counter-example: a heading of results over the same rows ("Ước thực hiện", "Kết quả")
    for (String heading :
        List.of("Ước thực hiện tăng trưởng GRDP 2024 (%)", "Kết quả tăng trưởng GRDP 2024 (%)")) {
      Plan p = PlanReader.readAnyText("grdp.txt", HEAD + heading + ROWS);
      assertThat(p.article()).isTrue();
      assertThat(told(p)).noneMatch(t -> t.contains("Quảng Ninh") || t.startsWith("GE 12.0"));
    }
  }

  @Test
  void aTablesRowNumberHeadingTTIsNoTypeHeadingOnAnotherPage() {
    // a second real page of the class (thuviennhadat.vn's "Tải file toàn bộ 34 Nghị quyết sắp xếp
    // đơn vị hành chính cấp xã năm 2025", unseen33): its table of resolutions opens on "TT" too
    String page =
        """
        Tải file toàn bộ 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025

        Ngày 16/6/2025, Uỷ ban Thường vụ Quốc hội thông qua 34 Nghị quyết sắp xếp đơn vị hành \
        chính cấp xã năm 2025.

        Nội dung chính

            Dưới đây là toàn bộ 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025:

            TT

            Tên tỉnh, thành mới

            (Tỉnh, thành được sáp nhập)

            Tên Nghị quyết

            1

            Thành phố Hà Nội
        """;
    DocumentHeader header = DocumentHeader.readLeniently(page);
    assertThat(header.article()).isTrue();
    assertThat(header.title())
        .contains("Tải file toàn bộ 34 Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025");
    // counter-example: a type heading in words stays a type heading
    DocumentHeader typed =
        DocumentHeader.readLeniently(
            """
            BỘ NỘI VỤ
            Số: 01/2025/TT-BNV
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 17 tháng 01 năm 2025
            THÔNG TƯ
            Hướng dẫn thực hiện chế độ, chính sách
            """);
    assertThat(typed.article()).isFalse();
    assertThat(typed.documentType().map(Object::toString)).contains("Thông tư");
  }
}
