package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Addressees one a line without dashes ({@link UnbulletedAddressees}; corpus {@code unseen28}, the
 * Bình Thuận templates of github.com/vpubnd49/VBAI, Skill_The_Thuc_VB_ND30, CV CHUNG).
 */
class UnbulletedAddresseesTest {
  private static List<String> addressees(String text) {
    return DocumentHeader.readLeniently(text).addressees();
  }

  @Test
  void eachALineEndingWithASemicolonTheLastWithAFullStop() {
    // Công văn of UBND tỉnh Bình Thuận on the time of the associations' congresses, 2024 (.doc)
    String text =
        """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH THUẬN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số:             /UBND-NCKSTTHC
        V/v thời gian tổ chức đại hội nhiệm kỳ

        Bình Thuận, ngày        tháng 12 năm 2024


        Kính gửi:
        Các sở: Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Xây dựng, Nội vụ;
        Các hội: Hội Nghề cá, Hiệp hội Nước mắm Phan Thiết, Hội Tin học, Hiệp hội Nhà thầu xây dựng.
        Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;
        """;
    assertThat(addressees(text))
        .containsExactly(
            "Các sở: Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Xây dựng,"
                + " Nội vụ",
            "Các hội: Hội Nghề cá, Hiệp hội Nước mắm Phan Thiết, Hội Tin học, Hiệp hội Nhà thầu"
                + " xây dựng");
  }

  @Test
  void aBodyUnderKinhGuiIsNoList() {
    assertThat(
            UnbulletedAddressees.read(
                List.of("", "Sở Nội vụ;", "Sở Tư pháp;", "Văn phòng UBND tỉnh."), 0))
        .containsExactly("Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh");
    // the body's grounds, each ending with ';': not addressees
    assertThat(
            UnbulletedAddressees.read(
                List.of(
                    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                    "Theo đề nghị của Giám đốc Sở Nội vụ."),
                0))
        .isEmpty();
    // a list that never ends with its full stop, nor a line ending otherwise
    assertThat(UnbulletedAddressees.read(List.of("Sở Nội vụ;", "Sở Tư pháp;", ""), 0)).isEmpty();
    assertThat(UnbulletedAddressees.read(List.of("Sở Nội vụ", "Ủy ban nhân dân tỉnh nhận"), 0))
        .isEmpty();
  }

  @Test
  void oneAddresseeAloneWithNoMarkAtItsEnd() {
    // Công văn 13/BTC-TĐKT of 2009 on vanbanphapluat.co (unseen22): "Kính gửi:", a blank line,
    // the one addressee, a blank line, the body
    assertThat(
            UnbulletedAddressees.read(
                List.of(
                    "",
                    "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam các tỉnh, thành phố"
                        + " trực thuộc Trung ương",
                    "",
                    "Căn cứ Luật Thi đua, Khen thưởng năm 2003;"),
                0))
        .containsExactly(
            "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam các tỉnh, thành phố trực"
                + " thuộc Trung ương");
    // a line that goes on on the next line, or opens in small letters, is no addressee alone
    assertThat(
            UnbulletedAddressees.read(
                List.of("Ban Chỉ đạo Đại hội các tỉnh", "thành phố trực thuộc Trung ương"), 0))
        .isEmpty();
    assertThat(UnbulletedAddressees.read(List.of("các đơn vị trực thuộc", ""), 0)).isEmpty();
  }
}
