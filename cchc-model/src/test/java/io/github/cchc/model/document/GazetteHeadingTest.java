package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official gazette's lines over a document's header: its section heading and its subheading
 * naming the issuer again (Công báo pages of corpus unseen61 and unseen63).
 */
class GazetteHeadingTest {
  @Test
  void theSectionHeadingAndTheSubheadingAreNoPartOfTheIssuer() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            " \n \nCÔNG BÁO/Số 1091 + 1092/Ngày 03-11-2023 \n45 \n \nVĂN BẢN PHÁP LUẬT KHÁC \n \n"
                + "CHÍNH PHỦ \n \n CHÍNH PHỦ \n \n \nSố: 175/NQ-CP \n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
                + "Hà Nội, ngày 30 tháng 10 năm 2023 \n \nNGHỊ QUYẾT \n"
                + "Phê duyệt Đề án Trung tâm dữ liệu quốc gia \n \nCHÍNH PHỦ \n \n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("CHÍNH PHỦ");
  }

  @Test
  void theIssuerSaidTwiceIsSaidOnceHoweverItWraps() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            " \n48 \nCÔNG BÁO/Số 687 + 688/Ngày 02-8-2021 \n  \nNGÂN HÀNG NHÀ NƯỚC VIỆT NAM \n \n"
                + "NGÂN HÀNG NHÀ NƯỚC  \nVIỆT NAM \n \nSố: 10/2021/TT-NHNN \n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc \n \n"
                + "Hà Nội, ngày 21 tháng 7 năm 2021 \n \nTHÔNG TƯ \n"
                + "Quy định về tái cấp vốn đối với Ngân hàng Chính sách xã hội \n \n"
                + "Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;\n");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM");
  }

  @Test
  void onlyANameSaidTwiceWordForWordIsCut() {
    assertThat(GazetteHeading.once(List.of("BỘ NỘI VỤ", "BỘ NỘI VỤ"))).containsExactly("BỘ NỘI VỤ");
    // a body over its unit, a name and another: kept whole
    assertThat(GazetteHeading.once(List.of("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI")))
        .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI");
    assertThat(GazetteHeading.once(List.of("UBND TỈNH LÀO CAI", "SỞ TÀI CHÍNH")))
        .containsExactly("UBND TỈNH LÀO CAI", "SỞ TÀI CHÍNH");
    assertThat(GazetteHeading.section("van ban quy pham phap luat")).isTrue();
    assertThat(GazetteHeading.section("van ban hanh chinh")).isFalse();
  }

  @Test
  void aMarkdownHeadingMarkIsNoWordOfTheIssuer() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 03/NQ-CP\n\nHà Nội, ngày 09 tháng 01 năm 2025\n\n# NGHỊ QUYẾT\n"
                + "## Ban hành Chương trình hành động của Chính phủ\n\n# CHÍNH PHỦ\n\n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("CHÍNH PHỦ");
  }
}
