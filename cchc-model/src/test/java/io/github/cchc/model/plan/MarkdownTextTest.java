package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How {@link MarkdownText} tells a crawler's Markdown copy saved as {@code .txt} from plain text:
 * the copies of tnt305/tai_lieu_noi_bo (commit 94c5034) that the corpus's unseen37 and unseen40
 * hold, against plain pages of the corpus that carry one of the same marks.
 */
class MarkdownTextTest {

  /**
   * The header of Kế hoạch 310/KH-UBND of Hà Nội (unseen37, github-tnt305-hanoi-kh-310-2025):
   * crawler's cells, a bold over two lines and an italic place-and-date line, but one wholly bold
   * line only ("**KẾ HOẠCH**"): Markdown.
   */
  @Test
  void aHeaderOfCrawlersCellsWithAnItalicDateLineIsMarkdown() {
    String header =
        "|\n**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ HÀ NỘI\n--------\n|\n**CỘNG HÒA XÃ\n"
            + "HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n"
            + "Số: 310/KH-UBND\n|\n*Hà Nội, ngày\n24 tháng 11 năm 2025*\n|\n\n\n**KẾ HOẠCH**\n\n"
            + "PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO,";
    assertThat(MarkdownText.is(header)).isTrue();
    // a realistic variant: the date cell and the issuer's cell alone, no bold line at all
    assertThat(
            MarkdownText.is(
                "|\n*UBND TỈNH BẮC NINH*\n|\nSố: 141/KH-UBND\n|\n*Bắc Ninh, ngày 20 tháng 11"
                    + " năm 2025*\n|"))
        .isTrue();
    // the date line wrapped after its comma, beside a crawler's cell (Nghị quyết 37/2025/NQ-HĐND
    // of Huế, tnt305/tai_lieu_noi_bo src/etl/dataset/0abcf1a5292b31ec.md)
    assertThat(
            MarkdownText.is(
                "|\nSố:\n37/2025/NQ-HĐND\n|\n*Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\n|"))
        .isTrue();
    // the same cells flattened to plain text, without the italic: plain
    assertThat(
            MarkdownText.is(
                "|\nSố:\n37/2025/NQ-HĐND\n|\nThành phố Huế,\nngày 18 tháng 11 năm 2025\n|"))
        .isFalse();
  }

  /**
   * A law site's question page converted by the crawler opens on its headline as a level-one
   * heading over a blank line (Kế hoạch 188/KH-UBND of Hồ Chí Minh City on thuvienphapluat,
   * unseen40): Markdown; the cut breadcrumb "# (PAR INDEX" of unseen2's plain news page is not.
   */
  @Test
  void aHeadlineHeadingOverABlankLineIsMarkdown() {
    assertThat(
            MarkdownText.is(
                "# Toàn văn Kế hoạch 188/KH-UBND về nâng cao chất lượng giáo dục mầm non ở địa bàn"
                    + " đô thị, khu công nghiệp tại TPHCM?\n\nNgày 04/12/2025, Ủy ban nhân dân TP"
                    + " Hồ Chí Minh ban hành Kế hoạch 188/KH-UBND"))
        .isTrue();
    assertThat(
            MarkdownText.is(
                "# Đến năm 2030, tối thiểu 20% trường tiểu học có bể hơi\n\nNgày 01/8/2025,"))
        .isTrue();
    assertThat(
            MarkdownText.is(
                "# (PAR INDEX\n\n  • Nam Định tăng 5 bậc trên bảng xếp hạng Chỉ số cải cách"
                    + " hành chính năm 2023"))
        .isFalse();
    // a headline heading run on into its text is no converted page's first line
    assertThat(
            MarkdownText.is(
                "# Đến năm 2030, tối thiểu 20% trường tiểu học có bể hơi\nNgày 01/8/2025,"))
        .isFalse();
  }

  /**
   * Plain pages that carry one mark stay plain: the seed's signature in one bold over two lines
   * with an italic in running text (seed-snn-par-index-sipas-2024), a flattened table's lone {@code
   * |} lines without emphasis (nhansu's Kế hoạch 121/KH-UBND of Quảng Ngãi, unseen31).
   */
  @Test
  void oneMarkAloneIsPlainText() {
    assertThat(
            MarkdownText.is(
                "các phòng, đơn vị kịp thời báo cáo Sở Nông nghiệp và PTNT (*qua Văn phòng Sở*)"
                    + " để xem xét, điều chỉnh cho phù hợp./.\n\nNơi nhận:\n\n- Sở Nội vụ;\n\n"
                    + "**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\nNguyễn Phúc Đạt"))
        .isFalse();
    assertThat(
            MarkdownText.is(
                "| Lĩnh vực | Công nghệ thông tin |\n|\nỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\n"
                    + "CHỦ NGHĨA VIỆT NAM |\n|\nSố: 121/KH-UBND |\nQuảng Ngãi, ngày 31 tháng 12"
                    + " năm 2025 |"))
        .isFalse();
  }
}
